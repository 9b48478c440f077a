import Foundation
import ProbisModel
import ProbisRules
import ProbisYAML
import Testing
import Yams

/// The shipped regulation library in `ProcessMaps/`.
enum ShippedLibrary {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let loaded = LibraryLoader.load(paths: [repository.appendingPathComponent("ProcessMaps").path])
    static var library: Library { loaded.library }

    /// Expected (actor, action) pairs per organization type and stage, typed from the regulation texts
    /// (`Fixtures/stages/<region>.yaml`), independently of the ProcessMaps data.
    static let expectations: [String: [String: [[String]]]] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/stages")
        var all: [String: [String: [[String]]]] = [:]
        for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where file.hasSuffix(".yaml") {
            let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
            let decoded = (try? YAMLDecoder().decode([String: [String: [[String]]]].self, from: text)) ?? [:]
            all.merge(decoded) { first, _ in first }
        }
        return all
    }()
}

struct LibraryTests {
    @Test func everyOrganizationTypeDerivesAnOrganizationThatValidates() {
        let library = ShippedLibrary.library
        let derived = library.organizationTypes.map { type -> Document in
            var organization = Organization.derived(from: type)
            organization.header.id = DocumentID(type.header.id.rawValue + ".organisasi-bawaan")
            return .organization(organization)
        }
        let problems = Validator.validate(Library(documents: library.documents + derived))
        #expect(problems.map(\.codedDescription) == [])
        for case let .organization(organization) in derived {
            let type = library.organizationType(organization.type.id)!
            let people = organization.people(of: type)
            #expect(people.persons.count == type.positions.reduce(0) { $0 + $1.headcount }, "\(type.header.id)")
            #expect(people.persons.filter { $0.superior == nil }.map(\.position) == type.heads.map(\.id), "\(type.header.id)")
        }
    }

    @Test func theWholeLibraryValidatesClean() {
        let library = ShippedLibrary.library
        let diagnostics = ShippedLibrary.loaded.diagnostics + Validator.validate(library) + RuleBook.standard.check(library)
        #expect(diagnostics.map(\.description) == [])
    }

    @Test func everyOrganizationTypeHasStageExpectations() {
        let types = Set(ShippedLibrary.library.organizationTypes.map(\.header.id.rawValue))
        #expect(types.subtracting(ShippedLibrary.expectations.keys).sorted() == [])
        #expect(Set(ShippedLibrary.expectations.keys).subtracting(types).sorted() == [])
    }

    static var typeIDs: [String] { ShippedLibrary.library.organizationTypes.map(\.header.id.rawValue).sorted() }

    @Test("Each stage is step-exact to the regulation text", arguments: typeIDs)
    func stagesMatchTheText(_ id: String) throws {
        let type = try #require(ShippedLibrary.library.organizationType(DocumentID(id)))
        let flow = try #require(type.flow)
        let ordered = FlowGraph(flow).topologicalOrder
        for stage in Stage.allCases {
            let actual = ordered.filter { $0.stage == stage && $0.kind == .activity }.map { step in
                [flow.lane(step.lane.id)?.title ?? step.lane.id.rawValue, step.text]
            }
            let expected = ShippedLibrary.expectations[id]?[stage.rawValue] ?? []
            #expect(actual == expected, "\(id) \(stage.rawValue)")
        }
    }

    @Test func kaltimExamplesFromTheIssue() throws {
        let tipe3 = try #require(ShippedLibrary.library.organizationType("kaltim.pd-tipe-3")?.flow)
        let planning = tipe3.activities(in: .perencanaan)
        #expect(planning.count == 6)
        #expect(tipe3.lane(planning[0].lane.id)?.title == "Kepala Perangkat Daerah")
        #expect(planning[0].text == "menyusun dan menetapkan perjanjian kinerja dan sasaran kinerja pegawai")
        let evaluation = tipe3.activities(in: .evaluasi)
        #expect(evaluation.count == 2)
        #expect(tipe3.lane(evaluation[1].lane.id)?.title == "Kepala Perangkat Daerah")
        #expect(evaluation[1].text.hasPrefix("meninjau atau menerima hasil pelaksanaan kegiatan"))
        let sekolah = try #require(ShippedLibrary.library.organizationType("kaltim.sekolah")?.flow)
        #expect(sekolah.activities(in: .evaluasi).count == 1)
    }
}

struct CoverageLibraryTests {
    static let report: CoverageReport = {
        let folder = ShippedLibrary.repository.appendingPathComponent("docs/regulations")
        var texts: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".txt") {
            texts[name] = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return CoverageReport(library: ShippedLibrary.library, rules: .standard, texts: texts)
    }()

    @Test func everyTextHasItsRegulationAndRules() {
        #expect(Self.report.sources.map(\.source) == [
            "000_b5ab6e6dab46e1d6.txt", "001_a4520ef57136d051.txt", "002_1e57fa4463b1ba41.txt",
            "003_a9c4be2afb80f6cd.txt", "004_c6d99ee64fe95462.txt",
        ])
        #expect(Self.report.sources.map(\.region) == ["prov-jambi", "kota-jambi", "bungo", "banten", "kaltim"])
        #expect(Self.report.sources.allSatisfy { !$0.rules.isEmpty && !$0.pasalInText.isEmpty })
    }

    @Test func everyOrganizationTypeAndMechanismIsListedAsEncoded() {
        let listed = Set(Self.report.sources.flatMap(\.documents).map(\.id))
        let encoded = ShippedLibrary.library.documents
            .filter { ($0.kind == .organizationType || $0.kind == .petaLintasFungsi) && $0.header.source != nil }
            .map(\.id.rawValue)
        #expect(encoded.count >= 79) // 37 organization types and 42 mechanism maps when written
        #expect(encoded.filter { !listed.contains($0) } == [])
    }

    @Test func everyCitedItemPointsAtAnElement() {
        for source in Self.report.sources {
            #expect(source.items.allSatisfy { !$0.elements.isEmpty })
            #expect(Set(source.pasalNotEncoded).isDisjoint(with: source.pasalEncoded))
        }
    }
}
