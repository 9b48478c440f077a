import ProbisModel
import ProbisRules
import Testing

/// Values that are assumptions rather than the regulation text are marked `assumed:` in the data.
struct AssumptionTests {
    static var types: [OrganizationType] { ShippedLibrary.library.organizationTypes }

    /// No text gives how many people hold a position, except Perwal Kota Jambi 13/2025 Lampiran huruf A angka 1,
    /// which names the three Asisten of the Sekretariat Daerah.
    @Test func everyWrittenHeadcountIsMarkedUnlessTheTextGivesIt() {
        let unmarked = Self.types.flatMap { type in
            type.positions.filter { $0.headcount != 1 && !$0.assumed.contains("headcount") }.map { "\(type.header.id) \($0.id)" }
        }
        #expect(unmarked == ["kota-jambi.sekretariat-daerah asisten"])
    }

    /// Pergub Jambi 9/2024, Perwal Kota Jambi 13/2025 and Pergub Banten 19/2023 name no Jabatan Fungsional grade
    /// (no "Ahli Utama", "Ahli Madya", "Ahli Muda" or "Ahli Pertama" in their texts), so every JF grade there is assumed.
    @Test func jfGradesOfTextsWithoutGradesAreMarked() {
        let unmarked = Self.types.filter { ["prov-jambi", "kota-jambi", "banten"].contains($0.header.region?.id.rawValue) }
            .flatMap { type in
                type.positions.filter { $0.tier.isFunctional && !$0.assumed.contains("tier") }.map { "\(type.header.id) \($0.id)" }
            }
        #expect(unmarked == [])
    }

    /// Perbup Bungo 15/2024 Pasal 16, 19, 22 and 25 ayat (2) name each JF grade's kedudukan: none is assumed.
    @Test func bungoGradesAreFromTheText() {
        let marked = Self.types.filter { $0.header.region?.id.rawValue == "bungo" }
            .flatMap { type in type.positions.filter { $0.assumed.contains("tier") }.map { "\(type.header.id) \($0.id)" } }
        #expect(marked == [])
    }

    /// Coverage lists the assumptions under each text, with the level-0 categories the texts do not give.
    @Test func coverageListsTheAssumptionsPerText() throws {
        let banten = try #require(CoverageLibraryTests.report.sources.first { $0.region == "banten" })
        let levelZero = banten.assumptions.filter { $0.document == "banten.sistem-kerja.level-0" }
        #expect(levelZero.map(\.element) == ["process '01'", "process '02'"])
        #expect(levelZero.map(\.keys) == [["category"], ["category"]])
        #expect(CoverageLibraryTests.report.sources.allSatisfy { !$0.assumptions.isEmpty })
    }
}
