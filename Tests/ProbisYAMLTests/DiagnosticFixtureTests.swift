import Foundation
import ProbisModel
import ProbisYAML
import Testing

/// Each folder under `Fixtures/diagnostics/` holds ProcessMaps files with one kind of problem and
/// `expected.txt`: the exact diagnostics with their codes, one per line, with paths relative to the folder
/// (`RECORD_SNAPSHOTS=1` rewrites them).
struct DiagnosticFixtureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/diagnostics")

    @Test("Every diagnostic kind is reported with its full located text", arguments: ExpectedFile.folders(in: "diagnostics"))
    func fixture(_ name: String) throws {
        let folder = Self.root.appendingPathComponent(name).path
        let loaded = LibraryLoader.load(paths: [folder])
        let diagnostics = (loaded.diagnostics + Validator.validate(loaded.library)).sorted()
        try ExpectedFile.expect(diagnostics.map { $0.codedDescription.replacingOccurrences(of: folder + "/", with: "") }, in: folder)
    }
}
