/// The parallel blocks of a peta lintas fungsi: each split (a start or activity with two or more `next`
/// steps) and the join (`join: true`) where its branches meet, found by walking the flow with a stack of
/// open branches; and what keeps a block from running: a branch that ends or leaves the block before the
/// join, a join no split leads to, a loop that crosses a join, joins that do not nest.
///
/// The walk follows the acyclic part of the flow in topological order (loops cut at their closing edges,
/// the perbaikan branches) and then checks each closing edge: a loop must stay inside one branch or go
/// back to before the split. Blocks are well nested: every step has exactly one stack of open branches.
public struct ParallelBlocks: Sendable {
    /// One open branch: the split's step index and the index of the step the branch begins with.
    public struct Frame: Hashable, Sendable {
        /// The split.
        public var split: Int
        /// The first step of the branch.
        public var branch: Int
    }

    /// What keeps a parallel block from running.
    public enum Problem: Hashable, Sendable {
        /// A branch reaches an end (or a connector to another map) from `from` before its join.
        case endsBeforeJoin(split: StepID, branch: StepID, from: StepID, end: StepID)
        /// Two branches of one split meet at a step that is not marked `join: true`.
        case meetWithoutJoin(split: StepID, branches: [StepID], at: StepID)
        /// A branch of the split never reaches the join (it ends in a loop with no way out).
        case branchNeverJoins(split: StepID, branch: StepID, join: StepID)
        /// A step marked `join: true` that no branch of a split leads to.
        case joinWithoutSplit(join: StepID)
        /// `from` leads to the join from outside the branches of its split: the join would wait forever.
        case joinBypassed(join: StepID, split: StepID, from: StepID)
        /// `from`, inside a branch, leads to `to`, outside it, without passing the join.
        case leavesBlock(split: StepID, branch: StepID, from: StepID, to: StepID, join: StepID?)
        /// A loop closing edge `from → to` that enters or leaves a parallel block.
        case loopCrossesJoin(split: StepID, from: StepID, to: StepID, join: StepID?)
        /// A join that closes branches of two splits (blocks that do not nest).
        case mismatchedJoin(join: StepID, splits: [StepID])
        /// The branches of one split meet at two joins.
        case twoJoins(split: StepID, joins: [StepID])
        /// The splits whose blocks the problem is about.
        public var splits: [StepID] {
            if case let .mismatchedJoin(_, splits) = self { return splits }
            return split.map { [$0] } ?? []
        }

        /// The split whose block the problem is about.
        public var split: StepID? {
            switch self {
            case let .endsBeforeJoin(split, _, _, _), let .meetWithoutJoin(split, _, _), let .branchNeverJoins(split, _, _),
                 let .joinBypassed(_, split, _), let .leavesBlock(split, _, _, _, _), let .loopCrossesJoin(split, _, _, _),
                 let .twoJoins(split, _):
                split
            case let .mismatchedJoin(_, splits): splits.first
            case .joinWithoutSplit: nil
            }
        }
    }

    /// For each split's step id, the id of the join where its branches meet.
    public let joins: [StepID: StepID]
    /// For each step index reached from a start, the branches open there, outermost first.
    public let open: [Int: [Frame]]
    /// The problems, at most one per split, in the order the walk found them.
    public let problems: [(step: StepID, problem: Problem)]

    /// Walks the flow. Complexity: O((V + E) · d) for nesting depth d.
    public init(_ flow: FlowGraph) {
        var walk = Walk(flow: flow)
        walk.run()
        joins = Dictionary(walk.joinOf.map { (flow.map.steps[$0.key].id, flow.map.steps[$0.value].id) }, uniquingKeysWith: { a, _ in a })
        open = walk.context
        problems = walk.problems
    }
}

extension FlowGraph {
    /// The parallel blocks of the map and what keeps them from running.
    public var parallelBlocks: ParallelBlocks { ParallelBlocks(self) }

