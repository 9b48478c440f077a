import ProbisModel

extension DOTEncoder {
    /// A peta relasi: the parties as boxes (shape by kind), framed by their group, and the relations as
    /// numbered message boxes on the arrows, in the order written; an artifact from the catalog is named in
    /// its message box.
    func petaRelasi(_ map: PetaRelasi, diagram: Diagram) -> DOTGraph {
        var graph = DOTGraph(name: diagram.id, attributes: Theme.graph(rankdir: "LR"), nodeDefaults: Theme.node, edgeDefaults: Theme.edge)
        graph.attributes["label"] = title(map.header, details: [DocumentKind.petaRelasi.title])
        graph.attributes["nodesep"] = .text("0.5")
        graph.attributes["ranksep"] = .text("0.5")
        graph.attributes["splines"] = .text("true")

        var groups: [String] = []
        for party in map.parties { if let group = party.group, !groups.contains(group) { groups.append(group) } }
        graph.statements.append(.comment("parties"))
        for (number, group) in groups.enumerated() {
            var cluster = DOTSubgraph(name: "cluster_group_\(number)")
            cluster.attributes["label"] = .html("<FONT FACE=\"\(Theme.boldFont)\" POINT-SIZE=\"11\">\(HTMLText.escape(group))</FONT>")
            cluster.attributes["style"] = .text("rounded,filled")
            cluster.attributes["fillcolor"] = .text(Theme.lanes[number % Theme.lanes.count].fill)
            cluster.attributes["color"] = .text(Theme.lanes[number % Theme.lanes.count].border)
            cluster.attributes["margin"] = .text("14")
            cluster.statements = map.parties.filter { $0.group == group }.map { .node(partyID($0.id), partyNode($0)) }
            graph.statements.append(.subgraph(cluster))
        }
        graph.statements += map.parties.filter { $0.group == nil }.map { .node(partyID($0.id), partyNode($0)) }

        // Each relation is a small message box between its two parties: Graphviz 2.43 corrupts its heap when
        // it frees the layout of a labelled edge between two nodes of one rank, which parties often are.
        graph.statements.append(.comment("relations, numbered in the order written"))
        for (number, relation) in map.relations.enumerated() {
            var text = "<B>\(number + 1).</B> " + HTMLText.lines(relation.label, width: 32)
            if let artifact = relation.artifact {
                let mark = library.artifact(artifact.id)?.kind == .surat ? "✉ " : "▤ "
                text += "<BR/><FONT POINT-SIZE=\"8\" COLOR=\"\(Theme.muted)\">\(mark)\(HTMLText.lines(artifactTitle(artifact.id), width: 36))</FONT>"
            }
            let message = "relation:\(number + 1)"
            var box: DOTAttributes = ["shape": "box", "style": "rounded,filled", "fontsize": "9", "margin": "0.06,0.03"]
            box["fillcolor"] = .text(Theme.artifact)
            box["color"] = .text(Theme.artifactBorder)
            box["label"] = .html(text)
            box["tooltip"] = .text(relation.citation?.item ?? relation.label)
            graph.statements.append(.node(message, box))
            graph.statements.append(.edge(partyID(relation.from.id), message, ["arrowhead": "none"]))
            graph.statements.append(.edge(message, partyID(relation.to.id), DOTAttributes()))
        }
        return graph
    }

    func partyID(_ id: PartyID) -> String { "party:\(id.rawValue)" }

    private func partyNode(_ party: Party) -> DOTAttributes {
        var attributes = DOTAttributes()
        let kindName: String
        switch party.kind {
        case .jabatan:
            attributes["shape"] = .text("box")
            attributes["style"] = .text("rounded,filled")
            kindName = "jabatan"
        case .unit:
            attributes["shape"] = .text("box")
            attributes["style"] = .text("filled")
            kindName = "unit organisasi"
        case .instansi:
            attributes["shape"] = .text("box3d")
            attributes["style"] = .text("filled")
            kindName = "instansi"
        case .eksternal:
            attributes["shape"] = .text("ellipse")
            attributes["style"] = .text("filled,dashed")
            kindName = "pihak luar"
        }
        attributes["fillcolor"] = .text("white")
        attributes["margin"] = .text("0.12,0.06")
        attributes["label"] = .html("<FONT FACE=\"\(Theme.boldFont)\">\(HTMLText.lines(party.title, width: 30))</FONT><BR/><FONT POINT-SIZE=\"8\" COLOR=\"\(Theme.muted)\">\(kindName)</FONT>")
        return attributes
    }
}
