import ProbisModel
import Testing

struct DigraphTests {
    /// 0 → 1 → 2 → 3, 2 → 1 (a loop), 4 isolated, 5 → 3.
    let graph = Digraph(successors: [[1], [2], [3, 1], [], [], [3]])

    @Test func reachabilityFromTheStart() {
        #expect(graph.reachable(from: [0]) == [true, true, true, true, false, false])
        #expect(graph.coreachable(to: [3]) == [true, true, true, true, false, true])
    }

    @Test func stronglyConnectedComponents() {
        #expect(graph.stronglyConnectedComponents == [[0], [1, 2], [3], [4], [5]])
        #expect(graph.cyclicComponents == [[1, 2]])
        #expect(graph.cycle(in: [1, 2]) == [1, 2])
    }

    @Test func selfLoopIsACycle() {
        let loop = Digraph(successors: [[0, 1], []])
        #expect(loop.cyclicComponents == [[0]])
        #expect(loop.cycle(in: [0]) == [0])
    }

    @Test func backEdgesAndTopologicalOrder() {
        let back = graph.backEdges(roots: [0])
        #expect(back == [Digraph.Edge(from: 2, to: 1)])
        #expect(graph.topologicalOrder(ignoring: back) == [0, 1, 2, 4, 5, 3])
        #expect(graph.topologicalOrder() == [0, 4, 5])
        #expect(graph.longestPathDepth(roots: [0], ignoring: back) == [0, 1, 2, 3, 0, 0])
    }

    @Test func deepChainsNeedNoRecursion() {
        let count = 200_000
        let chain = Digraph(successors: (0..<count).map { $0 + 1 < count ? [$0 + 1] : [0] })
        #expect(chain.cyclicComponents.map(\.count) == [count])
        #expect(chain.backEdges(roots: [0]) == [Digraph.Edge(from: count - 1, to: 0)])
        #expect(chain.reachable(from: [0]).allSatisfy { $0 })
    }
}
