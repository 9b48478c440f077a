import ProbisModel

extension DOTEncoder {
    /// An organization type's kedudukan: the tree of positions top to bottom by depth in the reporting
    /// tree, each box with its tier and headcount; Pejabat Penilai Kinerja with a double frame and a PPK
    /// badge; coordinators with a dashed frame; Jabatan Fungsional and Pelaksana framed together under the
    /// PPK who assesses them; an assessment that skips the atasan langsung as a dashed arrow.
    func kedudukan(_ type: OrganizationType, diagram: Diagram) -> DOTGraph {
        var graph = DOTGraph(name: diagram.id, attributes: Theme.graph(rankdir: "TB"), nodeDefaults: Theme.node, edgeDefaults: Theme.edge)
        graph.attributes["label"] = title(type.header, details: ["Kedudukan", DocumentKind.organizationType.title])
        graph.attributes["newrank"] = .text("true")
        graph.attributes["splines"] = .text("ortho")
        graph.attributes["ordering"] = .text("out")
        graph.attributes["nodesep"] = .text("0.3")
        graph.attributes["ranksep"] = .text("0.5")
        graph.edgeDefaults["arrowhead"] = .text("none")
        graph.edgeDefaults["penwidth"] = .text("1.3")

        // JF and pelaksana grouped under the PPK who assesses them; everyone else stands alone.
        var groups: [(ppk: PositionID?, members: [Position])] = []
        var loose: [Position] = []
        for position in type.positions {
            guard !position.tier.isStructural else { loose.append(position); continue }
            let ppk = type.assessor(of: position.id)?.id
            if let index = groups.firstIndex(where: { $0.ppk == ppk }) {
                groups[index].members.append(position)
            } else {
                groups.append((ppk, [position]))
            }
        }
        graph.statements.append(.comment("positions"))
        graph.statements += loose.map { .node(positionID($0.id), positionNode($0)) }
        for (number, group) in groups.enumerated() {
            var cluster = DOTSubgraph(name: "cluster_jf_\(number)")
            let assessor = group.ppk.flatMap(type.position)?.title
            let caption = "Pejabat Fungsional dan Pelaksana" + (assessor.map { " — dinilai oleh \($0)" } ?? "")
            cluster.attributes["label"] = .html("<FONT POINT-SIZE=\"9\" COLOR=\"\(Theme.muted)\">\(HTMLText.lines(caption, width: 60))</FONT>")
            cluster.attributes["style"] = .text("rounded,dashed")
            cluster.attributes["color"] = .text("#8aa58a")
            cluster.attributes["labeljust"] = .text("l")
            cluster.attributes["labelloc"] = .text("b")
            cluster.attributes["margin"] = .text("10")
            cluster.statements = group.members.map { .node(positionID($0.id), positionNode($0)) }
            graph.statements.append(.subgraph(cluster))
        }

        graph.statements.append(.comment("tiers of the reporting tree"))
        for level in type.levels { graph.statements.append(.sameRank(level.map { positionID($0.id) })) }

        graph.statements.append(.comment("atasan langsung"))
        for position in type.positions {
            guard let superior = position.reportsTo, type.position(superior.id) != nil else { continue }
            graph.statements.append(.edge(positionID(superior.id), positionID(position.id), DOTAttributes()))
        }
        graph.statements.append(.comment("assessment by someone other than the atasan langsung"))
        for position in type.positions {
            guard let assessor = type.assessor(of: position.id), assessor.id != position.reportsTo?.id else { continue }
            var attributes = DOTAttributes()
            attributes["style"] = .text("dashed")
            attributes["color"] = .text(Theme.loop)
            attributes["arrowhead"] = .text("normal")
            attributes["constraint"] = .text("false")
            attributes["xlabel"] = .html("<FONT POINT-SIZE=\"8\" COLOR=\"\(Theme.loop)\">menilai kinerja</FONT>")
            graph.statements.append(.edge(positionID(assessor.id), positionID(position.id), attributes))
        }
        graph.statements.append(.node("legend", kedudukanLegend()))
        if let last = type.levels.last?.first {
            var invisible = DOTAttributes()
            invisible["style"] = .text("invis")
            graph.statements.append(.edge(positionID(last.id), "legend", invisible))
        }
        return graph
    }

    func positionID(_ id: PositionID) -> String { "position:\(id.rawValue)" }

