import ProbisModel
import ProbisReport
@testable import ProbisSimulation
import Testing

/// Parallel split and join: both branches run, each with its own performer, and the join waits for both.
struct ParallelTests {
    /// `mulai → bagi ⇉ (data | naskah) → periksa (join) → selesai`, each lane its own position, 24/7.
    static func office(joinAtEnd: Bool = false) -> OrganizationType {
        let positions = ["pimpinan", "jf", "pelaksana"].map { Position(id: PositionID($0), title: $0.capitalized, tier: .pelaksana, headcount: 1) }
        let lanes = positions.map { Lane(id: LaneID($0.id.rawValue), title: $0.title, positions: [Reference($0.id)]) }
        func step(_ id: StepID, _ lane: LaneID, _ next: [StepID], join: Bool = false) -> FlowStep {
            FlowStep(id: id, lane: Reference(lane), stage: .pelaksanaan, text: id.rawValue, next: next.map { Reference($0) }, isJoin: join)
        }
        let steps: [FlowStep] = joinAtEnd
            ? [FlowStep(id: "mulai", kind: .start, lane: Reference("pimpinan"), text: "Mulai", next: [Reference("data"), Reference("naskah")]),
               step("data", "jf", ["selesai"]),
               step("naskah", "pelaksana", ["selesai"]),
               FlowStep(id: "selesai", kind: .end, lane: Reference("pimpinan"), text: "Selesai", isJoin: true)]
            : [FlowStep(id: "mulai", kind: .start, lane: Reference("pimpinan"), text: "Mulai", next: [Reference("bagi")]),
               step("bagi", "pimpinan", ["data", "naskah"]),
               step("data", "jf", ["periksa"]),
               step("naskah", "pelaksana", ["periksa"]),
               step("periksa", "pimpinan", ["selesai"], join: true),
               FlowStep(id: "selesai", kind: .end, lane: Reference("pimpinan"), text: "Selesai")]
        return OrganizationType(header: DocumentHeader(id: "uji.paralel", kind: .organizationType, title: "Paralel Uji"),
                                positions: positions, flow: CrossFunctionalMap(lanes: lanes, steps: steps))
    }

    static func scenario(_ means: [String: Double], interarrival: Double, limit: Int? = nil, horizonDays: Int64? = nil,
                         replications: Int = 1) -> Scenario {
        let durations = means.sorted { $0.key < $1.key }.map { step, mean in
            StepDuration(step: Reference(StepID(step)), duration: DistributionSpec(.exponential(mean: mean, truncation: .nonNegative)))
        }
        return Scenario(
            header: DocumentHeader(id: "uji.paralel.skenario", kind: .scenario, title: "Skenario Paralel"),
            organization: Reference("uji.paralel"),
            workload: Workload(arrivals: .interarrival(DistributionSpec(.fixed(interarrival))), limit: limit),
            durations: DurationTable(durations), calendar: .alwaysOpen(), horizon: horizonDays.map { $0 * 86_400 },
            replications: replications, seed: 2026)
    }

    @Test("Two parallel exponential activities: the case takes the mean of the maximum, a + b − ab/(a + b)")
    func meanOfTheMaximum() throws {
        let (a, b) = (3600.0, 7200.0)
        // A day between cases and hours of work: nobody queues, so a case lasts max(X, Y).
        let scenario = Self.scenario(["data": a, "naskah": b], interarrival: 86_400, horizonDays: 400, replications: 20)
        let run = try Fixtures.run(scenario, Self.office(joinAtEnd: true))
        let expected = (a + b - a * b / (a + b)) / 3600
        let cycle = try #require(run.summary.cycleWorkingHours)
        #expect(cycle.contains(expected), "mean of the maximum \(cycle.mean) ± \(cycle.halfWidth ?? 0) h, theory \(expected) h")
        // Not the sum (a + b) nor the longer mean (b): the interval is narrow enough to tell them apart.
        #expect(!cycle.contains((a + b) / 3600) && !cycle.contains(b / 3600))
        let steps = run.summary.steps.filter { $0.activity == "data" || $0.activity == "naskah" }
        #expect(steps.count == 2)
    }

    @Test("One case's full trace: both branches start when the split is done, the join when the later ends")
    func oneCaseTrace() throws {
        let scenario = Self.scenario(["bagi": 600, "data": 3600, "naskah": 7200, "periksa": 1800], interarrival: 60, limit: 1)
        let type = Self.office()
        let model = try SimulationModel.compile(scenario, in: Library(documents: [.organizationType(type), .scenario(scenario)]))
        let (result, log) = try Simulator.replicate(model, replication: 0, eventLog: true)
        #expect(result.completed == 1)
        // data and naskah are enabled together when bagi ends, each with its own person; periksa is enabled
        // when the later of them (naskah) ends.
        #expect(model.eventLogCSV(try #require(log)) == """
            case_id,activity,position,resource,enable_time,start_time,end_time
            1,bagi,pimpinan,organisasi/pimpinan,2026-01-01T00:01:00,2026-01-01T00:01:00,2026-01-01T00:07:50
            1,data,jf,organisasi/jf,2026-01-01T00:07:50,2026-01-01T00:07:50,2026-01-01T01:15:31
            1,naskah,pelaksana,organisasi/pelaksana,2026-01-01T00:07:50,2026-01-01T00:07:50,2026-01-01T03:01:46
            1,periksa,pimpinan,organisasi/pimpinan,2026-01-01T03:01:46,2026-01-01T03:01:46,2026-01-01T03:23:40

            """)
    }
}
