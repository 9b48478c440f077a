import ProbisModel

extension SimulationModel {
    /// Checks a scenario against its library and compiles it.
    ///
    /// - Throws: ``SimulationError/invalidScenario(_:)`` with every located error, before any run;
    ///   ``SimulationError/unsupported(_:at:)`` for a flow construct the simulator does not run.
    public static func compile(_ scenario: Scenario, in library: Library) throws -> SimulationModel {
        let errors = Validator.validate(scenario: scenario, in: library).filter { $0.severity == .error }
        guard errors.isEmpty else { throw SimulationError.invalidScenario(errors) }
        guard let type = library.organizationType(scenario.organization.id), let flow = type.flow else {
            throw SimulationError.invalidScenario([.error(.danglingReference, at: scenario.organization.location,
                "scenario '\(scenario.header.id)' names no organization type with a stage flow")])
        }
        var mechanismMap: LintasFungsiMap?
        if let penunjukan = scenario.penunjukan, case let .petaLintasFungsi(map)? = library.document(penunjukan.mechanism.id) {
            mechanismMap = map
        }
        var builder = Builder(scenario: scenario, type: type, library: library)
        let stageBase = try builder.add(flow, flow: .stage, staffing: { scenario.staffing(of: $0, in: type) },
                                        durations: scenario.durations, prefix: "")
        var mechanismRule: MechanismRule?
        var entries: [Int32] = [stageBase + Int32(FlowGraph(flow).startIndices.first ?? 0), -1, -1]
        if let map = mechanismMap, let penunjukan = scenario.penunjukan {
            let base = try builder.add(map.flow, flow: .mechanism, staffing: { scenario.mechanismStaffing(of: $0) },
                                       durations: penunjukan.durations, prefix: "penunjukan:")
            entries[2] = base + Int32(FlowGraph(map.flow).startIndices.first ?? 0)
            let after = stageBase + Int32(FlowGraph(flow).index(of: penunjukan.after.id) ?? 0)
            mechanismRule = MechanismRule(after: after, refusal: penunjukan.refusal, attempts: Int32(clamping: penunjukan.attempts),
                                          individual: map.mechanism?.mode == .individu)
        }
        // The cycle flow: the stage flow's siklus steps in flow order, each leading to the next, then an end.
        let order = FlowGraph(flow).topologicalOrder.compactMap { step in FlowGraph(flow).index(of: step.id) }
        let cycleSteps = order.map { stageBase + Int32($0) }.filter { builder.compiled[Int($0)].isCycle }
        entries[1] = Int32(builder.compiled.count)
        for (position, index) in cycleSteps.enumerated() {
            var copy = builder.compiled[Int(index)]
            copy.flow = .cycle
            copy.next = Int32(builder.compiled.count) + 1
            builder.compiled.append(copy)
            _ = position
        }
        builder.compiled.append(CompiledStep(kind: .end, flow: .cycle, info: builder.compiled[Int(entries[0])].info))

        let workload = scenario.workload
        let arrivals: ArrivalRule
        switch workload.arrivals {
        case let .perCycle(count): arrivals = .perCycle(count)
        case let .interarrival(spec): arrivals = .interarrival(Sampler(spec.distribution))
        }
        let used = Set(builder.groups.flatMap { $0 })
        let positions = type.positions.enumerated().map { index, position in
            PositionInfo(id: position.id.rawValue, title: position.title, headcount: scenario.headcount(of: position.id, in: type),
                         used: used.contains(Int32(index)))
        }
        let horizon = scenario.horizon
        return SimulationModel(
            scenario: scenario, organization: type, calendar: WorkingCalendar(scenario.calendar, horizon: horizon),
            positions: positions, steps: builder.infos, compiled: builder.compiled, rules: builder.rules, groups: builder.groups,
            samplers: builder.samplers, entry: entries, hasCycleSteps: !cycleSteps.isEmpty, arrivals: arrivals,
            limit: workload.limit, individuShare: workload.shares.individu, teamShare: workload.shares.timKerja,
            teamSize: Sampler(workload.teamSize.distribution), mechanism: mechanismRule,
            letterDelay: scenario.penunjukan.map { Sampler($0.letterDelay.distribution) },
            sampleInterval: max(86_400, (horizon ?? 365 * 86_400) / 52))
    }
}

/// Collects compiled steps, resource groups and samplers while flows are added.
private struct Builder {
    let scenario: Scenario
    let type: OrganizationType
    let library: Library
    var compiled: [CompiledStep] = []
    var infos: [StepInfo] = []
    var groups: [[Int32]] = []
    var groupIndex: [[Int32]: Int32] = [:]
    var samplers: [Sampler] = []
    var rules: [DecisionRule] = []

