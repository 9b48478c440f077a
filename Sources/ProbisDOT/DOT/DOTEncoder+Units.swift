import ProbisModel

extension DOTEncoder {
    /// An organization's kedudukan by unit: each unit a frame inside its parent's, holding one box per
    /// position placed there (the head's box named by the unit's `head-title`, with how many hold it);
    /// a line from each box to the box of the people its holders report to, and a dashed line from a
    /// koordinator to the Jabatan Fungsional and Pelaksana they coordinate. So a reader sees which
    /// Kepala Bidang assesses which JF, unit by unit.
    func units(_ organization: Organization, type: OrganizationType, diagram: Diagram) -> DOTGraph {
        var graph = DOTGraph(name: diagram.id, attributes: Theme.graph(rankdir: "TB"), nodeDefaults: Theme.node, edgeDefaults: Theme.edge)
        graph.attributes["label"] = title(organization.header, details: ["Kedudukan per unit", DocumentKind.organization.title,
                                                                         "tipe \(type.header.id)"])
        graph.attributes["newrank"] = .text("true")
        graph.attributes["nodesep"] = .text("0.3")
        graph.attributes["ranksep"] = .text("0.45")
        graph.edgeDefaults["arrowhead"] = .text("none")
        graph.edgeDefaults["penwidth"] = .text("1.2")
        let people = organization.people(of: type)

        func nodeID(_ unit: UnitID, _ position: PositionID) -> String { "unit:\(unit)/\(position)" }
        func cluster(_ unit: OrganizationUnit) -> DOTSubgraph {
            var subgraph = DOTSubgraph(name: "cluster_unit_\(unit.id)")
            subgraph.attributes["label"] = .html("<FONT FACE=\"\(Theme.boldFont)\" POINT-SIZE=\"10\">\(HTMLText.lines(unit.title, width: 48))</FONT>")
            subgraph.attributes["labeljust"] = .text("l")
            subgraph.attributes["style"] = .text("rounded")
            subgraph.attributes["color"] = .text("#9aa7b8")
            subgraph.attributes["margin"] = .text("12")
            for position in unit.positions {
                guard let definition = type.position(position) else { continue }
                let count = unit.headcount(of: position)
                guard count > 0 else { continue }
                let title = unit.head?.id == position ? unit.headTitle ?? definition.title : definition.title
                subgraph.statements.append(.node(nodeID(unit.id, position), positionNode(definition, title: title, count: count)))
            }
            for child in organization.subunits(of: unit.id) { subgraph.statements.append(.subgraph(cluster(child))) }
            return subgraph
        }
        graph.statements.append(.comment("units"))
        for root in organization.roots { graph.statements.append(.subgraph(cluster(root))) }

        // One line per pair of boxes, however many people stand behind them, in the order of the people.
        var reportLines: [(String, String)] = []
        var coordinationLines: [(String, String)] = []
        for person in people.persons {
            let box = nodeID(person.unit, person.position)
            if let superior = person.superior.flatMap(people.person) {
                let line = (nodeID(superior.unit, superior.position), box)
                if !reportLines.contains(where: { $0 == line }) { reportLines.append(line) }
            }
            if let coordinator = person.coordinator.flatMap(people.person) {
                let line = (nodeID(coordinator.unit, coordinator.position), box)
                if !coordinationLines.contains(where: { $0 == line }) { coordinationLines.append(line) }
            }
        }
        graph.statements.append(.comment("atasan langsung"))
        for (from, to) in reportLines { graph.statements.append(.edge(from, to, DOTAttributes())) }
        graph.statements.append(.comment("koordinator"))
        for (from, to) in coordinationLines {
            var attributes = DOTAttributes()
            attributes["style"] = .text("dashed")
            attributes["color"] = .text("#6b5b95")
            attributes["constraint"] = .text("false")
            graph.statements.append(.edge(from, to, attributes))
        }
        return graph
    }
}

extension CrossFunctionalMap {
    /// Between a lane's title and who holds it in an organization.
    static let holdersSeparator = " — "

    /// The type's flow with each lane's title saying who holds it in an organization: the one holder by
    /// name (a unit's `head-title`), else how many people in how many units.
    func naming(_ organization: Organization, type: OrganizationType) -> CrossFunctionalMap {
        let people = organization.people(of: type)
        var named = self
        for index in named.lanes.indices {
            let positions = Set(named.lanes[index].positions.map(\.id) + [PositionID(named.lanes[index].id.rawValue)])
            let holders = people.persons.filter { positions.contains($0.position) }
            guard !holders.isEmpty else { continue }
            let units = Set(holders.map(\.unit))
            let who = holders.count == 1 ? holders[0].title : "\(holders.count) orang di \(units.count) unit"
            let title = named.lanes[index].title
            named.lanes[index].title = title.isEmpty ? who : title + Self.holdersSeparator + who
        }
        return named
    }
}
