import ProbisModel
import Yams

extension DocumentWriter {
    /// The keys of an organization after its header.
    func addOrganization(_ organization: Organization, to builder: inout NodeBuilder) {
        builder.add("type", organization.type)
        builder.add("units", nodes: organization.units.map(unit))
    }

    private func unit(_ unit: OrganizationUnit) -> Node {
        var builder = NodeBuilder(ProcessMapsFormat.unit)
        builder.add("id", unit.id)
        builder.add("title", unit.title)
        builder.add("parent", unit.parent)
        builder.add("head", unit.head)
        builder.add("head-title", unit.headTitle)
        let counts = unit.staff.map { (NodeBuilder.scalar($0.position.id.rawValue), Node(String($0.count))) }
        builder.add("positions", node: .mapping(Node.Mapping(counts, .implicit, .flow)))
        builder.add("note", unit.note)
        return builder.node
    }
}
