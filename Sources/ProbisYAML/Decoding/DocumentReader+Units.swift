import ProbisModel
import Yams

extension DocumentReader {
    /// `kind: organization`.
    func organization(_ node: Node) -> Document? {
        guard var reader = root(node, kind: .organization) else { return nil }
        let header = self.header(&reader, kind: .organization)
        let type: Reference<DocumentID>? = reader.reference("type")
        let units = each(reader.list("units")) { unit($0) }
        guard let header, let type, reader.has("units") else { return nil }
        return .organization(Organization(header: header, type: type, units: units))
    }

    private func unit(_ node: Node) -> OrganizationUnit? {
        guard var reader = MappingReader(node, what: "unit", element: ProcessMapsFormat.unit, context: context) else { return nil }
        let id: UnitID? = identifier(reader, "id")
        if let id { reader.what = "unit '\(id)'" }
        let title = reader.string("title")
        let staff = entries(reader.node("positions"), what: "'positions' of \(reader.what)").compactMap { key, keyNode, value -> UnitStaffing? in
            wholeNumber(value, what: "headcount of '\(key)' in \(reader.what)", in: 0...100_000).map {
                UnitStaffing(position: Reference(PositionID(key), at: context.location(of: keyNode)), count: $0, location: context.location(of: keyNode))
            }
        }
        guard let id, let title else { return nil }
        return OrganizationUnit(id: id, title: title, parent: reader.reference("parent"), head: reader.reference("head"),
                                headTitle: reader.string("head-title"), staff: staff, note: reader.string("note"), location: reader.location)
    }
}
