import ProbisModel
import ProbisRules
import Testing

/// Passages of one text that disagree: the region profile chooses the reading, the rules follow it, coverage shows it.
struct ConflictTests {
    /// The rule diagnostics of the shipped library when one profile reads another passage of one of its conflicts.
    static func diagnostics(reading item: String, of conflict: String, in region: String) -> [String] {
        let profiles = RegionProfile.standard.map { $0.id == region ? $0.choosing(item, for: conflict) : $0 }
        return RuleBook(rules: RuleBook.standard.rules, profiles: profiles).check(ShippedLibrary.library)
            .map { $0.description.replacingOccurrences(of: ShippedLibrary.repository.path + "/", with: "") }
    }

    /// The readings the data uses, by region and conflict.
    @Test func theProfilesChooseTheReadingsTheDataUses() {
        let chosen = RegionProfile.standard.flatMap { profile in profile.conflicts.map { "\(profile.id) \($0.id): \($0.chosen)" } }
        #expect(chosen == [
            "kota-jambi penetapan-penugasan: Lampiran huruf B",
            "banten penerima-laporan-ketua-tim: Pasal 14 ayat (2)",
            "kaltim penerima-laporan-ketua-tim: Lampiran I BAB II angka 2 huruf d angka 2) huruf b)",
        ])
    }

    /// Pergub Kaltim 50/2023 Pasal 18 ayat (2) huruf b: "ketua tim melaporkan pelaksanaan tugas tim kerja kepada Pejabat
    /// Penilai Kinerja secara berkala". Read that way, the reports that the data (following the Lampiran) sends to the
    /// Pimpinan Unit Organisasi, and the Inspektorat chain that ends with the Inspektur, are flagged.
    @Test func kaltimReadingPasal18FlagsTheLampiranRecipient() {
        let found = Self.diagnostics(reading: "Pasal 18 ayat (2) huruf b", of: "penerima-laporan-ketua-tim", in: "kaltim")
        let reading = "which is not the Pejabat Penilai Kinerja that Pasal 18 ayat (2) huruf b names (\"ketua tim melaporkan pelaksanaan tugas tim kerja kepada Pejabat Penilai Kinerja secara berkala\") [Pergub Kaltim 50/2023 Pasal 18 ayat (2) huruf b]"
        #expect(found == [
            "ProcessMaps/kaltim/mekanisme/inspektorat-pertanggungjawaban-tim.yaml:81:36: error: the ketua tim's report ends in lane 'inspektur', \(reading)",
            "ProcessMaps/kaltim/mekanisme/pertanggungjawaban-tim.yaml:50:36: error: the ketua tim's report ends in lane 'pimpinan', \(reading)",
        ])
    }

    /// Pergub Banten 19/2023 Lampiran huruf B angka 4 huruf b angka 2: "Ketua Tim melaporkan pelaksanaan tugas tim kerja
    /// kepada Pejabat Penilai Kinerja" — read that way, the data's Pejabat Pemilik Kinerja (Pasal 14 ayat (2)) is flagged.
    @Test func bantenReadingTheLampiranFlagsThePemilikKinerja() {
        let found = Self.diagnostics(reading: "Lampiran huruf B angka 4 (Pertanggungjawaban Pelaksanaan Tugas) huruf b angka 2",
                                     of: "penerima-laporan-ketua-tim", in: "banten")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("ProcessMaps/banten/mekanisme/pertanggungjawaban-tim.yaml:") == true)
    }

    /// Perwal Kota Jambi 13/2025 Pasal 9 ayat (4): "ditetapkan oleh Pejabat Penilai Kinerja atau Pimpinan Unit
    /// Organisasi". Every mechanism passes through such a lane, so the data satisfies this reading as well.
    @Test func kotaJambiDataSatisfiesBothReadings() {
        #expect(Self.diagnostics(reading: "Pasal 9 ayat (4)", of: "penetapan-penugasan", in: "kota-jambi") == [])
    }

    /// Coverage shows each conflict under its text with every passage and the reading chosen.
    @Test func coverageShowsTheConflicts() throws {
        let kaltim = try #require(CoverageLibraryTests.report.sources.first { $0.region == "kaltim" })
        #expect(kaltim.conflicts.map(\.id) == ["penerima-laporan-ketua-tim"])
        #expect(kaltim.conflicts.first?.passages.map(\.item) == ["Pasal 18 ayat (2) huruf b", "Lampiran I BAB II angka 2 huruf d angka 2) huruf b)"])
        #expect(kaltim.conflicts.first?.chosen == "Lampiran I BAB II angka 2 huruf d angka 2) huruf b)")
        let counts = CoverageLibraryTests.report.sources.map { "\($0.region ?? "-") \($0.conflicts.count)" }
        #expect(counts == ["prov-jambi 0", "kota-jambi 1", "bungo 0", "banten 1", "kaltim 1"])
    }
}
