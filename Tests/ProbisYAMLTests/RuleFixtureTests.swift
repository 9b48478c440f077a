import Foundation
import ProbisModel
import ProbisRules
import ProbisYAML
import Testing

/// Each folder under `Fixtures/rules/` holds, for one regional rule, a document that passes every check
/// (`pass/`) and one that breaks the rule (`fail/`, with the exact diagnostics and their codes in `expected.txt`; `RECORD_SNAPSHOTS=1` rewrites them). The
/// documents belong to test regions under `_base/` whose rule profiles are the five regions'.
struct RuleFixtureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/rules")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { $0 != "_base" }.sorted()
    }

    static func diagnostics(_ folder: String) -> [String] {
        let loaded = LibraryLoader.load(paths: [root.appendingPathComponent("_base").path, folder])
        let all = loaded.diagnostics + Validator.validate(loaded.library) + RuleBook.standard.check(loaded.library)
        return all.sorted().map { $0.codedDescription.replacingOccurrences(of: folder + "/", with: "") }
    }

    @Test("The passing fixture of each rule is clean", arguments: cases)
    func passes(_ name: String) {
        #expect(Self.diagnostics(Self.root.appendingPathComponent("\(name)/pass").path) == [])
    }

    @Test("The failing fixture of each rule gives exactly its diagnostic", arguments: cases)
    func fails(_ name: String) throws {
        let folder = Self.root.appendingPathComponent("\(name)/fail").path
        try ExpectedFile.expect(Self.diagnostics(folder), in: folder)
    }

    @Test func everyProvisionNamesARuleAndEveryProfileItsText() {
        let ids = Set(RuleBook.standard.rules.map(\.id))
        let unknown = RegionProfile.standard.flatMap { profile in profile.provisions.keys.filter { !ids.contains($0) }.map { "\(profile.id): \($0)" } }
        #expect(unknown == [])
        let texts = Self.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/regulations")
        let shipped = Set((try? FileManager.default.contentsOfDirectory(atPath: texts.path)) ?? [])
        #expect(RegionProfile.knownTexts.subtracting(shipped).sorted() == [])
    }

    @Test func everyRuleHasFixtures() {
        let covered = Set(Self.cases.map { $0.replacingOccurrences(of: "-bungo", with: "") })
        #expect(RuleBook.standard.rules.map(\.id).filter { !covered.contains($0) } == [])
    }
}
