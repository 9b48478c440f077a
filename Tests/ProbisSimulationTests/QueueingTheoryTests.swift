import ProbisModel
@testable import ProbisSimulation
import Testing

/// The engine against analytical queueing results: each mean wait must lie inside the 95% confidence
/// interval over replications. Seeds are fixed, so the outcome is the same on every run.
struct QueueingTheoryTests {
    @Test("M/M/1: mean wait in queue inside the 95% interval")
    func mm1() throws {
        let stations = [Fixtures.Station(id: "petugas", headcount: 1, meanService: 420)]
        let type = Fixtures.line(stations)
        let run = try Fixtures.run(Fixtures.scenario(for: type, stations: stations, meanInterarrival: 600, horizonDays: 80, warmUpDays: 2), type)
        let expected = QueueingTheory.erlangCWait(arrivalRate: 1.0 / 600, serviceRate: 1.0 / 420, servers: 1) / 3600
        let wait = try #require(run.summary.steps.first { $0.activity == "tugas-0" }?.meanWaitHours)
        #expect(wait.contains(expected), "M/M/1 wait \(wait.mean) ± \(wait.halfWidth ?? 0) h, theory \(expected) h")
        let utilization = try #require(run.summary.positions.first?.utilization)
        #expect(utilization.contains(0.7), "utilization \(utilization.mean) ± \(utilization.halfWidth ?? 0)")
    }

    @Test("M/M/2: Erlang C mean wait inside the 95% interval")
    func mmc() throws {
        let stations = [Fixtures.Station(id: "petugas", headcount: 2, meanService: 480)]
        let type = Fixtures.line(stations)
        let run = try Fixtures.run(Fixtures.scenario(for: type, stations: stations, meanInterarrival: 300, horizonDays: 80, warmUpDays: 2), type)
        let expected = QueueingTheory.erlangCWait(arrivalRate: 1.0 / 300, serviceRate: 1.0 / 480, servers: 2) / 3600
        let wait = try #require(run.summary.steps.first?.meanWaitHours)
        #expect(wait.contains(expected), "M/M/2 wait \(wait.mean) ± \(wait.halfWidth ?? 0) h, Erlang C \(expected) h")
    }

    @Test("Tandem M/M/1 → M/M/1: each station's wait and the time in system (Jackson)")
    func tandem() throws {
        let stations = [Fixtures.Station(id: "loket", headcount: 1, meanService: 420),
                        Fixtures.Station(id: "verifikator", headcount: 1, meanService: 480)]
        let type = Fixtures.line(stations)
        let run = try Fixtures.run(Fixtures.scenario(for: type, stations: stations, meanInterarrival: 600, horizonDays: 80, warmUpDays: 2), type)
        let summary = run.summary
        var total = 0.0
        for (index, station) in stations.enumerated() {
            let expected = QueueingTheory.erlangCWait(arrivalRate: 1.0 / 600, serviceRate: 1 / station.meanService, servers: 1)
            total += expected + station.meanService
            let wait = try #require(summary.steps.first { $0.activity == "tugas-\(index)" }?.meanWaitHours)
            #expect(wait.contains(expected / 3600), "station \(index): \(wait.mean) ± \(wait.halfWidth ?? 0) h, theory \(expected / 3600) h")
        }
        let cycle = try #require(summary.cycleWorkingHours)
        #expect(cycle.contains(total / 3600), "time in system \(cycle.mean) ± \(cycle.halfWidth ?? 0) h, theory \(total / 3600) h")
    }

    @Test("Little's law: mean work in progress L equals λW on a long run")
    func littlesLaw() throws {
        let stations = [Fixtures.Station(id: "loket", headcount: 2, meanService: 700),
                        Fixtures.Station(id: "verifikator", headcount: 1, meanService: 400)]
        let type = Fixtures.line(stations)
        let run = try Fixtures.run(Fixtures.scenario(for: type, stations: stations, meanInterarrival: 600, horizonDays: 80, warmUpDays: 2), type)
        let summary = run.summary
        let l = try #require(summary.wipMean?.mean)
        let lambdaW = try #require(summary.littleLambdaW?.mean)
        #expect(abs(l - lambdaW) / l < 0.02, "L = \(l), λW = \(lambdaW)")
        for result in run.results {
            let l = result.wipMean, lambdaW = try #require(result.littleLambdaW)
            #expect(abs(l - lambdaW) / l < 0.05, "one replication: L = \(l), λW = \(lambdaW)")
        }
    }
}
