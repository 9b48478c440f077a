import ProbisModel

extension DOTEncoder {
    /// A peta subproses: the child processes left to right in sequence, joined by arrows and framed by the
    /// parent process (its code and title come from the parent map). In SVG the frame links to the parent
    /// map and each box with `detail` to its child map.
    func petaSubproses(_ map: PetaSubproses, diagram: Diagram) -> DOTGraph {
        var graph = DOTGraph(name: diagram.id, attributes: Theme.graph(rankdir: "LR"), nodeDefaults: Theme.node, edgeDefaults: Theme.edge)
        graph.attributes["label"] = title(map.header, details: [DocumentKind.petaSubproses.title])
        graph.attributes["nodesep"] = .text("0.4")
        graph.attributes["ranksep"] = .text("0.45")

        let parent = process(map.parent)
        var frame = DOTSubgraph(name: "cluster_parent")
        let heading = parent.map { "\($0.code)  \($0.title)" } ?? map.parent.code
        frame.attributes["label"] = .html("<FONT FACE=\"\(Theme.boldFont)\" POINT-SIZE=\"13\">\(HTMLText.lines(heading, width: 80))</FONT>"
            + "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"\(Theme.muted)\">proses induk dalam \(HTMLText.escape(library.document(map.parent.map.id)?.header.title ?? map.parent.map.id.rawValue))</FONT>")
        frame.attributes["labeljust"] = .text("l")
        frame.attributes["style"] = .text("rounded,filled")
        let category = parent?.category ?? .inti
        let colors = Theme.bands[category.rawValue] ?? (fill: "#f2f2f2", border: "#888888")
        frame.attributes["fillcolor"] = .text(colors.fill)
        frame.attributes["color"] = .text(colors.border)
        frame.attributes["penwidth"] = .text("2")
        frame.attributes["margin"] = .text("16")
        if let link = plan.link(from: diagram, to: map.parent.map.id) { frame.attributes["URL"] = .text(link) }
        let ids = map.processes.map { processID($0.code) }
        frame.statements = zip(map.processes, ids).map { .node($1, processNode($0, diagram: diagram)) }
        graph.statements.append(.subgraph(frame))
        graph.statements.append(.comment("sequence"))
        for (left, right) in zip(ids, ids.dropFirst()) {
            graph.statements.append(.edge(left, right, ["penwidth": "1.4"]))
        }
        return graph
    }
}
