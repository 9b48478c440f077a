import ProbisModel
@testable import ProbisSimulation
import Testing

/// The validator's parallel block rules against the engine, on random flows: every flow that validates
/// runs each case to its end (no branch left behind, no join waiting forever), and every flow whose only
/// problems are parallel ones is refused when compiled.
struct ParallelPropertyTests {
    /// SplitMix64: a small seeded generator, so the flows are the same on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A random flow: a start, `middle` activities and decisions (some splits, some decisions looping
    /// back), an end, and joins mostly where arrows meet; forward arrows mostly, so that many flows are sound.
    static func flow(middle: Int, using random: inout Generator) -> OrganizationType {
        let last = middle + 1
        let id = { (index: Int) in StepID("s\(index)") }
        // The following step more often than not, so that most steps are reached.
        let forward = { (index: Int, random: inout Generator) -> Int in
            Double.random(in: 0..<1, using: &random) < 0.6 ? index + 1 : Int.random(in: (index + 1)...last, using: &random)
        }
        let other = { (index: Int, first: Int, random: inout Generator) -> Int? in
            let choices = (index + 1...last).filter { $0 != first }
            return choices.randomElement(using: &random)
        }
        let split = Double.random(in: 0..<1, using: &random) < 0.3 && middle > 1
        var steps = [FlowStep(id: id(0), kind: .start, lane: Reference("a"), text: "Mulai",
                              next: (split ? [1, 2] : [1]).map { Reference(id($0)) })]
        for index in 1...middle {
            let lane = Reference(LaneID(Bool.random(using: &random) ? "a" : "b"))
            let first = forward(index, &random)
            if Double.random(in: 0..<1, using: &random) < 0.25 {
                let back = index > 1 && Double.random(in: 0..<1, using: &random) < 0.4
                guard let second = back ? Int.random(in: 1..<index, using: &random) : other(index, first, &random) else {
                    steps.append(FlowStep(id: id(index), lane: lane, stage: .pelaksanaan, text: "kerja \(index)", next: [Reference(id(first))]))
                    continue
                }
                steps.append(FlowStep(id: id(index), kind: .decision, lane: lane, stage: .evaluasi, text: "cek \(index)", branches: [
                    Branch(label: "Ya", target: Reference(id(first))), Branch(label: "Tidak", target: Reference(id(second))),
                ]))
            } else {
                var next = [first]
                if Double.random(in: 0..<1, using: &random) < 0.35, let second = other(index, first, &random) { next.append(second) }
                steps.append(FlowStep(id: id(index), lane: lane, stage: .pelaksanaan, text: "kerja \(index)", next: next.map { Reference(id($0)) }))
            }
        }
        steps.append(FlowStep(id: id(last), kind: .end, lane: Reference("a"), text: "Selesai"))
        // Mostly where arrows meet, rarely elsewhere: a join is then often, but not always, right.
        for index in 1...last {
            let incoming = steps.filter { $0.successors.contains(id(index)) }.count
            steps[index].isJoin = Double.random(in: 0..<1, using: &random) < (incoming > 1 ? 0.6 : 0.03)
        }
        let positions = ["a", "b"].map { Position(id: PositionID($0), title: $0.uppercased(), tier: .pelaksana, headcount: 1) }
        let lanes = positions.map { Lane(id: LaneID($0.id.rawValue), title: $0.title, positions: [Reference($0.id)]) }
        return OrganizationType(header: DocumentHeader(id: "uji.acak", kind: .organizationType, title: "Acak"),
                                positions: positions, flow: CrossFunctionalMap(lanes: lanes, steps: steps))
    }

    static func scenario(for type: OrganizationType) -> Scenario {
        let steps = type.flow?.steps ?? []
        let durations = steps.filter { $0.kind == .activity }.map {
            StepDuration(step: Reference($0.id), duration: DistributionSpec(.exponential(mean: 3600, truncation: .nonNegative)))
        }
        let branches = steps.filter { $0.kind == .decision }.map {
            BranchProbabilities(decision: Reference($0.id), probabilities: [
                BranchProbability(branch: "Ya", probability: 0.7), BranchProbability(branch: "Tidak", probability: 0.3)])
        }
        return Scenario(
            header: DocumentHeader(id: "uji.acak.skenario", kind: .scenario, title: "Acak"), organization: Reference("uji.acak"),
            workload: Workload(arrivals: .interarrival(DistributionSpec(.fixed(1800))), limit: 12),
            durations: DurationTable(durations), branches: branches, calendar: .alwaysOpen(), horizon: nil, replications: 1, seed: 7)
    }

    @Test("Random flows: what validates runs every case to its end; parallel errors alone are refused")
    func validatedFlowsRun() throws {
        var random = Generator(state: 12)
        var (ran, ranWithSplits, refused) = (0, 0, 0)
        for _ in 0..<3000 {
            let type = Self.flow(middle: Int.random(in: 3...8, using: &random), using: &random)
            let scenario = Self.scenario(for: type)
            let library = Library(documents: [.organizationType(type), .scenario(scenario)])
            let errors = Validator.validate(library).filter { $0.severity == .error }
            let flow = try #require(type.flow)
            let parallel = Validator.checkParallel(flow)
            if errors.isEmpty {
                let model = try SimulationModel.compile(scenario, in: library)
                let (result, _) = try Simulator.replicate(model, replication: 0)
                #expect(result.completed == 12, "\(flow.steps.map { "\($0.id)→\($0.successors.map(\.rawValue))\($0.isJoin ? "⋈" : "")" })")
                ran += 1
                if flow.steps.contains(where: \.isSplit) { ranWithSplits += 1 }
            } else if !parallel.isEmpty, errors.allSatisfy({ parallel.contains($0) }) {
                #expect(throws: SimulationError.self) { try SimulationModel.compile(scenario, in: library) }
                refused += 1
            }
        }
        // Enough of both kinds that the property says something (with this seed: 246 ran, 134 of them with
        // splits; 1233 refused).
        #expect(ranWithSplits >= 100 && refused >= 1000, "ran \(ran) (\(ranWithSplits) with splits), refused \(refused)")
    }
}
