import ProbisRender
import Testing

/// A map's bytes do not depend on what else is rendered: each render runs in a fresh worker process.
@Suite struct DeterminismTests {
    @Test func renderingAThenBThenAGivesTheSameBytesForA() throws {
        let a = RenderJob(id: "a", dot: try Support.dot("kaltim.pd-uji"), formats: [.svg, .png])
        let b = RenderJob(id: "b", dot: try Support.dot("kaltim.penunjukan-uji"), formats: [.svg, .png])
        let pool = Support.pool
        let first = try pool.render([a])[0].get()
        let other = try pool.render([b])[0].get()
        let again = try pool.render([a])[0].get()
        #expect(first[.svg] == again[.svg])
        #expect(first[.png] == again[.png])
        #expect(first[.svg] != other[.svg])
        let batch = pool.render([a, b, a]).map { try? $0.get() }
        #expect(batch[0] == first)
        #expect(batch[2] == first)
    }

    @Test func theWorkerMatchesAnInProcessFirstRenderForAFlatGraph() throws {
        let dot = "digraph G { a -> b -> c; a -> c }"
        let viaWorker = try Support.pool.render([RenderJob(id: "g", dot: dot, formats: [.svg])])[0].get()
        let inProcess = try Graphviz.render(dot: dot, formats: [.svg])
        #expect(viaWorker[.svg] == inProcess[.svg])
    }
}
