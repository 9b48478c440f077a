import Foundation
import ProbisModel
import ProbisTables
import ProbisYAML
import Testing

/// An ABK table's rows against the organization and its stage flow, and the scenario keys around it: each
/// bad input one located line.
struct AbkValidationTests {
    static let header = "unit,jabatan,uraian tugas,volume,periode,norma waktu,satuan waktu,langkah\n"

    /// The ABK findings of the example scenario with another table.
    func findings(_ rows: String) throws -> [String] {
        var (scenario, _, _) = try ExampleLibrary.abkScenario()
        scenario.abk?.loaded = try AbkTableReader.read(text: Self.header + rows, file: "abk.csv")
        return Validator.validate(scenario: scenario, in: ExampleLibrary.library)
            .filter { $0.location?.file == "abk.csv" }.map(\.codedDescription)
    }

    @Test func unitsJabatanAndStepsResolveOrSayWhy() throws {
        let found = try findings("""
            Bidang Kesmass,Pelaksana,Entri,3,bulan,30,menit,
            Bidang P2P,Pelaksana,Entri,3,bulan,30,menit,
            p2p,Kepala Seksie,Tinjau,3,bulan,30,menit,
            p2p,Pelaksana,Entri,3,bulan,30,menit,laksana-9
            p2p,Kepala Seksi,Tinjau,3,bulan,30,menit,laksana-3
            p2p,Kepala Bidang P2P,Tinjau,3,bulan,30,menit,evaluasi-2
            sdk,jf-ahli-muda,Kaji,1,bulan,20,jam,laksana-3

            """)
        #expect(found == [
            "abk.csv:2:1: error[abk-unknown-unit]: unit 'Bidang Kesmass' is not a unit of organization 'kaltim.contoh.dinas-kesehatan' (did you mean 'Bidang Kesmas'?)",
            "abk.csv:4:5: error[abk-unknown-jabatan]: jabatan 'Kepala Seksie' is not a position of organization 'kaltim.contoh.dinas-kesehatan' (type 'kaltim.pd-tipe-2') (did you mean 'Kepala Seksi'?)",
            "abk.csv:5:38: error[abk-unknown-step]: langkah 'laksana-9' is not an activity of the stage flow of 'kaltim.pd-tipe-2' (did you mean 'laksana-1'?)",
            "abk.csv:6:42: error[abk-unknown-step]: jabatan 'Kepala Seksi' does not do langkah 'laksana-3' (its lane 'jf-pelaksana' is done by jf-ahli-muda/jf-ahli-pertama/pelaksana)",
        ])
    }

    @Test func aMissingTableAndAZeroWKEAreLocatedInTheScenario() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("abk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = """
            kind: scenario
            id: contoh.abk
            title: Contoh
            organization: kaltim.contoh.dinas-kesehatan
            abk: {table: tidak-ada.csv, waktu-kerja-efektif: %@}
            workload: {shares: {individu: 1}}
            horizon: 1y

            """
        let file = folder.appendingPathComponent("s.yaml")
        try String(format: scenario, "1250h").write(to: file, atomically: true, encoding: .utf8)
        #expect(LibraryLoader.load(file: file.path).diagnostics.map(\.codedDescription) == [
            "\(file.path):5:14: error[io]: ABK table 'tidak-ada.csv' of scenario 'contoh.abk' is not a file (looked for '\(folder.path)/tidak-ada.csv')",
        ])
        try String(format: scenario, "0h").write(to: file, atomically: true, encoding: .utf8)
        #expect(LibraryLoader.load(file: file.path).diagnostics.map(\.codedDescription) == [
            "\(file.path):5:50: error[out-of-range]: 'waktu-kerja-efektif' of scenario 'contoh.abk' must be more than 0 hours a year, found '0h' (PermenPANRB 1/2020 uses 1250h)",
        ])
    }

    @Test func availabilityAndSeasonalValuesAreChecked() throws {
        let text = """
            kind: scenario
            id: contoh.musim
            title: Contoh
            organization: kaltim.contoh.dinas-kesehatan
            workload: {arrivals: {per-year: 100}}
            availability: {kepala-pd: 1.5, kepala-bidang: 0}
            seasonal: [1, 2, 3]
            durations: {default: 1h}
            horizon: 1y

            """
        #expect(ProcessMapsDecoder.decode(text: text, file: "s.yaml").diagnostics.map(\.codedDescription) == [
            "s.yaml:6:27: error[out-of-range]: availability of 'kepala-pd' in scenario 'contoh.musim' must be more than 0 and at most 1, found '1.5'",
            "s.yaml:6:47: error[out-of-range]: availability of 'kepala-bidang' in scenario 'contoh.musim' must be more than 0 and at most 1, found '0'",
            "s.yaml:7:11: error[out-of-range]: 'seasonal' of scenario 'contoh.musim' must give twelve weights (January to December), found 3",
        ])
    }

    @Test func availabilityNamesAPositionAndSeasonalNeedsAYearlyWorkload() throws {
        var (scenario, _, _) = try ExampleLibrary.abkScenario()
        scenario.abk = nil
        scenario.workload.arrivals = .interarrival(DistributionSpec(.fixed(3600)))
        scenario.availability = [PositionAvailability(position: Reference("kepala-dinas", at: SourceLocation(file: "s.yaml", line: 3, column: 3)), share: 0.5)]
        scenario.seasonal?.location = SourceLocation(file: "s.yaml", line: 4, column: 11)
        scenario.durations.fallback = DistributionSpec(.fixed(60))
        let found = Validator.validate(scenario: scenario, in: ExampleLibrary.library).filter { $0.location?.file == "s.yaml" }
        #expect(found.map(\.codedDescription) == [
            "s.yaml:3:3: error[dangling-reference]: scenario 'kaltim.contoh.dinas-kesehatan.abk' gives an availability to 'kepala-dinas', which is not a position of 'kaltim.pd-tipe-2'",
            "s.yaml:4:11: error[invalid-setting]: scenario 'kaltim.contoh.dinas-kesehatan.abk' has a 'seasonal' profile, which spreads a 'per-year' workload over the months; its arrivals come by 'interarrival'",
        ])
    }
}
