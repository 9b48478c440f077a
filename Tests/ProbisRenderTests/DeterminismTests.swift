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

    @Test func theWorkerRendersAFlatGraphLikeTheDotCommand() throws {
        let viaWorker = try Support.pool.render([RenderJob(id: "g", dot: "digraph G { a -> b }", formats: [.svg])])[0].get()
        let svg = String(decoding: try #require(viaWorker[.svg]), as: UTF8.self)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"))
        #expect(svg.contains("<title>a&#45;&gt;b</title>"))
    }
}

/// A map's SVG does not depend on which other formats the same worker renders (the worker's memory layout
/// differs with its arguments, and Graphviz orders clusters by address; see `SVGClusterOrder`).
@Suite struct FormatIndependenceTests {
    @Test func theSVGIsTheSameWhateverElseIsAskedFor() throws {
        let dot = try Support.dot("kaltim.penunjukan-uji")
        let results = Support.pool.render([
            RenderJob(id: "svg", dot: dot, formats: [.svg]),
            RenderJob(id: "svg+png", dot: dot, formats: [.svg, .png]),
            RenderJob(id: "pdf+svg", dot: dot, formats: [.pdf, .svg]),
        ]).map { try? $0.get()[.svg] }
        #expect(results[0] != nil)
        #expect(results[1] == results[0])
        #expect(results[2] == results[0])
    }
}
