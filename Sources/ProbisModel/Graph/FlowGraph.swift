/// A peta lintas fungsi seen as a graph: the queries of validation, rendering and simulation by step id.
///
/// References to unknown steps are left out of the graph (the validator reports them).
public struct FlowGraph: Sendable {
    /// The map the graph was built from.
    public let map: CrossFunctionalMap
    /// The graph over step indices (positions in `map.steps`).
    public let graph: Digraph
    private let indexByID: [StepID: Int]

    /// Builds the graph. Complexity: O(V + E).
    public init(_ map: CrossFunctionalMap) {
        self.map = map
        var indexByID: [StepID: Int] = [:]
        for (index, step) in map.steps.enumerated() where indexByID[step.id] == nil {
            indexByID[step.id] = index
        }
        self.indexByID = indexByID
        graph = Digraph(successors: map.steps.map { step in step.successors.compactMap { indexByID[$0] } })
    }

    /// The index of a step in `map.steps`.
    public func index(of id: StepID) -> Int? { indexByID[id] }

    /// Indices of start steps.
    public var startIndices: [Int] { map.steps.indices.filter { map.steps[$0].kind == .start } }

    /// Indices of the steps where the flow may stop: end steps, and connectors that continue in another map.
    public var endIndices: [Int] {
        map.steps.indices.filter { index in
            let step = map.steps[index]
            return step.kind == .end || (step.kind == .connector && step.next.isEmpty && step.connectsTo != nil)
        }
    }

    /// Steps reachable from a start step, in declared order.
    public var reachableSteps: [FlowStep] {
        let reached = graph.reachable(from: startIndices)
        return map.steps.indices.filter { reached[$0] }.map { map.steps[$0] }
    }

    /// Steps no start step leads to, in declared order (empty when the map has no start).
    public var unreachableSteps: [FlowStep] {
        guard !startIndices.isEmpty else { return [] }
        let reached = graph.reachable(from: startIndices)
        return map.steps.indices.filter { !reached[$0] }.map { map.steps[$0] }
    }

    /// Steps that have no successor and are not where the flow may stop, in declared order.
    public var deadEnds: [FlowStep] {
        let ends = Set(endIndices)
        return map.steps.indices
            .filter { !ends.contains($0) && graph.successors[$0].isEmpty }
            .map { map.steps[$0] }
    }

    /// Steps that have successors but from which no end can be reached (caught in a loop), in declared order.
    public var trappedSteps: [FlowStep] {
        let canFinish = graph.coreachable(to: endIndices)
        return map.steps.indices
            .filter { !canFinish[$0] && !graph.successors[$0].isEmpty }
            .map { map.steps[$0] }
    }

    /// Every cycle of the map as a step sequence `a, b, c` (meaning a → b → c → a), one per cyclic component,
    /// with whether a decision lies on the component (a perbaikan loop) or not.
    public var cycles: [(steps: [FlowStep], throughDecision: Bool)] {
        graph.cyclicComponents.map { component in
            let steps = graph.cycle(in: component).map { map.steps[$0] }
            let throughDecision = component.contains { map.steps[$0].kind == .decision }
            return (steps, throughDecision)
        }
    }

    /// The edges that close loops in a depth-first walk from the starts: the perbaikan branches.
    public var loopEdges: Set<Digraph.Edge> { graph.backEdges(roots: startIndices) }

    /// The steps in a topological order of the acyclic part (loops cut at their closing edges), following
    /// declaration order where the flow allows.
    public var topologicalOrder: [FlowStep] {
        graph.topologicalOrder(ignoring: loopEdges).map { map.steps[$0] }
    }

    /// For each step, the length of the longest path from a start over the acyclic part: its column when
    /// the map is drawn left to right.
    public var columns: [StepID: Int] {
        let depth = graph.longestPathDepth(roots: startIndices, ignoring: loopEdges)
        var result: [StepID: Int] = [:]
        for (index, step) in map.steps.enumerated() where result[step.id] == nil { result[step.id] = depth[index] }
        return result
    }
}
