import ProbisModel
@testable import ProbisSimulation
import Testing

/// A decision's resolution is defined once (`Scenario.resolution(of:inMechanism:)`): validation checks
/// with it and the simulator compiles it.
struct DecisionResolutionTests {
    static func decision(_ id: StepID, in flow: CrossFunctionalMap) -> FlowStep { flow.steps.first { $0.id == id }! }
    static let bentuk = decision("bentuk", in: OfficeFixture.type.flow!)
    static let sesuai = decision("sesuai", in: OfficeFixture.type.flow!)
    static let setuju = decision("setuju", in: OfficeFixture.mechanism.flow)

    @Test func eachKindOfDecisionResolvesByItsOwnRule() {
        let scenario = OfficeFixture.scenario(perbaikan: 0.25)
        #expect(scenario.resolution(of: Self.sesuai, inMechanism: false) == .probabilities([0.75, 0.25]))
        #expect(scenario.resolution(of: Self.bentuk, inMechanism: false) == .assignment(individu: 0, timKerja: 1))
        #expect(scenario.resolution(of: Self.setuju, inMechanism: true) == .approval(disetujui: 0, ditolak: 1))
        // Outside a mechanism an approval decision is not decided by the refusal probability.
        #expect(scenario.resolution(of: Self.setuju, inMechanism: false) == .undecided)
    }

    @Test func aBranchTheScenarioDoesNotNameHasProbabilityZeroForBoth() throws {
        var scenario = OfficeFixture.scenario()
        scenario.branches = [BranchProbabilities(decision: Reference("sesuai"), probabilities: [BranchProbability(branch: "perbaikan", probability: 1)])]
        #expect(scenario.resolution(of: Self.sesuai, inMechanism: false) == .probabilities([0, 1]))
        #expect(scenario.possibleBranches(of: Self.sesuai, inMechanism: false, mechanismMode: .timKerja) == [false, true])
        // The validator sees the loop that the simulator would run forever.
        let found = Validator.validate(scenario: scenario, in: OfficeFixture.library(scenario)).map(\.code)
        #expect(found == [.endlessLoop])
    }

    @Test func sharesDecideWhichAssignmentBranchesCanBeTaken() {
        var scenario = OfficeFixture.scenario()
        scenario.workload.shares = AssignmentShares(individu: 0, timKerja: 0, lintasUnit: 1)
        #expect(scenario.possibleBranches(of: Self.bentuk, inMechanism: false, mechanismMode: .timKerja) == [false, true])
        #expect(scenario.possibleBranches(of: Self.bentuk, inMechanism: false, mechanismMode: .individu) == [true, false])
        scenario.penunjukan?.refusal = 0
        #expect(scenario.possibleBranches(of: Self.setuju, inMechanism: true, mechanismMode: .timKerja) == [true, false])
    }

    @Test func theSimulatorCompilesTheSameResolution() throws {
        let scenario = OfficeFixture.scenario(perbaikan: 0.25)
        let model = try SimulationModel.compile(scenario, in: OfficeFixture.library(scenario))
        let rules = model.rules
        #expect(rules.contains { if case let .probabilities(_, cumulative, rework, _) = $0 { cumulative == [0.75, 1] && rework == [false, true] } else { false } })
        #expect(rules.contains { if case .assignment = $0 { true } else { false } })
        #expect(rules.contains { if case .approval = $0 { true } else { false } })
    }
}
