import Foundation
import ProbisTestSupport
import ProbisModel
import ProbisRender
import ProbisYAML
import Testing

/// Fixtures, snapshots and the `probis` executable for the rendering tests.
enum Support {
    /// This test target's folder.
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The fixture library: one document of every kind that is drawn.
    static let libraryFolder = tests.appendingPathComponent("Fixtures/library").path

    /// The fixture library, loaded once.
    static let plan: RenderPlan = {
        let loaded = LibraryLoader.load(paths: [libraryFolder])
        precondition(loaded.diagnostics.isEmpty, "fixture library has problems: \(loaded.diagnostics)")
        return RenderPlan(library: loaded.library, mapsRoot: libraryFolder)
    }()

    /// The DOT text of a fixture diagram.
    static func dot(_ id: String) throws -> String {
        let diagram = try #require(plan.diagrams.first { $0.id == id })
        return try #require(DOTEncoder(plan: plan).encode(diagram))
    }

    /// The `probis` binary built next to the test bundle.
    static var executable: URL {
        let candidate = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("probis")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("probis")
    }

    /// A worker pool of the built `probis`.
    static var pool: WorkerPool { WorkerPool(executable: executable, width: 2) }

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("probis-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Compares text with a snapshot file in `Snapshots/`; with `RECORD_SNAPSHOTS=1` writes it instead.
    static func expectSnapshot(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try Snapshot.expect(text, file: tests.appendingPathComponent("Snapshots").appendingPathComponent(name), sourceLocation: sourceLocation)
    }

    /// What a run of `probis` printed and how it ended.
    typealias Output = ProcessOutput

    /// Runs `probis` with arguments and waits for it.
    static func run(_ arguments: [String]) throws -> Output {
        try ProcessOutput.run(executable, arguments)
    }
}
