import Foundation
import ProbisModel
import ProbisYAML
import Testing

/// Each folder under `Fixtures/root-cause/` holds ProcessMaps files with one bad value, and `expected.txt`:
/// what `probis validate` reports, root causes first (``LoadedLibrary/diagnostics(with:)``), with codes
/// and paths relative to the folder (`RECORD_SNAPSHOTS=1` rewrites them).
struct RootCauseFixtureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/root-cause")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
    }

    @Test("One bad value gives one error; what follows from it is counted in one note", arguments: cases)
    func fixture(_ name: String) throws {
        let folder = Self.root.appendingPathComponent(name).path
        let loaded = LibraryLoader.load(paths: [folder])
        let diagnostics = loaded.diagnostics(with: Validator.validate(loaded.library) + RuleBook.standard.check(loaded.library))
        let actual = diagnostics.map { $0.codedDescription.replacingOccurrences(of: folder + "/", with: "") }
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try (actual.joined(separator: "\n") + "\n").write(toFile: folder + "/expected.txt", atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: folder + "/expected.txt", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(actual == expected)
    }
}