    /// The edge to cut in a loop with two entries: a `perbaikan` branch of a decision on it, else another
    /// branch, else (a loop without a decision, reported by the shape check) any of its edges.
    private func entryCut(_ component: [Int], rest: Digraph, closing: Set<Digraph.Edge>) -> Digraph.Edge? {
        let members = Set(component)
        for preferPerbaikan in [true, false] {
            for u in component where map.steps[u].kind == .decision {
                for branch in map.steps[u].branches where (branch.meaning == .perbaikan) == preferPerbaikan {
                    if let v = index(of: branch.target.id), members.contains(v), !closing.contains(.init(from: u, to: v)) {
                        return .init(from: u, to: v)
                    }
                }
            }
        }
        return component.lazy.compactMap { u in rest.successors[u].first(where: members.contains).map { Digraph.Edge(from: u, to: $0) } }.first
    }

    /// The edges that close loops, independent of the order steps are written in: an edge to a step that
    /// every path from a start passes before it (the natural loops); where a loop has two entries (a loop
    /// crossing a join does), the branch out of a decision on it, a `perbaikan` branch first.
    public var closingEdges: Set<Digraph.Edge> {
        let idom = graph.immediateDominators(roots: startIndices)
        let dominance = Digraph.Dominance(idom)
        var closing: Set<Digraph.Edge> = []
        for (u, targets) in graph.successors.enumerated() where idom[u] != nil {
            for v in targets where dominance.dominates(v, u) { closing.insert(.init(from: u, to: v)) }
        }
        while true {
            var rest = Digraph(count: graph.count)
            for (u, targets) in graph.successors.enumerated() where idom[u] != nil {
                for v in targets where !closing.contains(.init(from: u, to: v)) { rest.addEdge(u, v) }
            }
            let components = rest.cyclicComponents
            guard !components.isEmpty else { return closing }
            // One edge cut per remaining loop and round: rounds are as many as loops are nested.
            for component in components {
                guard let edge = entryCut(component, rest: rest, closing: closing) else { return closing }
                closing.insert(edge)
            }
        }
    }
}

/// The walk behind `ParallelBlocks`.
private struct Walk {
    typealias Frame = ParallelBlocks.Frame
    let flow: FlowGraph
    var context: [Int: [Frame]] = [:]
    var joinOf: [Int: Int] = [:]
    var arrived: [Int: Set<Int>] = [:]
    var problems: [(step: StepID, problem: ParallelBlocks.Problem)] = []
    private var troubled: Set<StepID> = []

    private let ends: Set<Int>

    init(flow: FlowGraph) {
        self.flow = flow
        ends = Set(flow.endIndices)
    }

    private var steps: [FlowStep] { flow.map.steps }
    private func id(_ index: Int) -> StepID { steps[index].id }

    /// The stack of open branches on the edge `from → to`.
    private func leaving(_ from: Int, to: Int) -> [Frame]? {
        guard let stack = context[from] else { return nil }
        return steps[from].isSplit ? stack + [Frame(split: from, branch: to)] : stack
    }

    private mutating func report(_ step: StepID, _ problem: ParallelBlocks.Problem) {
        let keys = problem.splits.isEmpty ? [step] : problem.splits
        guard troubled.isDisjoint(with: keys) else { return }
        troubled.formUnion(keys)
        problems.append((step, problem))
    }

    mutating func run() {
        let loops = flow.closingEdges
        let reached = flow.graph.reachable(from: flow.startIndices)
        var incoming: [Int: [Int]] = [:]
        for u in flow.graph.successors.indices where reached[u] {
            for v in flow.graph.successors[u] where !loops.contains(.init(from: u, to: v)) && incoming[v]?.contains(u) != true {
                incoming[v, default: []].append(u)
            }
        }
        for v in flow.graph.topologicalOrder(ignoring: loops) where reached[v] {
            if steps[v].kind == .start && incoming[v] == nil {
                context[v] = []
                continue
            }
            let arrivals = (incoming[v] ?? []).compactMap { u in leaving(u, to: v).map { (u, $0) } }
            guard !arrivals.isEmpty else { continue }
            context[v] = steps[v].isJoin ? join(v, arrivals) : merge(v, arrivals)
            if ends.contains(v), let frame = context[v]?.last {
                let from = arrivals.first { !$0.1.isEmpty }?.0 ?? arrivals[0].0
                report(id(from), .endsBeforeJoin(split: id(frame.split), branch: id(frame.branch), from: id(from), end: id(v)))
            }
        }
        for (split, join) in joinOf.sorted(by: { $0.key < $1.key }) {
            let branches = flow.graph.successors[split]
            if let missing = branches.first(where: { arrived[join]?.contains($0) != true }) {
                report(id(split), .branchNeverJoins(split: id(split), branch: id(missing), join: id(join)))
            }
        }
        for edge in loops.sorted(by: { ($0.from, $0.to) < ($1.from, $1.to) }) {
            guard let stack = leaving(edge.from, to: edge.to), let target = context[edge.to] else { continue }
            let split: Int?
            if steps[edge.to].isJoin {
                // A loop back to a join brings one more arrival than its split sends.
                split = joinOf.filter { $0.value == edge.to }.keys.min()
            } else {
                split = Self.firstDifference(stack, target)?.split
            }
            guard let split else { continue }
            report(id(edge.from), .loopCrossesJoin(split: id(split), from: id(edge.from), to: id(edge.to), join: joinOf[split].map(id)))
        }
    }

