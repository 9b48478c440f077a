import Foundation
import ProbisModel
import ProbisRules
import ProbisYAML
import Testing

/// Each folder under `Fixtures/root-cause/` holds ProcessMaps files with one bad value, and `expected.txt`:
/// what `probis validate` reports, root causes first (``LoadedLibrary/diagnostics(with:)``), with codes
/// and paths relative to the folder (`RECORD_SNAPSHOTS=1` rewrites them).
struct RootCauseFixtureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/root-cause")

    @Test("One bad value gives one error; what follows from it is counted in one note", arguments: ExpectedFile.folders(in: "root-cause"))
    func fixture(_ name: String) throws {
        let folder = Self.root.appendingPathComponent(name).path
        let loaded = LibraryLoader.load(paths: [folder])
        let diagnostics = loaded.diagnostics(with: Validator.validate(loaded.library) + RuleBook.standard.check(loaded.library))
        try ExpectedFile.expect(diagnostics.map { $0.codedDescription.replacingOccurrences(of: folder + "/", with: "") }, in: folder)
    }
}
