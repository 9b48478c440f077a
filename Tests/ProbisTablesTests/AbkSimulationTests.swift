import ProbisModel
import ProbisSimulation
import Testing

/// The ABK table as the simulation's workload: offered work per jabatan equals the table's beban kerja;
/// availability stretches work; a seasonal profile shapes arrivals by month.
struct AbkSimulationTests {
    /// Hours a year of the example table's rows that name a langkah, per unit/position, summed by hand.
    static let mappedByHand: [String: Double] = [
        "dinas/kepala-pd": 1 * 16 + 1 * 8 + 6 * 50 * 45 / 60 + 6 * 50 * 40 / 60,
        "sekretariat/kepala-bidang": 4 * 12 * 2 + 1 * 50 * 1 + 20 * 12 * 1,
        "sekretariat/kasubbag": 20 * 12 * 1.5,
        "sekretariat/jf-ahli-muda": 3 * 12 * 20 + 4 * 3,
        "sekretariat/jf-ahli-pertama": 5 * 12 * 4 + 6 * 12 * 16,
        "sekretariat/pelaksana": 20 * 12 * 12 + 2 * 12 * 6,
        "kesmas/kepala-bidang": 3 * 12 * 2 + 12 * 12 * 1,
        "kesmas/kasubbag": 12 * 12 * 1.5,
        "kesmas/jf-ahli-muda": 3 * 12 * 24,
        "kesmas/jf-ahli-pertama": 12 * 12 * 14 + 1 * 12 * 10,
        "kesmas/pelaksana": 12 * 12 * 5,
        "p2p/kepala-bidang": 6 * 12 * 2 + 2 * 50 * 45 / 60 + 30 * 12 * 75 / 60,
        "p2p/kasubbag": 30 * 12 * 2,
        "p2p/jf-ahli-muda": 6 * 12 * 20 + 1 * 12 * 3,
        "p2p/jf-ahli-pertama": 30 * 12 * 14 + 4 * 12 * 8,
        "p2p/pelaksana": 30 * 12 * 4,
        "yankes/kepala-bidang": 4 * 12 * 2 + 20 * 12 * 1,
        "yankes/kasubbag": 20 * 12 * 1.5,
        "yankes/jf-ahli-muda": 3 * 12 * 30,
        "yankes/jf-ahli-pertama": 20 * 12 * 12,
        "yankes/pelaksana": 20 * 12 * 4 + 2 * 12 * 8,
        "sdk/kepala-bidang": 2 * 12 * 2 + 6 * 12 * 1,
        "sdk/kasubbag": 6 * 12 * 1.5,
        "sdk/jf-ahli-pertama": 6 * 12 * 20,
        "sdk/pelaksana": 6 * 12 * 4 + 6 * 12 * 10,
    ]

    /// The part of ``mappedByHand`` that names the team step (laksana-4).
    static let teamByHand: [String: Double] = [
        "sekretariat/pelaksana": 2 * 12 * 6, "kesmas/jf-ahli-pertama": 1 * 12 * 10,
        "p2p/jf-ahli-pertama": 4 * 12 * 8, "yankes/pelaksana": 2 * 12 * 8,
    ]

    /// Busy hours per unit/position in each replication: utilization × people × the window's working hours.
    func busyHours(_ run: SimulationRun) -> [String: [Double]] {
        let model = run.model
        let available = Double(model.calendar.workingSeconds(from: 0, to: model.scenario.horizon ?? 0)) / 3600
        var hours: [String: [Double]] = [:]
        for result in run.results {
            var sums: [String: Double] = [:]
            for (resource, outcome) in zip(model.resources, result.resources) {
                sums["\(resource.unit ?? "-")/\(resource.position)", default: 0] += outcome.utilization * Double(resource.headcount) * available
            }
            for (key, value) in sums { hours[key, default: []].append(value) }
        }
        return hours
    }

    /// Runs the example (without its availability shares) and checks simulated busy hours against the table.
    func offeredWork(keepingTeamRows: Bool) throws -> (busy: [String: [Double]], run: SimulationRun) {
        var (scenario, _, _) = try ExampleLibrary.abkScenario()
        scenario.availability = []
        scenario.horizon = 2 * 365 * 86_400
        scenario.replications = 12
        if !keepingTeamRows { scenario.abk?.loaded?.rows.removeAll { $0.step == "laksana-4" } }
        let run = try Simulator.run(SimulationModel.compile(scenario, in: ExampleLibrary.library), threads: 2)
        return (busyHours(run), run)
    }

    /// Whether simulated hours a year (over two years) of some unit/positions match the table's: within twice
    /// the 95% half-width (some 25 checks at once; each unit's kegiatan are drawn by its share, so they vary
    /// between replications), widened by 3% for kegiatan still in progress at the horizon.
    func check(_ busy: [String: [Double]], _ keys: [String], _ abk: Double, replications: Int) throws {
        let series = try keys.map { try #require(busy[$0], "\($0)") }
        let estimate = try #require(Estimate((0..<replications).map { r in series.reduce(0) { $0 + $1[r] } / 2 }))
        #expect(abs(estimate.mean - abk) <= 2 * (estimate.halfWidth ?? 0) + 0.03 * abk,
                "\(keys.joined(separator: "+")): simulated \(estimate.mean) h a year, ABK \(abk) h")
    }

