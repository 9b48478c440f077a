import CGraphviz
import ProbisDOT

/// Adjustments to a finished `dot` layout, before any format is rendered, for what `dot` cannot be told:
///
/// - **Stage bands as wide as their columns.** A band's cluster holds only the invisible points of the
///   header row, so `dot` makes it span the centres of its first and last column; its box is widened to the
///   left edge of the widest node of its first column and the right edge of the widest of its last column
///   (plus ``bandPadding``), so every step of the stage lies inside its band.
/// - **Lanes that touch.** Long edges pass between lane clusters and `dot` leaves white gaps there; each
///   pair of neighbouring lane rows (lanes, or frames of grouped lanes, within the same parent) meets at the
///   middle of the gap, the lower one's title moving up with its top edge.
/// - **Branch captions that never overprint.** Tail labels are placed in edge order; one that overlaps a
///   caption placed before is moved up or down by the least amount that frees it, avoiding nodes it did not
///   already touch.
///
/// The clusters are found by ``DOTEncoder/finishAttribute``; a graph without them is left as laid out, but
/// for the caption pass. Nothing moves a node or an edge, so the layout stays `dot`'s.
enum LayoutFinish {
    /// Space between a band's edge and the widest box of its end column, in points.
    static let bandPadding = 4.0
    /// Space kept between two branch captions, in points.
    static let captionGap = 1.0

    /// Applies the adjustments to a laid-out graph. Call under Graphviz's lock.
    static func apply(_ graph: UnsafeMutablePointer<Agraph_t>) {
        var bands: [UnsafeMutablePointer<Agraph_t>] = []
        var rows: [[UnsafeMutablePointer<Agraph_t>]] = []
        collect(graph, bands: &bands, rows: &rows)
        if !bands.isEmpty { widen(bands, in: graph) }
        for siblings in rows where siblings.count > 1 { join(siblings) }
        separateCaptions(graph)
    }

    /// The marked clusters below a graph: bands, and rows grouped by the cluster that holds them.
    private static func collect(_ graph: UnsafeMutablePointer<Agraph_t>, bands: inout [UnsafeMutablePointer<Agraph_t>],
                                rows: inout [[UnsafeMutablePointer<Agraph_t>]]) {
        var siblings: [UnsafeMutablePointer<Agraph_t>] = []
        var subgraph = agfstsubg(graph)
        while let current = subgraph {
            let mark = probis_attribute(current, DOTEncoder.finishAttribute).map { String(cString: $0) }
            if mark == DOTEncoder.stageBand { bands.append(current) }
            if mark == DOTEncoder.laneRow { siblings.append(current) }
            collect(current, bands: &bands, rows: &rows)
            subgraph = agnxtsubg(current)
        }
        if !siblings.isEmpty { rows.append(siblings) }
    }

    /// Widens each band to the outer edges of its first and last columns.
    private static func widen(_ bands: [UnsafeMutablePointer<Agraph_t>], in graph: UnsafeMutablePointer<Agraph_t>) {
        var left: [Int32: Double] = [:]
        var right: [Int32: Double] = [:]
        var node = agfstnode(graph)
        while let current = node {
            let rank = probis_node_rank(current)
            let center = probis_node_center(current)
            let size = probis_node_size(current)
            left[rank] = min(left[rank] ?? .infinity, center.x - size.x / 2)
            right[rank] = max(right[rank] ?? -.infinity, center.x + size.x / 2)
            node = agnxtnode(graph, current)
        }
        for band in bands {
            var ranks: [Int32] = []
            var member = agfstnode(band)
            while let current = member {
                ranks.append(probis_node_rank(current))
                member = agnxtnode(band, current)
            }
            guard let first = ranks.min(), let last = ranks.max(), let low = left[first], let high = right[last] else { continue }
            var box = probis_bounding_box(band)
            let oldCenter = (box.LL.x + box.UR.x) / 2
            box.LL.x = min(box.LL.x, low - bandPadding)
            box.UR.x = max(box.UR.x, high + bandPadding)
            probis_set_bounding_box(band, box)
            probis_move_label(band, (box.LL.x + box.UR.x) / 2 - oldCenter, 0)
        }
    }

    /// Makes neighbouring rows meet halfway across the gap between them.
    private static func join(_ siblings: [UnsafeMutablePointer<Agraph_t>]) {
        let ordered = siblings.sorted { probis_bounding_box($0).UR.y > probis_bounding_box($1).UR.y }
        for (upper, lower) in zip(ordered, ordered.dropFirst()) {
            var top = probis_bounding_box(upper)
            var bottom = probis_bounding_box(lower)
            let middle = (top.LL.y + bottom.UR.y) / 2
            let rise = middle - bottom.UR.y
            top.LL.y = middle
            bottom.UR.y = middle
            probis_set_bounding_box(upper, top)
            probis_set_bounding_box(lower, bottom)
            probis_move_label(lower, 0, rise)
        }
    }

    /// Moves branch captions off each other.
    private static func separateCaptions(_ graph: UnsafeMutablePointer<Agraph_t>) {
        var nodes: [boxf] = []
        var labelled: [(UnsafeMutablePointer<Agedge_t>, boxf)] = []
        var node = agfstnode(graph)
        while let current = node {
            let center = probis_node_center(current)
            let size = probis_node_size(current)
            if size.x > 0, size.y > 0 {
                nodes.append(boxf(LL: pointf(x: center.x - size.x / 2, y: center.y - size.y / 2),
                                  UR: pointf(x: center.x + size.x / 2, y: center.y + size.y / 2)))
            }
            var edge = agfstout(graph, current)
            while let out = edge {
                var box = boxf()
                if probis_tail_label_box(out, &box) != 0 { labelled.append((out, box)) }
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        var placed: [boxf] = []
        for (edge, box) in labelled {
            let touched = nodes.filter { overlaps($0, box, gap: 0) }
            let offsets: [Double] = [0.0] + (1...80).flatMap { (step: Int) -> [Double] in [Double(step) * 2, -Double(step) * 2] }
            let free = offsets.first { offset in
                let moved = shifted(box, offset)
                return !placed.contains { overlaps($0, moved, gap: captionGap) }
                    && (offset == 0 || !nodes.contains { node in overlaps(node, moved, gap: 0) && !touched.contains { same($0, node) } })
            } ?? 0
            probis_move_tail_label(edge, 0, free)
            placed.append(shifted(box, free))
        }
    }

    private static func shifted(_ box: boxf, _ offset: Double) -> boxf {
        boxf(LL: pointf(x: box.LL.x, y: box.LL.y + offset), UR: pointf(x: box.UR.x, y: box.UR.y + offset))
    }

    private static func same(_ a: boxf, _ b: boxf) -> Bool {
        a.LL.x == b.LL.x && a.LL.y == b.LL.y && a.UR.x == b.UR.x && a.UR.y == b.UR.y
    }

    /// Whether two boxes overlap or come closer than `gap`.
    static func overlaps(_ a: boxf, _ b: boxf, gap: Double) -> Bool {
        let across: Bool = a.LL.x < b.UR.x + gap && b.LL.x < a.UR.x + gap
        let along: Bool = a.LL.y < b.UR.y + gap && b.LL.y < a.UR.y + gap
        return across && along
    }
}
