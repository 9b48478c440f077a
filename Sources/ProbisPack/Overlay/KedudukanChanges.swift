import ProbisDOT
import ProbisModel
import ProbisSimulation

/// The kedudukan (units and their people) of the organization after a reorganization, with what changed
/// from the one before marked: a unit that is new framed green; in each unit a position that is new there
/// green, one whose number of holders changed yellow (`n → m` in its tooltip); a reporting line that is new drawn
/// green; and the positions units no longer have named in the caption (with in how many units). The step overlay
/// (``DiagramOverlay/changes(_:)``) marks swimlanes only, so the units diagram is marked here.
enum KedudukanChanges {
    /// The marked DOT text, or `nil` when either organization's type is missing.
    static func dot(from before: Organization, to after: Organization, library: Library, encoder: DOTEncoder) -> String? {
        guard let typeA = library.organizationType(before.type.id), let typeB = library.organizationType(after.type.id) else { return nil }
        let diagram = Diagram(id: after.header.id.rawValue + Diagram.kedudukanSuffix, document: after.header.id, kind: .units)
        guard var graph = encoder.graph(for: diagram) else { return nil }
        var nodes: [String: DiagramOverlay.Mark] = [:]
        var clusters: [String: DiagramOverlay.Mark] = [:]
        var removed: [PositionID: Int] = [:]
        var order: [PositionID] = []
        for unit in after.units {
            guard let old = before.unit(unit.id) else {
                clusters["cluster_unit_\(unit.id)"] = .init(border: DiffColour.addedBorder)
                continue
            }
            for position in unit.positions where unit.headcount(of: position) > 0 {
                let (was, now) = (old.headcount(of: position), unit.headcount(of: position))
                if was == 0 {
                    nodes[node(unit.id, position)] = .init(fill: DiffColour.addedFill, border: DiffColour.addedBorder, note: "baru di unit ini: \(now) orang")
                } else if was != now {
                    nodes[node(unit.id, position)] = .init(fill: DiffColour.changedFill, border: DiffColour.changedBorder, note: "jumlah pemangku \(was) → \(now)")
                }
            }
            for position in old.positions where old.headcount(of: position) > 0 && unit.headcount(of: position) == 0 {
                if removed[position] == nil { order.append(position) }
                removed[position, default: 0] += 1
            }
        }
        let lines = Set(reportLines(after, typeB)).subtracting(reportLines(before, typeA))
        graph.statements = graph.statements.map { mark($0, nodes: nodes, clusters: clusters, lines: lines) }
        var caption = "Perubahan dari \(before.header.id): hijau unit/jabatan/garis atasan baru, kuning jumlah pemangku berubah"
        if !order.isEmpty {
            caption += "; tidak ada lagi: " + order.map { "\(typeA.position($0)?.title ?? $0.rawValue) (\(removed[$0]!) unit)" }.joined(separator: ", ")
        }
        if case let .html(title)? = graph.attributes["label"] {
            graph.attributes["label"] = .html(title + "<BR/><FONT POINT-SIZE=\"10\" COLOR=\"\(DiffColour.changedBorder)\">\(HTMLText.escape(caption))</FONT>")
        }
        return graph.text
    }

    /// The node of a position's box in a unit, as the units diagram names it.
    private static func node(_ unit: UnitID, _ position: PositionID) -> String { "unit:\(unit)/\(position)" }

    /// The reporting lines between boxes (superior's box, holder's box).
    private static func reportLines(_ organization: Organization, _ type: OrganizationType) -> [Line] {
        let people = organization.people(of: type)
        return people.persons.compactMap { person in
            person.superior.flatMap(people.person).map { Line(from: node($0.unit, $0.position), to: node(person.unit, person.position)) }
        }
    }

    private struct Line: Hashable { var from: String, to: String }

    private static func mark(_ statement: DOTStatement, nodes: [String: DiagramOverlay.Mark], clusters: [String: DiagramOverlay.Mark],
                             lines: Set<Line>) -> DOTStatement {
        switch statement {
        case let .node(id, attributes):
            guard let mark = nodes[id] else { return statement }
            var marked = attributes
            if let fill = mark.fill { marked["fillcolor"] = .text(fill) }
            if let note = mark.note { marked["tooltip"] = .text(note) }
            if let border = mark.border { marked["color"] = .text(border); marked["penwidth"] = .text("2.5") }
            return .node(id, marked)
        case let .edge(from, to, attributes) where lines.contains(Line(from: from, to: to)):
            var marked = attributes
            marked["color"] = .text(DiffColour.addedBorder)
            marked["penwidth"] = .text("2.5")
            return .edge(from, to, marked)
        case var .subgraph(subgraph):
            if let border = clusters[subgraph.name]?.border {
                subgraph.attributes["color"] = .text(border)
                subgraph.attributes["penwidth"] = .text("2.5")
            }
            subgraph.statements = subgraph.statements.map { mark($0, nodes: nodes, clusters: clusters, lines: lines) }
            return .subgraph(subgraph)
        default:
            return statement
        }
    }
}
