import ProbisModel
@testable import ProbisSimulation
import Testing

/// Runs that cannot finish are reported with the case and step, before or during the run, never a hang.
struct StuckRunTests {
    @Test("A perbaikan loop with probability 1 is refused before any run")
    func loopWithProbabilityOne() throws {
        let scenario = OfficeFixture.scenario(perbaikan: 1)
        #expect(throws: SimulationError.invalidScenario([.error(.endlessLoop, at: nil,
            "no case of scenario 'uji.kantor.skenario' that reaches decision 'sesuai' can ever finish: branch 'diterima' has probability 0, so the loop (susun → bentuk → kerjakan → tinjau → sesuai → susun) is taken with probability 1")])) {
            try SimulationModel.compile(scenario, in: OfficeFixture.library(scenario))
        }
    }

    @Test("A loop whose way out is almost never taken is stopped at the case and step")
    func almostEndlessLoop() throws {
        let scenario = OfficeFixture.scenario(cases: 1, perbaikan: 0.999_999)
        let model = try SimulationModel.compile(scenario, in: OfficeFixture.library(scenario))
        do {
            _ = try Simulator.run(model, threads: 1)
            Issue.record("the run should have stopped")
        } catch let error as SimulationError {
            guard case let .stuck(replication, caseID, step, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(replication == 0 && caseID == "1")
            #expect(["susun", "bentuk", "kerjakan", "anggota", "laporan", "tinjau", "sesuai"].contains(step))
            #expect(error.description.hasPrefix("probis: error: replication 1: case 1 cannot finish at step '\(step)': it has entered 10000 steps without reaching an end"))
        }
    }

    @Test("A used position with nobody in it is refused before any run")
    func emptyPosition() throws {
        var scenario = OfficeFixture.scenario()
        scenario.headcounts = [HeadcountOverride(position: Reference("staf"), count: 0)]
        #expect(throws: SimulationError.invalidScenario([.error(.emptyPosition, at: nil,
            "position 'staf' has headcount 0 in scenario 'uji.kantor.skenario', but step 'susun' needs it (lane 'jf-pelaksana'); give it at least 1 person or staff the lane with other positions")])) {
            try SimulationModel.compile(scenario, in: OfficeFixture.library(scenario))
        }
    }

    @Test("Unknown steps, positions and decisions, and probabilities not adding to 1, are all reported")
    func unknownNames() throws {
        var scenario = OfficeFixture.scenario()
        scenario.durations.entries.append(StepDuration(step: Reference("tinjauu"), duration: DistributionSpec(.fixed(60))))
        scenario.headcounts = [HeadcountOverride(position: Reference("stav"), count: 2)]
        scenario.branches[0].probabilities[0].probability = 0.6
        let diagnostics = Validator.validate(scenario: scenario, in: OfficeFixture.library(scenario)).map(\.description)
        #expect(diagnostics == [
            "probis: error: branch probabilities of decision 'sesuai' add up to 0.9, not 1 (diterima 0.6 + perbaikan 0.3)",
            "probis: error: scenario 'uji.kantor.skenario' gives a duration to step 'tinjauu', which is not a step of 'uji.kantor' (did you mean 'tinjau'?)",
            "probis: error: scenario 'uji.kantor.skenario' sets the headcount of 'stav', which is not a position of 'uji.kantor' (did you mean 'staf'?)",
        ])
    }
}
