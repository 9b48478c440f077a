import Foundation
import ProbisModel
import ProbisYAML
import Testing

/// Each folder under `Fixtures/diagnostics/` holds ProcessMaps files with one kind of problem and
/// `expected.txt`: the exact diagnostics with their codes, one per line, with paths relative to the folder
/// (`RECORD_SNAPSHOTS=1` rewrites them).
struct DiagnosticFixtureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/diagnostics")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
    }

    @Test("Every diagnostic kind is reported with its full located text", arguments: cases)
    func fixture(_ name: String) throws {
        let folder = Self.root.appendingPathComponent(name).path
        let loaded = LibraryLoader.load(paths: [folder])
        let diagnostics = (loaded.diagnostics + Validator.validate(loaded.library)).sorted()
        let actual = diagnostics.map { $0.codedDescription.replacingOccurrences(of: folder + "/", with: "") }
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try (actual.joined(separator: "\n") + "\n").write(toFile: folder + "/expected.txt", atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: folder + "/expected.txt", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(actual == expected)
    }
}
