import ProbisModel

/// Where each element of a ``BPMNProcess`` is drawn (BPMNDI): horizontal pool and lanes, shapes, and
/// orthogonal edges. Units are BPMN diagram pixels, y down.
public struct BPMNDiagram: Hashable, Sendable {
    /// A rectangle.
    public struct Bounds: Hashable, Sendable {
        /// Left edge and top edge, width and height, in pixels.
        public var x: Double, y: Double, width: Double, height: Double
        var right: Double { x + width }
        var bottom: Double { y + height }
        var centerX: Double { x + width / 2 }
        var centerY: Double { y + height / 2 }
    }

    /// A point of an edge.
    public struct Point: Hashable, Sendable {
        /// Coordinates in pixels, y down.
        public var x: Double, y: Double
    }

    /// The participant's bounds.
    public var pool: Bounds
    /// Bounds by element id: lanes (leaf and group lanes), flow nodes, data object references.
    public var shapes: [String: Bounds]
    /// Waypoints by sequence flow id.
    public var edges: [String: [Point]]
    /// Waypoints by data association id.
    public var associations: [String: [Point]]
    /// Label bounds by sequence flow id, for named flows.
    public var labels: [String: Bounds]
}

extension BPMNProcess {
    /// The size of a node's shape in BPMN pixels, as bpmn.io draws them.
    static func size(of kind: NodeKind) -> (width: Double, height: Double) {
        switch kind {
        case .task: (100, 80)
        case .exclusiveGateway, .parallelGateway: (50, 50)
        case .startEvent, .endEvent, .intermediateThrowEvent: (36, 36)
        }
    }

    /// The graph Graphviz lays out left to right to find each node's column: one fixed-size box per flow node
    /// (sizes in inches at 72 pixels each), one edge per sequence flow. The lanes are not part of it: a
    /// node's row is its lane.
    public var layoutDOT: String {
        var out = "digraph bpmn {\nrankdir=LR;\nnodesep=0.25;\nranksep=0.45;\nnode [shape=box,fixedsize=true,label=\"\"];\n"
        for node in nodes {
            let size = Self.size(of: node.kind)
            out += "\"\(node.id)\" [width=\(format(size.width / 72)),height=\(format(size.height / 72))];\n"
        }
        for flow in flows { out += "\"\(flow.source)\" -> \"\(flow.target)\";\n" }
        for flow in messageFlows { out += "\"\(flow.source)\" -> \"\(flow.target)\";\n" }
        return out + "}\n"
    }

