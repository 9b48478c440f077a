import ProbisModel

extension DOTEncoder {
    /// A peta relasi: the parties as boxes (shape by kind), one column per group (framed, in order of first
    /// appearance; a party without a group stands in a column of its own), and each relation as a numbered
    /// message box on its arrow, in the order written. An artifact from the catalog is named in its box.
    ///
    /// A message between two columns sits between them; one inside a column sits just right of it.
    /// Relations are never labelled edges: Graphviz 2.43 corrupts its heap when it frees the layout of a
    /// labelled edge between two nodes of one rank, which parties of one group are.
    func petaRelasi(_ map: PetaRelasi, diagram: Diagram) -> DOTGraph {
        var graph = DOTGraph(name: diagram.id, attributes: Theme.graph(rankdir: "LR"), nodeDefaults: Theme.node, edgeDefaults: Theme.edge)
        graph.attributes["label"] = title(map.header, details: [DocumentKind.petaRelasi.title])
        graph.attributes["newrank"] = .text("true")
        graph.attributes["nodesep"] = .text("0.3")
        graph.attributes["ranksep"] = .text("0.6")

        // Columns: the groups in order of first appearance, and each ungrouped party alone.
        var columns: [(group: String?, parties: [Party])] = []
        for party in map.parties {
            if let group = party.group, let index = columns.firstIndex(where: { $0.group == group }) {
                columns[index].parties.append(party)
            } else {
                columns.append((party.group, [party]))
            }
        }
        var columnOf: [PartyID: Int] = [:]
        graph.statements.append(.comment("parties, one column per group"))
        for (number, column) in columns.enumerated() {
            for party in column.parties where columnOf[party.id] == nil { columnOf[party.id] = number }
            let nodes: [DOTStatement] = [.node(columnID(number), rail()), .node(gapID(number), rail())]
                + column.parties.map { .node(partyID($0.id), partyNode($0)) }
            if let group = column.group {
                var cluster = DOTSubgraph(name: "cluster_group_\(number)")
                let colors = Theme.lanes[number % Theme.lanes.count]
                cluster.attributes["label"] = .html("<FONT FACE=\"\(Theme.boldFont)\" POINT-SIZE=\"11\">\(HTMLText.escape(group))</FONT>")
                cluster.attributes["style"] = .text("rounded,filled")
                cluster.attributes["fillcolor"] = .text(colors.fill)
                cluster.attributes["color"] = .text(colors.border)
                cluster.attributes["margin"] = .text("14")
                cluster.statements = nodes.filter { if case .node(let id, _) = $0 { id != gapID(number) } else { true } }
                graph.statements.append(.subgraph(cluster))
                graph.statements.append(.node(gapID(number), rail()))
            } else {
                graph.statements += nodes
            }
            graph.statements.append(.sameRank([columnID(number)] + column.parties.map { partyID($0.id) }))
            graph.statements.append(.edge(columnID(number), gapID(number), ["style": "invis"]))
            if number > 0 {
                graph.statements.append(.edge(columnID(number - 1), columnID(number), ["style": "invis", "minlen": "2"]))
            }
        }

        graph.statements.append(.comment("relations, numbered in the order written"))
        for (number, relation) in map.relations.enumerated() {
            var text = "<B>\(number + 1).</B> " + HTMLText.lines(relation.label, width: 30)
            if let artifact = relation.artifact {
                let mark = library.artifact(artifact.id)?.kind == .surat ? "✉ " : "▤ "
                text += "<BR/><FONT POINT-SIZE=\"8\" COLOR=\"\(Theme.muted)\">\(mark)\(HTMLText.lines(artifactTitle(artifact.id), width: 34))</FONT>"
            }
            let message = "relation:\(number + 1)"
            var box: DOTAttributes = ["shape": "box", "style": "rounded,filled", "fontsize": "9", "margin": "0.06,0.03"]
            box["fillcolor"] = .text(Theme.artifact)
            box["color"] = .text(Theme.artifactBorder)
            box["label"] = .html(text)
            box["tooltip"] = .text(relation.citation?.item ?? relation.label)
            graph.statements.append(.node(message, box))
            let from = columnOf[relation.from.id], to = columnOf[relation.to.id]
            var inbound = DOTAttributes(), outbound = DOTAttributes()
            inbound["arrowhead"] = .text("none")
            if let from, let to, from == to {
                graph.statements.append(.sameRank([gapID(from), message]))
                inbound["constraint"] = .text("false")
                outbound["constraint"] = .text("false")
            }
            graph.statements.append(.edge(partyID(relation.from.id), message, inbound))
            graph.statements.append(.edge(message, partyID(relation.to.id), outbound))
        }
        return graph
    }

    func partyID(_ id: PartyID) -> String { "party:\(id.rawValue)" }
    private func columnID(_ number: Int) -> String { "column:\(number)" }
    private func gapID(_ number: Int) -> String { "gap:\(number)" }

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
