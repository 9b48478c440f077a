import ProbisModel

/// Where each step of a peta lintas fungsi goes on the swimlane grid: time runs left to right in columns,
/// the three stages in separate column spans with an empty separator column between them.
///
/// Columns are the longest path from a start over the flow without its loop edges, with one more rule: a
/// step of a later stage comes after every step of an earlier stage. Column 0 and the last column are
/// empty rails, so start and end sit one column inside the lanes.
struct SwimlaneLayout {
    /// A stage and the columns of its band.
    struct StageSpan: Equatable {
        var stage: Stage
        var first: Int
        var last: Int
    }

    /// The flow as a graph.
    let graph: FlowGraph
    /// The grid column of each step, by step index.
    let columns: [Int]
    /// The number of columns, rails included.
    let columnCount: Int
    /// Empty columns that separate two stages.
    let separators: [Int]
    /// The column span of each stage that has steps, in stage order.
    let stages: [StageSpan]
    /// The edges that close perbaikan loops (drawn without constraining the layout).
    let loopEdges: Set<Digraph.Edge>

    /// Lays out a map. Complexity: O(S · (V + E)) for S stages.
    init(_ map: CrossFunctionalMap) {
        graph = FlowGraph(map)
        loopEdges = graph.loopEdges
        let steps = map.steps
        let order = graph.graph.topologicalOrder(ignoring: loopEdges)
        let stageIndex = steps.map { step in step.stage.flatMap { Stage.allCases.firstIndex(of: $0) } }

        var lower = Array(repeating: 0, count: steps.count)
        var depth = Array(repeating: 0, count: steps.count)
        for _ in 0...Stage.allCases.count {
            depth = SwimlaneLayout.longestPaths(graph.graph, order: order, ignoring: loopEdges, lower: lower)
            var changed = false
            for (index, stage) in stageIndex.enumerated() {
                guard let stage else { continue }
                let earlier = steps.indices.filter { (stageIndex[$0] ?? Int.max) < stage }.map { depth[$0] }
                let bound = (earlier.max() ?? -1) + 1
                if lower[index] < bound { lower[index] = bound; changed = true }
            }
            if !changed { break }
        }

        // A separator goes before the first column of each stage that follows an earlier one.
        var boundaries: [Int] = []
        for stage in 1..<Stage.allCases.count {
            let mine = steps.indices.filter { stageIndex[$0] == stage }.map { depth[$0] }
            let before = steps.indices.filter { (stageIndex[$0] ?? Int.max) < stage }.map { depth[$0] }
            if let first = mine.min(), let previous = before.max(), first > previous, !boundaries.contains(first) {
                boundaries.append(first)
            }
        }
        boundaries.sort()
        let place = { (depth: Int) in depth + 1 + boundaries.filter { $0 <= depth }.count }
        let columns = depth.map(place)
        let separators = boundaries.map { place($0) - 1 }
        self.columns = columns
        self.separators = separators
        columnCount = (columns.max() ?? 0) + 2

        var spans: [StageSpan] = []
        for (position, stage) in Stage.allCases.enumerated() {
            let mine = steps.indices.filter { stageIndex[$0] == position }.map { columns[$0] }
            guard let first = mine.min(), let last = mine.max() else { continue }
            spans.append(StageSpan(stage: stage, first: first, last: last))
        }
        // Stretch each band to the separators around it, so the bands tile the staged part of the lanes.
        for index in spans.indices {
            if let separator = separators.last(where: { $0 < spans[index].first }) {
                spans[index].first = min(spans[index].first, separator + 1)
            }
            if let separator = separators.first(where: { $0 > spans[index].last }) {
                spans[index].last = max(spans[index].last, separator - 1)
            }
        }
        stages = spans
    }

    /// Longest path depth of each vertex over the graph without the ignored edges, at least `lower`.
    private static func longestPaths(_ graph: Digraph, order: [Int], ignoring ignored: Set<Digraph.Edge>, lower: [Int]) -> [Int] {
        var depth = lower
        for u in order {
            for v in graph.successors[u] where !ignored.contains(Digraph.Edge(from: u, to: v)) {
                depth[v] = max(depth[v], depth[u] + 1)
            }
        }
        return depth
    }
}
