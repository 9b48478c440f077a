import ProbisModel
import ProbisRender
import ProbisYAML
import Testing

/// Golden DOT of a peta lintas fungsi with a parallel split and join (`Fixtures/parallel`, read together with
/// the fixture library for its region and artifacts).
@Suite struct ParallelDOTTests {
    static let folder = Support.tests.appendingPathComponent("Fixtures/parallel").path

    static let plan: RenderPlan = {
        let loaded = LibraryLoader.load(paths: [Support.libraryFolder, folder])
        precondition(loaded.diagnostics.isEmpty, "parallel fixture has problems: \(loaded.diagnostics)")
        return RenderPlan(library: loaded.library, mapsRoot: Support.libraryFolder)
    }()

    @Test func splitAndJoinGoldenDOT() throws {
        let diagram = try #require(Self.plan.diagrams.first { $0.id == "kaltim.paralel-uji" })
        let dot = try #require(DOTEncoder(plan: Self.plan).encode(diagram))
        try Support.expectSnapshot(dot, named: "kaltim.paralel-uji.dot")
    }
}
