import ProbisModel
@testable import ProbisSimulation

/// Small organization types and scenarios built in code: queueing stations in a line, with exponential
/// times on a 24/7 calendar unless told otherwise.
enum Fixtures {
    /// One station of a line: a position with a headcount and a mean service time in seconds.
    struct Station {
        var id: String
        var headcount: Int
        var meanService: Double
    }

    /// `start → step-0 → step-1 → … → end`, each step on its station's position.
    static func line(_ stations: [Station]) -> OrganizationType {
        let positions = stations.map { Position(id: PositionID($0.id), title: $0.id.capitalized, tier: .pelaksana, headcount: $0.headcount) }
        let lanes = stations.map { Lane(id: LaneID($0.id), title: $0.id, positions: [Reference(PositionID($0.id))]) }
        var steps = [FlowStep(id: "mulai", kind: .start, lane: Reference(LaneID(stations[0].id)), text: "Mulai", next: [Reference("tugas-0")])]
        for (index, station) in stations.enumerated() {
            let next = index + 1 < stations.count ? "tugas-\(index + 1)" : "selesai"
            steps.append(FlowStep(id: StepID("tugas-\(index)"), lane: Reference(LaneID(station.id)), stage: .pelaksanaan,
                                  text: "tugas \(index)", next: [Reference(StepID(next))]))
        }
        steps.append(FlowStep(id: "selesai", kind: .end, lane: Reference(LaneID(stations[0].id)), text: "Selesai"))
        return OrganizationType(header: DocumentHeader(id: "uji.antrean", kind: .organizationType, title: "Antrean Uji"),
                                positions: positions, flow: CrossFunctionalMap(lanes: lanes, steps: steps))
    }

    /// A scenario for a line: Poisson arrivals, exponential service, 24/7, no holidays; each station's
    /// holders pooled (any of them takes any request), as queueing theory's M/M/c assumes.
    static func scenario(
        for type: OrganizationType, stations: [Station], meanInterarrival: Double, horizonDays: Int64,
        warmUpDays: Int64 = 0, replications: Int = 20, seed: UInt64 = 2026, exponential: Bool = true
    ) -> Scenario {
        let durations = stations.enumerated().map { index, station in
            StepDuration(step: Reference(StepID("tugas-\(index)")),
                         duration: DistributionSpec(exponential ? .exponential(mean: station.meanService, truncation: .nonNegative) : .fixed(station.meanService)))
        }
        let arrivals = DistributionSpec(exponential ? .exponential(mean: meanInterarrival, truncation: .nonNegative) : .fixed(meanInterarrival))
        return Scenario(
            header: DocumentHeader(id: "uji.antrean.skenario", kind: .scenario, title: "Skenario Uji"),
            organization: Reference(type.header.id), workload: Workload(arrivals: .interarrival(arrivals)),
            durations: DurationTable(durations), calendar: .alwaysOpen(), horizon: horizonDays * 86_400,
            warmUp: warmUpDays * 86_400, replications: replications, seed: seed,
            // Each station is an M/M/c server: its holders take any request.
            pooled: stations.map { Reference(PositionID($0.id)) })
    }

    /// A library of documents.
    static func library(_ documents: Document...) -> Library { Library(documents: documents) }

    /// Compiles and runs a scenario in its library.
    static func run(_ scenario: Scenario, _ type: OrganizationType, extra: [Document] = [], threads: Int = 2) throws -> SimulationRun {
        let model = try SimulationModel.compile(scenario, in: Library(documents: [.organizationType(type), .scenario(scenario)] + extra))
        return try Simulator.run(model, threads: threads)
    }
}

/// Textbook queueing results.
enum QueueingTheory {
    /// Mean wait in queue of an M/M/c queue (Erlang C), in the time unit of the rates.
    static func erlangCWait(arrivalRate lambda: Double, serviceRate mu: Double, servers c: Int) -> Double {
        let a = lambda / mu, rho = a / Double(c)
        var term = 1.0, sum = 0.0
        for k in 0..<c {
            if k > 0 { term *= a / Double(k) }
            sum += term
        }
        let last = term * a / Double(c) / (1 - rho)
        let probabilityOfWaiting = last / (sum + last)
        return probabilityOfWaiting / (Double(c) * mu - lambda)
    }
}