    /// Places the pool, lanes, nodes, data objects and edges.
    ///
    /// - Parameter columns: each node's centre x from Graphviz's layout of ``layoutDOT`` (points); a node
    ///   missing from it is placed after the others.
    /// - Returns: the diagram; nodes of one lane whose columns overlap are stacked in rows within the lane.
    public func diagram(columns: [String: Double]) -> BPMNDiagram {
        let pool = (x: 0.0, y: 0.0), poolBand = 30.0, laneBand = 30.0, rowHeight = 100.0, margin = 30.0
        let participants = participantOfLane
        // Nested group lanes take a band of their own; a collaboration's pools hold their lanes directly.
        let grouped = participants == nil && lanes.contains { $0.group != nil }
        let contentLeft = pool.x + poolBand + laneBand + (grouped ? laneBand : 0) + margin
        let fallback = (columns.values.max() ?? 0) + 150
        let left = columns.values.min() ?? 0
        var centerX: [String: Double] = [:]
        for node in nodes { centerX[node.id] = contentLeft + (columns[node.id] ?? fallback) - left + 50 }

        // Rows within each lane: a node goes into the first row whose last node ends 20 px before it starts.
        var shapes: [String: BPMNDiagram.Bounds] = [:]
        var laneTop = pool.y
        var laneBounds: [(lane: Lane, top: Double, height: Double)] = []
        for (laneIndex, lane) in lanes.enumerated() {
            // Pools of a collaboration are stacked with a gap between them.
            if let participants, laneIndex > 0, participants[lane.id] != participants[lanes[laneIndex - 1].id] { laneTop += 30 }
            let members = nodes.filter { $0.lane == lane.id }.sorted { (centerX[$0.id]!, $0.id) < (centerX[$1.id]!, $1.id) }
            var rowEnds: [Double] = []
            var placed: [(Node, Int)] = []
            for node in members {
                let width = Self.size(of: node.kind).width
                let start = centerX[node.id]! - width / 2
                if let row = rowEnds.firstIndex(where: { $0 + 20 <= start }) {
                    rowEnds[row] = start + width
                    placed.append((node, row))
                } else {
                    rowEnds.append(start + width)
                    placed.append((node, rowEnds.count - 1))
                }
            }
            for (node, row) in placed {
                let size = Self.size(of: node.kind)
                let cy = laneTop + 10 + Double(row) * rowHeight + rowHeight / 2
                shapes[node.id] = .init(x: centerX[node.id]! - size.width / 2, y: cy - size.height / 2, width: size.width, height: size.height)
            }
            var height = Double(max(rowEnds.count, 1)) * rowHeight + 20
            // Data objects in a row of their own at the bottom of the lane of the first node that uses them,
            // under that node.
            // In a collaboration each pool has its own reference, under the pool's first user.
            let owner = participants?[lane.id] ?? 0
            let firstUse = { (artifact: ArtifactID) in
                self.dataUses.first { $0.artifact == artifact && (participants == nil || self.participant(of: $0.node) == owner) }
            }
            let owned = artifacts.filter { artifact in firstUse(artifact.id).flatMap { node($0.node) }?.lane == lane.id }
            var nextFree = contentLeft
            for artifact in owned {
                let user = firstUse(artifact.id)!.node
                let x = max(centerX[user]! - 18, nextFree)
                shapes[dataReference(artifact.id, participant: owner)] = .init(x: x, y: laneTop + height - 10, width: 36, height: 50)
                nextFree = x + 36 + 40
            }
            if !owned.isEmpty { height += 70 }
            laneBounds.append((lane, laneTop, height))
            laneTop += height
        }
        let contentRight = (shapes.values.map(\.right).max() ?? contentLeft) + margin
        let poolBounds = BPMNDiagram.Bounds(x: pool.x, y: pool.y, width: max(contentRight - pool.x, 400), height: laneTop - pool.y)
        for (index, group) in laneGroups.enumerated() {
            let rows = laneBounds.filter { entry in group.lanes.contains { $0.id == entry.lane.id } }
            let top = rows.first!.top, height = rows.map(\.height).reduce(0, +)
            if participants != nil {
                shapes["participant_\(index + 1)"] = .init(x: pool.x, y: top, width: poolBounds.width, height: height)
            } else if group.title != nil {
                shapes["group_\(index + 1)"] = .init(x: pool.x + poolBand, y: top, width: poolBounds.width - poolBand, height: height)
            }
            let inset = pool.x + poolBand + (group.title == nil || participants != nil ? 0 : laneBand)
            for row in rows {
                shapes[Self.laneID(row.lane.id)] = .init(x: inset, y: row.top, width: poolBounds.right - inset, height: row.height)
            }
        }

        var associations: [String: [BPMNDiagram.Point]] = [:]
        for (index, use) in dataUses.enumerated() {
            guard let task = shapes[use.node], let data = shapes[dataReference(use.artifact, participant: participant(of: use.node))] else { continue }
            let taskEnd = data.y >= task.bottom ? BPMNDiagram.Point(x: task.centerX, y: task.bottom) : BPMNDiagram.Point(x: task.centerX, y: task.y)
            let dataEnd = data.y >= task.bottom ? BPMNDiagram.Point(x: data.centerX, y: data.y) : BPMNDiagram.Point(x: data.centerX, y: data.bottom)
            associations[Self.associationID(index)] = use.isOutput ? [taskEnd, dataEnd] : [dataEnd, taskEnd]
        }

        var edges: [String: [BPMNDiagram.Point]] = [:]
        var labels: [String: BPMNDiagram.Bounds] = [:]
        var labelsAt: [BPMNDiagram.Point: Int] = [:]
        for flow in flows {
            guard let s = shapes[flow.source], let t = shapes[flow.target] else { continue }
            let fromGateway = [.exclusiveGateway, .parallelGateway].contains(node(flow.source)?.kind)
            let points = Self.route(from: s, to: t, fromGateway: fromGateway)
            edges[flow.id] = points
            if let name = flow.name, !name.isEmpty {
                let width = Double(min(max(name.count, 2), 30)) * 7
                // Labels of branches leaving from one point are stacked away from the shape.
                let downward = points.count > 1 && points[1].y > points[0].y
                let stacked = Double(labelsAt[points[0], default: 0]) * 14
                labelsAt[points[0], default: 0] += 1
                labels[flow.id] = .init(x: points[0].x + 4, y: points[0].y + (downward ? 2 + stacked : -18 - stacked), width: width, height: 14)
            }
        }
        for flow in messageFlows {
            guard let s = shapes[flow.source], let t = shapes[flow.target] else { continue }
            // From the sending event's bottom (or top) to the gap beside the sender's pool, across it, and on to
            // the receiving event.
            let down = t.y >= s.bottom
            let from = BPMNDiagram.Point(x: s.centerX, y: down ? s.bottom : s.y), to = BPMNDiagram.Point(x: t.centerX, y: down ? t.y : t.bottom)
            let senderPool = shapes["participant_\(participant(of: flow.source) + 1)"]
            let middle = senderPool.map { down ? $0.bottom + 15 : $0.y - 15 } ?? ((from.y + to.y) / 2).rounded()
            edges[flow.id] = abs(from.x - to.x) < 0.5 ? [from, to] : [from, .init(x: from.x, y: middle), .init(x: to.x, y: middle), to]
        }
        return BPMNDiagram(pool: poolBounds, shapes: shapes, edges: edges, associations: associations, labels: labels)
    }