    /// One position: title, tier, headcount and role badges; the frame tells PPK and coordinators apart.
    /// An organization's diagram gives the title the unit uses for it and the people it has there.
    func positionNode(_ position: Position, title: String? = nil, count: Int? = nil) -> DOTAttributes {
        var badges: [String] = []
        if position.has(.ppk) { badges.append(badge("PPK", fill: "#7a1f1f")) }
        if position.has(.delegasiPPK) { badges.append(badge("PPK (delegasi)", fill: "#9c4a4a")) }
        if position.has(.pimpinanUnit) { badges.append(badge("Pimpinan Unit", fill: "#2f5d8a")) }
        if position.has(.koordinator) { badges.append(badge("Koordinator", fill: "#6b5b95")) }
        // A value the text does not give (`assumed:`) carries an asterisk, explained in the legend.
        func mark(_ key: String) -> String { position.assumed.contains(key) ? "*" : "" }
        badges.append("<TD><FONT POINT-SIZE=\"9\" COLOR=\"\(Theme.muted)\">\(count ?? position.headcount) orang\(count == nil ? mark("headcount") : "")</FONT></TD>")
        let markup = """
        <TABLE BORDER="0" CELLBORDER="0" CELLSPACING="1" CELLPADDING="1">\
        <TR><TD><FONT FACE="\(Theme.boldFont)" POINT-SIZE="10">\(HTMLText.lines(title ?? position.title, width: 28))\(title == nil ? mark("title") : "")</FONT></TD></TR>\
        <TR><TD><FONT POINT-SIZE="8" COLOR="\(Theme.muted)">\(HTMLText.escape(position.tier.title))\(mark("tier"))</FONT></TD></TR>\
        <TR><TD><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="1"><TR>\(badges.joined())</TR></TABLE></TD></TR>\
        </TABLE>
        """
        var attributes = DOTAttributes()
        attributes["shape"] = .text("box")
        attributes["style"] = .text(position.has(.koordinator) ? "rounded,filled,dashed" : "rounded,filled")
        attributes["fillcolor"] = .text(tierFill(position.tier))
        attributes["margin"] = .text("0.08,0.04")
        if position.has(.ppk) || position.has(.delegasiPPK) {
            attributes["peripheries"] = .text("2")
            attributes["penwidth"] = .text("1.2")
        }
        if position.has(.koordinator) { attributes["penwidth"] = .text("2") }
        attributes["label"] = .html(markup)
        attributes["tooltip"] = .text(position.citation.map { "\(position.id.rawValue) — \($0.item)" } ?? position.id.rawValue)
        return attributes
    }

    func badge(_ text: String, fill: String) -> String {
        "<TD BGCOLOR=\"\(fill)\"><FONT POINT-SIZE=\"8\" COLOR=\"white\" FACE=\"\(Theme.boldFont)\"> \(HTMLText.escape(text)) </FONT></TD>"
    }

    func tierFill(_ tier: JabatanTier) -> String {
        switch tier {
        case .jptMadya, .jptPratama: "#dbe6f4"
        case .administrator: "#e6eef8"
        case .pengawas: "#eef3fa"
        case .jfAhliUtama, .jfAhliMadya, .jfAhliMuda, .jfAhliPertama, .jfKeterampilan: "#e8f4e4"
        case .pelaksana: "#f3f3ef"
        }
    }

    private func kedudukanLegend() -> DOTAttributes {
        let rows = [
            "<B>PPK</B>, bingkai ganda: Pejabat Penilai Kinerja",
            "Bingkai putus-putus tebal: koordinator (seperti ketua tim, tidak menilai kinerja)",
            "Panah merah putus-putus: menilai kinerja, bila penilai bukan atasan langsung",
            "Garis: atasan langsung",
            "* \(ProcessMapsFormat.assumptionLabel)",
        ]
        let markup = "<TABLE BORDER=\"1\" COLOR=\"#bbbbbb\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
            + "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" FACE=\"\(Theme.boldFont)\">Keterangan</FONT></TD></TR>"
            + rows.map { "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"8\">\($0)</FONT></TD></TR>" }.joined()
            + "</TABLE>"
        var attributes: DOTAttributes = ["shape": "plain"]
        attributes["label"] = .html(markup)
        return attributes
    }
}
