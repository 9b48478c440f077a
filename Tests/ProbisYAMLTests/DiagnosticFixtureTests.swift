import Foundation
import ProbisModel
import ProbisYAML
import Testing

/// Each folder under `Fixtures/diagnostics/` holds ProcessMaps files with one kind of problem and
/// `expected.txt`: the exact diagnostics, one per line, with paths relative to the folder.
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
        let actual = diagnostics.map { $0.description.replacingOccurrences(of: folder + "/", with: "") }
        let expected = try String(contentsOfFile: folder + "/expected.txt", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(actual == expected)
    }
}
