import Foundation
import ProbisModel
import ProbisYAML
import Testing

/// The default scenarios of a small library (`Fixtures/default-scenarios/library`), written by the
/// ProcessMaps writer, against the expected files in `Fixtures/default-scenarios/expected` (re-recorded
/// with `RECORD_SNAPSHOTS=1`).
struct DefaultScenarioTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/default-scenarios")
    static let pairs = [
        DefaultScenario.Pair(before: "uji.kantor-a", after: "uji.kantor-b", scenario: "uji.kantor-b.dari-a",
                             conversions: [.init(from: "kasubbag", to: "jf")]),
    ]

    static func generate(pairs: [DefaultScenario.Pair] = Self.pairs) -> [DefaultScenario.Generated] {
        let loaded = LibraryLoader.load(paths: [root.appendingPathComponent("library").path])
        return DefaultScenario.scenarios(for: loaded.library, pairs: pairs)
    }

    @Test("Each organization type's default scenario and the pair's after scenario, as whole YAML texts")
    func expectedTexts() throws {
        let generated = Self.generate()
        #expect(generated.map(\.path) == [
            "scenarios/uji/kantor-a.yaml", "scenarios/uji/kantor-b.yaml", "scenarios/uji/kantor-b.dari-a.yaml",
        ])
        for item in generated {
            let text = ProcessMapsEncoder.encode(.scenario(item.scenario))
            let file = Self.root.appendingPathComponent("expected").appendingPathComponent(item.path)
            if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: file, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: file, encoding: .utf8)
            #expect(text == expected, "\(item.path) differs; re-record with RECORD_SNAPSHOTS=1")
        }
    }

    @Test("A generated scenario reads back as the same value and validates clean")
    func readsBackAndValidates() throws {
        let generated = Self.generate()
        var documents = LibraryLoader.load(paths: [Self.root.appendingPathComponent("library").path]).library.documents
        for item in generated {
            let read = ProcessMapsDecoder.decode(text: ProcessMapsEncoder.encode(.scenario(item.scenario)), file: item.path)
            #expect(read.diagnostics.isEmpty)
            guard case let .scenario(scenario)? = read.document else {
                Issue.record("\(item.path) is not a scenario")
                continue
            }
            #expect(scenario == item.scenario)
            documents.append(.scenario(scenario))
        }
        #expect(Validator.validate(Library(documents: documents)).map(\.description) == [])
    }

    @Test("A pair whose organization types are not both in the library is left out")
    func pairNeedsBothTypes() {
        let missing = DefaultScenario.Pair(before: "uji.kantor-a", after: "uji.kantor-c", scenario: "uji.kantor-c.dari-a",
                                           conversions: [])
        #expect(Self.generate(pairs: [missing]).map(\.scenario.header.id) == ["uji.kantor-a.bawaan", "uji.kantor-b.bawaan"])
    }

    @Test("The working hours of the standard calendar in its 365 days")
    func workingHours() {
        #expect(DefaultScenario.Assumptions.standard.calendar.workingSeconds(days: 365) == 2_106 * 3_600)
    }
}
