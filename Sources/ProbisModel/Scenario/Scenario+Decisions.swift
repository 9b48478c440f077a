/// How a scenario decides which branch of a decision a case takes. This is the one definition: the
/// validator checks with it (missing probabilities, loops a case can never leave) and the simulator runs
/// it.
public enum DecisionResolution: Hashable, Sendable {
    /// The scenario's probabilities, one per branch in the decision's order (0 for a branch it does not name).
    case probabilities([Double])
    /// The case's assignment type decides: the index of the branch taken by individual work and by team
    /// work. A decision with only one of the two branches sends both kinds of case down it.
    case assignment(individu: Int, timKerja: Int)
    /// In a penunjukan mechanism, the scenario's refusal probability decides: the index of the branch
    /// taken on approval and on refusal (each falls back to the other when the decision lacks it).
    case approval(disetujui: Int, ditolak: Int)
    /// Nothing decides: the scenario must give probabilities (the validator reports it); a run that got
    /// here anyway would take the first branch.
    case undecided
}

extension Scenario {
    /// How this scenario decides a decision of the stage flow or, with `inMechanism`, of the penunjukan
    /// mechanism: its own probabilities first, then the branches' meanings.
    public func resolution(of decision: FlowStep, inMechanism: Bool) -> DecisionResolution {
        if let entry = branches.first(where: { $0.decision.id == decision.id }) {
            return .probabilities(decision.branches.map { entry.probability(of: $0) ?? 0 })
        }
        func index(_ meaning: BranchMeaning) -> Int? { decision.branches.firstIndex { $0.meaning == meaning } }
        if !decision.branches.isEmpty, decision.branches.allSatisfy(\.isAssignmentBranch) {
            let individu = index(.individu), team = index(.timKerja)
            return .assignment(individu: individu ?? team ?? 0, timKerja: team ?? individu ?? 0)
        }
        if inMechanism, !decision.branches.isEmpty, decision.branches.allSatisfy(\.isApprovalBranch) {
            let approve = index(.disetujui), refuse = index(.ditolak)
            return .approval(disetujui: approve ?? refuse ?? 0, ditolak: refuse ?? approve ?? 0)
        }
        return .undecided
    }

    /// Whether each branch of a decision can be taken under this scenario: a probability above 0, an
    /// assignment type with a share above 0, an approval or refusal that can happen. An undecided decision
    /// counts every branch as possible (its missing probabilities are the problem to report, not a loop).
    ///
    /// - Parameter mechanismMode: the mode of the penunjukan mechanism, which decides whether its cases
    ///   (the `lintas-unit` share) are individual or team work.
    public func possibleBranches(of decision: FlowStep, inMechanism: Bool, mechanismMode: Mechanism.Mode?) -> [Bool] {
        let shares = workload.shares
        let crossUnitIsIndividual = mechanismMode == .individu
        let individual = shares.individu > 0 || (shares.lintasUnit > 0 && crossUnitIsIndividual)
        let team = shares.timKerja > 0 || (shares.lintasUnit > 0 && !crossUnitIsIndividual)
        let refusal = penunjukan?.refusal ?? 0
        let count = decision.branches.count
        switch resolution(of: decision, inMechanism: inMechanism) {
        case let .probabilities(values): return values.map { $0 > 0 }
        case let .assignment(individu, timKerja):
            return (0..<count).map { ($0 == individu && individual) || ($0 == timKerja && team) }
        case let .approval(disetujui, ditolak):
            return (0..<count).map { ($0 == disetujui && refusal < 1) || ($0 == ditolak && refusal > 0) }
        case .undecided: return Array(repeating: true, count: count)
        }
    }
}
