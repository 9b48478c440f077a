import ProbisModel

extension DOTEncoder {
    /// A peta proses of any level: the processes in the proses manajemen, inti and pendukung bands (top to
    /// bottom; at level 0 all three, an empty one marked as such), at most four boxes a row in the order
    /// written. Each box shows its code and title, its
    /// SIPOC and its sub-processes; in SVG a box with `detail` links to the child map's render.
    func petaProses(_ map: PetaProses, diagram: Diagram) -> DOTGraph {
        var graph = DOTGraph(name: diagram.id, attributes: Theme.graph(rankdir: "TB"), nodeDefaults: Theme.node, edgeDefaults: Theme.edge)
        var details = ["Peta Proses Level \(map.level)"]
        if let parent = map.parent, let process = process(parent) {
            details.append("rincian \(process.code) \(process.title)")
        }
        graph.attributes["label"] = title(map.header, details: details)
        graph.attributes["newrank"] = .text("true")
        graph.attributes["nodesep"] = .text("0.35")
        graph.attributes["ranksep"] = .text("0.35")

        let inherited = map.parent.flatMap { process($0)?.category }
        var bands: [(category: ProcessCategory?, processes: [ProcessNode])] = []
        for category in [ProcessCategory.manajemen, .inti, .pendukung] as [ProcessCategory?] + [nil] {
            let members = map.processes.filter { ($0.category ?? inherited) == category }
            // Level 0 is the value chain: all three bands are drawn, an empty one says so.
            if !members.isEmpty || (map.level == 0 && category != nil) { bands.append((category, members)) }
        }
        var previousRowFirst: String?
        for (number, band) in bands.enumerated() {
            let colors = band.category.flatMap { Theme.bands[$0.rawValue] } ?? (fill: "#f2f2f2", border: "#888888")
            var cluster = DOTSubgraph(name: "cluster_band_\(number)")
            let name = band.category?.title ?? "Proses"
            cluster.attributes["label"] = .html("<FONT FACE=\"\(Theme.boldFont)\" POINT-SIZE=\"12\">\(HTMLText.escape(name))</FONT>")
            cluster.attributes["labeljust"] = .text("l")
            cluster.attributes["style"] = .text("rounded,filled")
            cluster.attributes["fillcolor"] = .text(colors.fill)
            cluster.attributes["color"] = .text(colors.border)
            cluster.attributes["penwidth"] = .text("1.5")
            cluster.attributes["margin"] = .text("12")
            var ids = band.processes.map { processID($0.code) }
            cluster.statements = zip(band.processes, ids).map { .node($1, processNode($0, diagram: diagram)) }
            if ids.isEmpty {
                let empty = "empty:\(number)"
                var note: DOTAttributes = ["shape": "plain", "fontsize": "9"]
                note["label"] = .html("<FONT COLOR=\"\(Theme.muted)\"><I>tidak ada proses dalam band ini</I></FONT>")
                cluster.statements.append(.node(empty, note))
                ids = [empty]
            }
            // Rows of four, left to right; each row under the previous one.
            for start in stride(from: 0, to: ids.count, by: 4) {
                let row = Array(ids[start..<min(start + 4, ids.count)])
                cluster.statements.append(.sameRank(row))
                for (left, right) in zip(row, row.dropFirst()) {
                    cluster.statements.append(.edge(left, right, ["style": "invis"]))
                }
                if let above = previousRowFirst {
                    cluster.statements.append(.edge(above, row[0], ["style": "invis"]))
                }
                previousRowFirst = row[0]
            }
            graph.statements.append(.subgraph(cluster))
        }
        return graph
    }

    /// The process a reference names, looked up in the peta proses it points to.
    func process(_ reference: ProcessReference) -> ProcessNode? {
        guard case let .petaProses(map)? = library.document(reference.map.id) else { return nil }
        return map.allProcesses.first { $0.code == reference.code }
    }

    func processID(_ code: String) -> String { "process:\(code)" }

    /// A process box: code and title as its header, sub-processes as rows (linked to their own details in
    /// SVG), then the SIPOC lines.
    func processNode(_ process: ProcessNode, diagram: Diagram) -> DOTAttributes {
        var rows = ["<TR><TD ALIGN=\"LEFT\" BGCOLOR=\"#ffffff\"><FONT FACE=\"\(Theme.boldFont)\" POINT-SIZE=\"11\">\(HTMLText.escape(process.code))</FONT>  "
            + "<FONT FACE=\"\(Theme.boldFont)\" POINT-SIZE=\"10\">\(HTMLText.lines(process.title, width: 30, align: "LEFT"))</FONT></TD></TR>"]
        for (child, depth) in process.children.flatMap({ descendants($0, depth: 0) }) {
            let indent = String(repeating: "    ", count: depth)
            var cell = "<TD ALIGN=\"LEFT\" BGCOLOR=\"#fafafa\""
            if let detail = child.detail, let link = plan.link(from: diagram, to: detail.id) {
                cell += " HREF=\"\(HTMLText.escape(link))\" TITLE=\"\(HTMLText.escape(child.title))\""
            }
            rows.append("<TR>\(cell)><FONT POINT-SIZE=\"9\">\(indent)\(HTMLText.escape(child.code))  \(HTMLText.lines(child.title, width: 36 - depth * 4, align: "LEFT"))</FONT></TD></TR>")
        }
        let sipoc = [("Pemasok", process.sipoc.suppliers), ("Masukan", process.sipoc.inputs),
                     ("Keluaran", process.sipoc.outputs), ("Pelanggan", process.sipoc.customers)]
        for (name, values) in sipoc where !values.isEmpty {
            rows.append("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"8\" COLOR=\"\(Theme.muted)\"><B>\(name):</B> \(HTMLText.lines(values.joined(separator: "; "), width: 48, align: "LEFT"))</FONT></TD></TR>")
        }
        var attributes = DOTAttributes()
        attributes["shape"] = .text("plain")
        attributes["label"] = .html("<TABLE BORDER=\"1\" COLOR=\"\(Theme.line)\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"4\" BGCOLOR=\"white\">" + rows.joined() + "</TABLE>")
        if let detail = process.detail, let link = plan.link(from: diagram, to: detail.id) {
            attributes["URL"] = .text(link)
        }
        attributes["tooltip"] = .text(process.citation.map { "\(process.code) \(process.title) — \($0.item)" } ?? "\(process.code) \(process.title)")
        return attributes
    }

    private func descendants(_ node: ProcessNode, depth: Int) -> [(ProcessNode, Int)] {
        [(node, depth)] + node.children.flatMap { descendants($0, depth: depth + 1) }
    }
}
