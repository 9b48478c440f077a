import ProbisModel
import ProbisRules
import ProbisSimulation
import ProbisTables
import ProbisYAML
import Testing

/// `probis reorganize --scenario` of the example's ABK scenario: the Anjab-ABK table carried over to
/// Tipe 1 keeps every row and its workload, names the after organization's jabatan and steps, and its
/// scenario validates and simulates.
struct AbkReorganizationTests {
    /// The example's ABK scenario reorganized to Tipe 1.
    func reorganized() throws -> (result: Reorganization, scenario: Scenario) {
        let (scenario, _, _) = try ExampleLibrary.abkScenario()
        var result = try Reorganization(organization: "kaltim.contoh.dinas-kesehatan", to: "kaltim.pd-tipe-1", in: ExampleLibrary.library, scenario: scenario)
        try result.carryOver(scenario)
        return (result, try #require(result.scenario))
    }

    /// Beban kerja in hours a year per unit id, and per `unit/position`, of a table resolved against an
    /// organization.
    func hours(_ table: AbkTable, organization: Organization, type: OrganizationType) throws -> (units: [String: Double], positions: [String: Double]) {
        let resolver = AbkResolver(organization: organization, type: type)
        var units: [String: Double] = [:], positions: [String: Double] = [:]
        for row in table.rows {
            let unit = try #require(resolver.unit(row.unit), "\(row.unit)")
            let position = try #require(resolver.position(row.jabatan, in: unit), "\(row.jabatan)")
            units[unit.rawValue, default: 0] += row.hoursPerYear(wkeHours: 1250)
            positions["\(unit)/\(position)", default: 0] += row.hoursPerYear(wkeHours: 1250)
        }
        return (units.mapValues { ($0 * 1000).rounded() / 1000 }, positions.mapValues { ($0 * 1000).rounded() / 1000 })
    }

    @Test func theTableKeepsEveryRowAndTheWorkloadOfEachUnit() throws {
        let (before, _, organization) = try ExampleLibrary.abkScenario()
        let (result, after) = try reorganized()
        let table = try #require(after.abk?.loaded)
        let old = try #require(before.abk?.loaded)
        #expect(table.rows.count == old.rows.count)
        #expect(zip(table.rows, old.rows).allSatisfy { $0.uraianTugas == $1.uraianTugas && $0.volume == $1.volume && $0.normaMinutes == $1.normaMinutes && $0.period == $1.period })
        let was = try hours(old, organization: organization, type: result.beforeType)
        let now = try hours(table, organization: result.organization, type: result.afterType)
        // Per unit, computed independently from the CSV (volume × periods a year × norma waktu).
        let byHand: [String: Double] = ["dinas": 1099, "sekretariat": 9207.667, "kesmas": 5390, "p2p": 11317, "yankes": 6583, "sdk": 3518]
        #expect(was.units == byHand)
        #expect(now.units == byHand)
        // The Kepala Seksi of P2P became a JF Ahli Muda of P2P with his hours: the JF's own 6 × 12 × 20 h +
        // 1 × 12 × 3 h, and the Kepala Seksi's 30 × 12 × 2 h + 12 × 24 h; nobody is left in a Pengawas post.
        #expect(now.positions["p2p/jf-ahli-muda"] == 2484)
        #expect(now.positions["p2p/jf-ahli-muda"] == (was.positions["p2p/jf-ahli-muda"] ?? 0) + (was.positions["p2p/kasubbag"] ?? 0))
        #expect(now.positions.keys.filter { $0.hasSuffix("/kasubbag") }.sorted() == [])
    }

    @Test func everyRowResolvesAgainstTheAfterOrganizationAndTheScenarioValidatesAndSimulates() throws {
        let (result, after) = try reorganized()
        let table = try #require(after.abk?.loaded)
        #expect(table.problems(organization: result.organization, type: result.afterType, staffing: { after.staffing(of: $0, in: result.afterType) }).map(\.codedDescription) == [])
        let documents = [Document.organization(result.organization), .scenario(after)].map { document in
            ProcessMapsDecoder.decode(text: ProcessMapsEncoder.encode(document), file: "\(document.id).yaml")
        }
        #expect(documents.flatMap(\.diagnostics).map(\.codedDescription) == [])
        var written = documents.compactMap(\.document)
        if case var .scenario(scenario) = written[1] {
            scenario.abk?.loaded = table
            written[1] = .scenario(scenario)
        }
        let library = Library(documents: ExampleLibrary.library.documents.filter { document in !written.contains { $0.id == document.id } } + written)
        #expect((Validator.validate(library) + RuleBook.standard.check(library)).filter { $0.severity == .error }.map(\.codedDescription) == [])
        var simulated = try #require(library.scenario(after.header.id))
        simulated.replications = 2
        let run = try Simulator.run(SimulationModel.compile(simulated, in: library), threads: 2)
        #expect(run.results.count == 2)
        #expect(run.results.allSatisfy { $0.resources.contains { $0.utilization > 0 } })
    }

    @Test func aJabatanWithoutAConversionTargetIsALocatedError() throws {
        var (scenario, _, _) = try ExampleLibrary.abkScenario()
        let cell = SourceLocation(file: "dinas-kesehatan-abk.csv", line: 70, column: 17)
        // The Dinas unit has no Kepala Sub Bagian to convert, and Tipe 1 has no such position.
        scenario.abk?.loaded?.rows.append(AbkRow(unit: "Dinas Kesehatan", jabatan: "Kepala Sub Bagian", uraianTugas: "Menyusun laporan",
                                                 volume: 1, period: .bulan, normaMinutes: 60, cells: [.jabatan: cell]))
        var result = try Reorganization(organization: "kaltim.contoh.dinas-kesehatan", to: "kaltim.pd-tipe-1", in: ExampleLibrary.library, scenario: scenario)
        #expect(throws: ReorganizationError(.error(.reorganizeAbkJabatan, at: cell,
            "jabatan 'Kepala Sub Bagian' (kasubbag) of unit 'dinas' has no place in 'kaltim.pd-tipe-1': it is not a position of that type and \(result.rule.provision) converts no holder of it in this unit"))) {
            try result.carryOver(scenario)
        }
    }

    @Test func theWrittenTableReadsBackToTheSameRows() throws {
        let (result, after) = try reorganized()
        let rows = try #require(result.abkRows)
        let text = AbkTableWriter.csv(rows.map(\.row), notes: rows.map(\.note))
        let read = try AbkTableReader.read(text: text, file: "after.csv")
        #expect(read.rows == after.abk?.loaded?.rows)
    }
}