    /// An orthogonal route: right side to left side through the middle column when the target lies to the
    /// right (from a gateway, out of its top or bottom corner and then across, so that the branches of a
    /// decision leave from different corners); otherwise from the bottom, below both shapes, to the target's
    /// bottom.
    static func route(from s: BPMNDiagram.Bounds, to t: BPMNDiagram.Bounds, fromGateway: Bool = false) -> [BPMNDiagram.Point] {
        typealias P = BPMNDiagram.Point
        if t.x >= s.right + 10 {
            if abs(s.centerY - t.centerY) < 0.5 { return [P(x: s.right, y: s.centerY), P(x: t.x, y: t.centerY)] }
            if fromGateway {
                let exit = t.centerY < s.centerY ? s.y : s.bottom
                return [P(x: s.centerX, y: exit), P(x: s.centerX, y: t.centerY), P(x: t.x, y: t.centerY)]
            }
            let middle = ((s.right + t.x) / 2).rounded()
            return [P(x: s.right, y: s.centerY), P(x: middle, y: s.centerY), P(x: middle, y: t.centerY), P(x: t.x, y: t.centerY)]
        }
        if t.y >= s.bottom + 10 {
            let middle = ((s.bottom + t.y) / 2).rounded()
            return [P(x: s.centerX, y: s.bottom), P(x: s.centerX, y: middle), P(x: t.centerX, y: middle), P(x: t.centerX, y: t.y)]
        }
        let below = max(s.bottom, t.bottom) + 15
        return [P(x: s.centerX, y: s.bottom), P(x: s.centerX, y: below), P(x: t.centerX, y: below), P(x: t.centerX, y: t.bottom)]
    }

    /// The BPMN id of a lane.
    static func laneID(_ lane: LaneID) -> String { "lane_" + xmlID(lane.rawValue).trimmingLeadingUnderscore }

    /// The BPMN id of an artifact's data object reference.
    static func dataReferenceID(_ artifact: ArtifactID) -> String { "dataref_" + xmlID(artifact.rawValue).trimmingLeadingUnderscore }

    /// The BPMN id of an artifact's data object.
    static func dataObjectID(_ artifact: ArtifactID) -> String { "data_" + xmlID(artifact.rawValue).trimmingLeadingUnderscore }

    /// The BPMN id of the n-th data association (0-based).
    static func associationID(_ index: Int) -> String { "association_\(index + 1)" }
}

/// A number as Graphviz and BPMNDI read it: at most two decimals, no trailing zeros.
func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    var text = String(rounded)
    while text.hasSuffix("0") { text.removeLast() }
    return text
}

extension String {
    fileprivate var trimmingLeadingUnderscore: String { hasPrefix("_") ? String(dropFirst()) : self }
}
