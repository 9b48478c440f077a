import ProbisModel
import Testing

struct FlowGraphTests {
    /// mulai → kerja → cek ◇ (Ya → selesai, Tidak → kerja); yatim is unreachable and a dead end.
    static let map = CrossFunctionalMap(
        lanes: [Lane(id: "a", title: "Pihak A")],
        steps: [
            FlowStep(id: "mulai", kind: .start, lane: Reference("a"), text: "Mulai", next: [Reference("kerja")]),
            FlowStep(id: "kerja", lane: Reference("a"), stage: .pelaksanaan, text: "bekerja", next: [Reference("cek")]),
            FlowStep(id: "cek", kind: .decision, lane: Reference("a"), stage: .evaluasi, text: "Sesuai?", branches: [
                Branch(label: "Ya", target: Reference("selesai"), meaning: .diterima),
                Branch(label: "Tidak", target: Reference("kerja"), meaning: .perbaikan),
            ]),
            FlowStep(id: "yatim", lane: Reference("a"), text: "tidak terjangkau"),
            FlowStep(id: "selesai", kind: .end, lane: Reference("a"), text: "Selesai"),
        ])

    let graph = FlowGraph(map)

    @Test func queries() {
        #expect(graph.reachableSteps.map(\.id) == ["mulai", "kerja", "cek", "selesai"])
        #expect(graph.unreachableSteps.map(\.id) == ["yatim"])
        #expect(graph.deadEnds.map(\.id) == ["yatim"])
        #expect(graph.trappedSteps.isEmpty)
    }

    @Test func perbaikanLoopPassesThroughADecision() {
        let cycles = graph.cycles
        #expect(cycles.count == 1)
        #expect(cycles[0].steps.map(\.id) == ["kerja", "cek"])
        #expect(cycles[0].throughDecision)
        #expect(graph.loopEdges == [Digraph.Edge(from: 2, to: 1)])
    }

    @Test func topologicalOrderOfTheAcyclicPart() {
        #expect(graph.topologicalOrder.map(\.id) == ["mulai", "kerja", "cek", "yatim", "selesai"])
        #expect(graph.columns == ["mulai": 0, "kerja": 1, "cek": 2, "yatim": 0, "selesai": 3])
    }

    @Test func activitiesByStage() {
        #expect(Self.map.activities(in: .pelaksanaan).map(\.id) == ["kerja"])
        #expect(Self.map.activities(in: .evaluasi).isEmpty)
    }
}