    /// The join pops one open branch: every arrival must close a branch of the same split, with the same
    /// branches open outside it.
    private mutating func join(_ v: Int, _ arrivals: [(Int, [Frame])]) -> [Frame] {
        // The shortest open stack names the split the join closes; a deeper one is an inner split left open.
        guard let reference = arrivals.map(\.1).filter({ !$0.isEmpty }).min(by: { $0.count < $1.count }), let frame = reference.last else {
            report(id(v), .joinWithoutSplit(join: id(v)))
            return []
        }
        let outside = Array(reference.dropLast())
        for (from, stack) in arrivals {
            if let last = stack.last, last.split == frame.split, Array(stack.dropLast()) == outside {
                arrived[v, default: []].insert(last.branch)
            } else if stack.count > reference.count, Array(stack.prefix(reference.count - 1)) == outside, let inner = stack.last {
                report(id(v), .mismatchedJoin(join: id(v), splits: [id(inner.split), id(frame.split)]))
            } else if let last = stack.last, stack.count == reference.count, last.split != frame.split {
                report(id(v), .mismatchedJoin(join: id(v), splits: [id(frame.split), id(last.split)]))
            } else {
                report(id(from), .joinBypassed(join: id(v), split: id(frame.split), from: id(from)))
            }
        }
        if let other = joinOf[frame.split], other != v {
            report(id(v), .twoJoins(split: id(frame.split), joins: [id(other), id(v)]))
        }
        joinOf[frame.split] = v
        return outside
    }

    /// A step that is not a join takes one stack: arrivals with different stacks mean branches meet
    /// without a join, or a branch leaves its block.
    private mutating func merge(_ v: Int, _ arrivals: [(Int, [Frame])]) -> [Frame] {
        let stack = arrivals[0].1
        for (from, other) in arrivals.dropFirst() where other != stack {
            let common = zip(stack, other).prefix { $0 == $1 }.count
            if common < stack.count, common < other.count, stack[common].split == other[common].split {
                let split = stack[common].split
                report(id(v), .meetWithoutJoin(split: id(split), branches: [id(stack[common].branch), id(other[common].branch)], at: id(v)))
            } else {
                // The longer stack came from inside a branch that the shorter one is outside of.
                let (inside, insideFrom) = other.count > stack.count ? (other, from) : (stack, arrivals[0].0)
                let frame = inside[common]
                if ends.contains(v) {
                    report(id(insideFrom), .endsBeforeJoin(split: id(frame.split), branch: id(frame.branch), from: id(insideFrom), end: id(v)))
                    continue
                }
                report(id(insideFrom), .leavesBlock(split: id(frame.split), branch: id(frame.branch), from: id(insideFrom), to: id(v),
                                                    join: joinOf[frame.split].map(id)))
            }
        }
        // Go on with the outermost stack, so that one wrong edge gives one problem.
        return arrivals.map(\.1).min { $0.count < $1.count } ?? stack
    }

    private static func firstDifference(_ a: [Frame], _ b: [Frame]) -> Frame? {
        let common = zip(a, b).prefix { $0 == $1 }.count
        return common < a.count ? a[common] : (common < b.count ? b[common] : nil)
    }
}