    @Test func offeredWorkPerJabatanEqualsTheABKBebanKerja() throws {
        // Without the team rows (who works in a team is the least loaded performer, not a jabatan's share),
        // each unit's jabatan does its rows' hours.
        let (busy, run) = try offeredWork(keepingTeamRows: false)
        for (key, abk) in Self.mappedByHand.sorted(by: { $0.key < $1.key }) {
            try check(busy, [key], abk - (Self.teamByHand[key] ?? 0), replications: run.results.count)
        }
        // Kegiatan a year: the largest volume a year among each unit's rows with a langkah.
        #expect(run.model.caseUnits.map(\.id) == ["sekretariat", "kesmas", "p2p", "yankes", "sdk"])
        #expect(run.results.map(\.arrivals).allSatisfy { $0 == 2 * (240 + 144 + 360 + 240 + 72) })
    }

    @Test func offeredWorkPerUnitEqualsTheABKBebanKerjaWithTeamWork() throws {
        let (busy, run) = try offeredWork(keepingTeamRows: true)
        for unit in ["dinas", "sekretariat", "kesmas", "p2p", "yankes", "sdk"] {
            let keys = Self.mappedByHand.keys.filter { $0.hasPrefix(unit + "/") }.sorted()
            try check(busy, keys, keys.reduce(0) { $0 + Self.mappedByHand[$1]! }, replications: run.results.count)
        }
    }

    /// The example with fixed steps and instant planning, so that kegiatan arrive from 1 January.
    func plainScenario(perYear: Int, stepSeconds: Double) throws -> Scenario {
        var (scenario, _, _) = try ExampleLibrary.abkScenario()
        scenario.abk = nil
        scenario.availability = []
        scenario.workload.arrivals = .perCycle(perYear)
        scenario.durations = DurationTable([StepDuration(step: Reference(StepID("rencana-1")), duration: DistributionSpec(.fixed(0))),
                                            StepDuration(step: Reference(StepID("rencana-2")), duration: DistributionSpec(.fixed(0)))],
                                           fallback: DistributionSpec(.fixed(stepSeconds)))
        scenario.replications = 10
        return scenario
    }

    @Test func arrivalsPerMonthFollowTheSeasonalWeights() throws {
        var scenario = try plainScenario(perYear: 1200, stepSeconds: 60)
        let weights: [Double] = [0.4, 0.7, 1, 1, 1, 1, 1, 1, 1, 1.3, 1.5, 1.2]
        scenario.seasonal = SeasonalProfile(weights: weights)
        let model = try SimulationModel.compile(scenario, in: ExampleLibrary.library)
        var counts = Array(repeating: 0, count: 12)
        for replication in 0..<scenario.replications {
            let (_, log) = try Simulator.replicate(model, replication: replication, eventLog: true)
            var arrival: [Int32: Int64] = [:]
            for record in try #require(log) where record.owner > 0 { arrival[record.owner] = min(arrival[record.owner] ?? .max, record.enable) }
            for time in arrival.values { counts[model.calendar.date(at: time).date.month - 1] += 1 }
        }
        let total = Double(counts.reduce(0, +))
        #expect(total == Double(1200 * scenario.replications))
        let sum = weights.reduce(0, +)
        for (month, weight) in weights.enumerated() {
            let p = weight / sum, expected = total * p, sd = (total * p * (1 - p)).squareRoot()
            #expect(abs(Double(counts[month]) - expected) <= 4 * sd, "month \(month + 1): \(counts[month]) kegiatan, expected \(expected)")
        }
        // Without a profile the months follow their working time instead: January (19 working days in
        // 2026's calendar) gets far more than 0.4/12.6 of the year.
        #expect(Double(counts[0]) < 0.05 * total && Double(counts[10]) > 0.1 * total)
    }

    @Test func availabilityStretchesWorkAndScalesUtilization() throws {
        let full = try plainScenario(perYear: 200, stepSeconds: 3600)
        var half = full
        half.availability = [PositionAvailability(position: Reference(PositionID("kepala-pd")), share: 0.5)]
        let summaries = try [full, half].map { scenario -> Double in
            let run = try Simulator.run(SimulationModel.compile(scenario, in: ExampleLibrary.library), threads: 2)
            let summary = SimulationSummary(model: run.model, results: run.results)
            return try #require(summary.positions.first { $0.id == "kepala-pd" }?.utilization?.mean)
        }
        // The same kegiatan (same seed) at twice the working time each: utilization doubles, up to the
        // few kegiatan still in progress at the horizon.
        #expect(abs(summaries[1] / summaries[0] - 2) < 0.02, "utilization \(summaries[0]) → \(summaries[1])")
        #expect(summaries[0] > 0.2)
    }
}
