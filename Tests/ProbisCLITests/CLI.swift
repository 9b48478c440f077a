import Foundation
import ProbisTestSupport
import Testing

/// Runs the built `probis` executable and captures what it prints.
enum CLI {
    /// What a run printed and how it ended.
    typealias Output = ProcessOutput

    /// The package's root folder.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// This test target's folder.
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The `probis` binary next to the test bundle.
    static var executable: URL {
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidate = bundle.appendingPathComponent("probis")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("probis")
    }

    /// Runs `probis` with arguments in a folder.
    static func run(_ arguments: [String], in folder: URL) throws -> Output {
        try ProcessOutput.run(executable, arguments, in: folder)
    }

    /// Compares text with a snapshot file in `Snapshots/`; with `RECORD_SNAPSHOTS=1` writes it instead.
    static func expectSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try Snapshot.expect(text, file: tests.appendingPathComponent("Snapshots").appendingPathComponent(name), sourceLocation: sourceLocation)
    }
}
