@testable import ProbisModel
import Testing

/// The parallel blocks of a flow: which join closes which split, the branches open at each step, and the
/// loop edges found from dominators whatever the order the steps are written in.
struct ParallelBlocksTests {
    static func step(_ id: StepID, _ next: [StepID], join: Bool = false) -> FlowStep {
        FlowStep(id: id, lane: Reference("a"), text: id.rawValue, next: next.map { Reference($0) }, isJoin: join)
    }

    /// mulai → bagi ⇉ (satu ⇉ (1a, 1b) → gabung-satu, dua → cek ◇ perbaikan to dua) → gabung → selesai,
    /// the inner block written after the outer join, so declaration order is not flow order.
    static let map = CrossFunctionalMap(
        lanes: [Lane(id: "a", title: "Pihak A")],
        steps: [
            FlowStep(id: "mulai", kind: .start, lane: Reference("a"), text: "Mulai", next: [Reference("bagi")]),
            step("bagi", ["dua", "satu"]),
            step("gabung", ["selesai"], join: true),
            step("dua", ["cek"]),
            FlowStep(id: "cek", kind: .decision, lane: Reference("a"), text: "Sesuai?", branches: [
                Branch(label: "Ya", target: Reference("gabung"), meaning: .diterima),
                Branch(label: "Tidak", target: Reference("dua"), meaning: .perbaikan),
            ]),
            step("satu", ["satu-a", "satu-b"]),
            step("satu-a", ["gabung-satu"]),
            step("satu-b", ["gabung-satu"]),
            step("gabung-satu", ["gabung"], join: true),
            FlowStep(id: "selesai", kind: .end, lane: Reference("a"), text: "Selesai"),
        ])

    @Test func joinsAndOpenBranches() {
        let graph = FlowGraph(Self.map)
        let blocks = graph.parallelBlocks
        #expect(blocks.problems.isEmpty)
        #expect(blocks.joins == ["bagi": "gabung", "satu": "gabung-satu"])
        let open = Self.map.steps.indices.map { index in
            (blocks.open[index] ?? []).map { "\(Self.map.steps[$0.split].id)/\(Self.map.steps[$0.branch].id)" }
        }
        #expect(open == [[], [], [], ["bagi/dua"], ["bagi/dua"], ["bagi/satu"], ["bagi/satu", "satu/satu-a"],
                         ["bagi/satu", "satu/satu-b"], ["bagi/satu"], []])
        #expect(graph.closingEdges == [Digraph.Edge(from: 4, to: 3)])
    }

    @Test func dominatorsOfADiamond() {
        // 0 → 1, 0 → 2, 1 → 3, 2 → 3, 3 → 1
        let graph = Digraph(successors: [[1, 2], [3], [3], [1], []])
        let idom = graph.immediateDominators(roots: [0])
        #expect(idom == [-1, 0, 0, 0, nil])
        let dominance = Digraph.Dominance(idom)
        let pairs = (0..<5).flatMap { a in (0..<5).map { (a, $0) } }.filter { dominance.dominates($0.0, $0.1) }
        #expect(pairs.map { "\($0.0)>\($0.1)" } == ["0>0", "0>1", "0>2", "0>3", "1>1", "2>2", "3>3"])
    }

    @Test("A default scenario's expected visits: every branch once, the join once, the inner loop more")
    func expectedVisits() {
        let visits = DefaultScenario.Plan.expectedVisits(Self.map.steps, branches: [
            BranchProbabilities(decision: Reference("cek"), probabilities: [
                BranchProbability(branch: "diterima", probability: 0.75), BranchProbability(branch: "perbaikan", probability: 0.25)]),
        ], shares: AssignmentShares())
        // dua and cek are visited 1 / 0.75 times (the perbaikan loop inside the branch).
        let expected: [Double] = [1, 1, 1, 4.0 / 3, 4.0 / 3, 1, 1, 1, 1, 1]
        #expect(zip(visits, expected).allSatisfy { abs($0 - $1) < 1e-9 }, "\(visits)")
    }
}
