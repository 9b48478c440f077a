import ProbisModel
@testable import ProbisSimulation
import Testing

/// Nothing a scenario holds can trap the engine or make a run go on without end.
struct RunLimitTests {
    @Test("A sampled span is rounded and clamped: infinite, huge, negative and NaN values cannot trap")
    func secondsAreClamped() {
        let cases: [(Double, Int64)] = [
            (.infinity, Sampler.maximumSeconds), (1e300, Sampler.maximumSeconds), (9.3e18, Sampler.maximumSeconds),
            (-.infinity, 0), (-5, 0), (.nan, 0), (0.4, 0), (1.5, 2), (3600, 3600),
        ]
        #expect(cases.map { Sampler.seconds($0.0) } == cases.map(\.1))
        #expect(Sampler.maximumSeconds == 31_536_000_000)
    }

    @Test("A sampled count is rounded and clamped to its range")
    func countsAreClamped() {
        var random = RandomStream(seed: 1, replication: 0, purpose: 0)
        let values: [Double] = [0, 2.5, 3000000000, 1e300, .infinity, .nan, -4]
        let counts = values.map { Sampler(.fixed($0)).count(&random, in: 1...1000) }
        #expect(counts == [1, 3, 1000, 1000, 1000, 1, 1])
    }

    @Test("A replication that spends its event budget stops with the replication, the events and the time")
    func eventBudget() throws {
        let scenario = OfficeFixture.scenario()
        let model = try SimulationModel.compile(scenario, in: OfficeFixture.library(scenario))
        #expect(throws: SimulationError.runaway(replication: 0, events: 25, time: "2026-01-07T11:22:22",
            reason: "it spent its budget of 25 events; the workload and durations make more work than a run can finish (shorten the horizon, lower the workload, or raise --max-events)")) {
            try Simulator.run(model, threads: 2, limits: RunLimits(eventBudget: 25))
        }
    }

    @Test("A run whose deadline has passed stops before any replication finishes")
    func deadline() throws {
        let scenario = OfficeFixture.scenario()
        let model = try SimulationModel.compile(scenario, in: OfficeFixture.library(scenario))
        #expect(throws: SimulationError.deadlineExceeded(seconds: 0, finished: 0, total: 3)) {
            try Simulator.run(model, threads: 1, limits: RunLimits(deadline: 0))
        }
        #expect(SimulationError.deadlineExceeded(seconds: 2.5, finished: 1, total: 30).description
            == "probis: error: the run stopped at its deadline of 2.5 s with 1 of 30 replications finished")
    }

    @Test("The default limits leave the office fixture's runs as they were")
    func defaultLimits() throws {
        let scenario = OfficeFixture.scenario()
        let model = try SimulationModel.compile(scenario, in: OfficeFixture.library(scenario))
        let bounded = try Simulator.run(model, threads: 2, limits: RunLimits(eventBudget: 100_000, deadline: 3_600))
        let unbounded = try Simulator.run(model, threads: 1)
        #expect(bounded.results == unbounded.results)
    }
}