    init(scenario: Scenario, type: OrganizationType, library: Library) {
        self.scenario = scenario
        self.type = type
        self.library = library
    }

    /// Adds a flow's steps; returns the global index of its first step.
    mutating func add(
        _ map: CrossFunctionalMap, flow: CompiledStep.Flow, staffing: (Lane) -> Staffing, durations: DurationTable, prefix: String
    ) throws -> Int32 {
        let base = Int32(compiled.count)
        let graph = FlowGraph(map)
        let global: (StepID) -> Int32 = { id in graph.index(of: id).map { base + Int32($0) } ?? -1 }
        for step in map.steps {
            var item = CompiledStep(kind: .pass, flow: flow, info: Int32(infos.count))
            var performer = ""
            switch step.kind {
            case .start:
                item.next = step.next.first.map { global($0.id) } ?? -1
            case .connector:
                item.kind = step.next.isEmpty ? .end : .pass
                item.next = step.next.first.map { global($0.id) } ?? -1
            case .end:
                item.kind = .end
            case .activity:
                item.kind = .activity
                item.next = step.next.first.map { global($0.id) } ?? -1
                item.isCycle = flow == .stage && step.cadence == .siklus
                item.rank = Int32(scenario.queueRank(of: step))
                let lane = map.lane(step.lane.id)
                item.team = lane?.role == .anggotaTim
                if let spec = durations.duration(of: step.id) {
                    item.sampler = Int32(samplers.count)
                    samplers.append(Sampler(spec.distribution))
                }
                item.sendsLetter = step.outputs.contains { library.artifact($0.id)?.kind == .surat }
                switch lane.map(staffing) ?? .external {
                case let .positions(ids):
                    let pools = ids.compactMap { id in type.positions.firstIndex { $0.id == id }.map(Int32.init) }
                    item.group = group(pools)
                    item.singlePool = pools.count == 1 ? pools[0] : -1
                    performer = ids.map(\.rawValue).joined(separator: "/")
                case .external, .unresolved:
                    performer = "eksternal"
                }
            case .decision:
                item.kind = .decision
                item.rule = Int32(rules.count)
                rules.append(rule(for: step, isMechanism: flow == .mechanism, global: global))
            }
            if step.kind != .decision, step.kind != .end, step.next.count > 1 {
                throw SimulationError.unsupported(
                    "step '\(step.id)' leads to \(step.next.count) steps at once; the simulator follows one path per case (use a decision, or a team lane for parallel work)",
                    at: step.next[1].location)
            }
            compiled.append(item)
            infos.append(StepInfo(activity: prefix + step.id.rawValue, text: step.text, stage: step.stage?.rawValue,
                                  performer: performer, isActivity: step.kind == .activity, isCycle: item.isCycle))
        }
        return base
    }

    private mutating func group(_ pools: [Int32]) -> Int32 {
        if let known = groupIndex[pools] { return known }
        groups.append(pools)
        groupIndex[pools] = Int32(groups.count - 1)
        return Int32(groups.count - 1)
    }

    private func rule(for step: FlowStep, isMechanism: Bool, global: @escaping (StepID) -> Int32) -> DecisionRule {
        let target = { (meaning: BranchMeaning) in step.branches.first { $0.meaning == meaning }.map { global($0.target.id) } ?? -1 }
        if let entry = scenario.branches.first(where: { $0.decision.id == step.id }) {
            var running = 0.0
            let cumulative = step.branches.map { branch -> Double in
                running += entry.probability(of: branch) ?? 0
                return running
            }
            return .probabilities(targets: step.branches.map { global($0.target.id) }, cumulative: cumulative,
                                  rework: step.branches.map { $0.meaning == .perbaikan },
                                  refuse: step.branches.map { $0.meaning == .ditolak })
        }
        if step.branches.allSatisfy(\.isAssignmentBranch) {
            let individual = target(.individu), team = target(.timKerja)
            return .assignment(individual: individual >= 0 ? individual : team, team: team >= 0 ? team : individual)
        }
        if isMechanism, step.branches.allSatisfy(\.isApprovalBranch) {
            let approve = target(.disetujui), refuse = target(.ditolak)
            return .approval(approve: approve >= 0 ? approve : refuse, refuse: refuse >= 0 ? refuse : approve)
        }
        return .probabilities(targets: [global(step.branches[0].target.id)], cumulative: [1], rework: [false], refuse: [false])
    }
}
