import ProbisModel

extension SimulationModel {
    /// Checks a scenario against its library and compiles it.
    ///
    /// - Throws: ``SimulationError/invalidScenario(_:)`` with every located error, before any run;
    ///   ``SimulationError/unsupported(_:at:)`` for a flow construct the simulator does not run.
    public static func compile(_ scenario: Scenario, in library: Library) throws -> SimulationModel {
        let errors = Validator.validate(scenario: scenario, in: library).filter { $0.severity == .error }
        guard errors.isEmpty else { throw SimulationError.invalidScenario(errors) }
        guard let (type, organization) = library.simulated(by: scenario), let flow = type.flow else {
            throw SimulationError.invalidScenario([.error(.danglingReference, at: scenario.organization.location,
                "scenario '\(scenario.header.id)' names no organization or organization type with a stage flow")])
        }
        var mechanismMap: LintasFungsiMap?
        if let penunjukan = scenario.penunjukan, case let .petaLintasFungsi(map)? = library.document(penunjukan.mechanism.id) {
            mechanismMap = map
        }
        var routing = Routing(organization: organization, type: type, pooled: Set(scenario.pooled.map(\.id)),
                              performerPositions: scenario.performerLane(of: flow, in: type)?.positions ?? [])
        routing.setShares(scenario.workload.units)
        var builder = Builder(scenario: scenario, type: type, library: library, routing: routing)
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
            copy.isJoin = false
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
        if let (positions, unit) = builder.routing.ambiguous.first {
            let names = positions.map(\.rawValue).joined(separator: "/")
            throw SimulationError.invalidScenario([.error(.invalidSetting, at: scenario.header.location,
                "scenario '\(scenario.header.id)': several people hold \(names) in unit '\(unit)', and the flow has no jf-pelaksana lane whose performer would decide who takes a kegiatan; pool them ('pooled: [\(names)]') if any of them may take any kegiatan")])
        }
        let resources = builder.routing.resources
        let headcounts = builder.routing.headcounts(of: type)
        let positions = type.positions.enumerated().map { index, position in
            PositionInfo(id: position.id.rawValue, title: position.title, headcount: headcounts[index],
                         used: resources.contains { $0.used && $0.position == position.id.rawValue })
        }
        let horizon = scenario.horizon
        // Positions' own calendars share the scenario's start, so that all times are on one axis.
        var resourceCalendars: [WorkingCalendar] = []
        var calendarOfPosition: [String: Int32] = [:]
        for entry in scenario.positionCalendars {
            var own = entry.calendar
            own.start = scenario.calendar.start
            calendarOfPosition[entry.position.id.rawValue] = Int32(resourceCalendars.count)
            resourceCalendars.append(WorkingCalendar(own, horizon: horizon))
        }
        return SimulationModel(
            scenario: scenario, organization: type, units: organization, calendar: WorkingCalendar(scenario.calendar, horizon: horizon),
            positions: positions, resources: resources, caseUnits: builder.routing.units, steps: builder.infos,
            compiled: builder.compiled, rules: builder.rules, forks: builder.forks, routing: builder.routing,
            resourceCalendars: resourceCalendars, resourceCalendar: resources.map { calendarOfPosition[$0.position] ?? -1 },
            participantSlots: builder.participantSlots,
            resourcePosition: builder.routing.positionIndex(in: type),
            samplers: builder.samplers, entry: entries, hasCycleSteps: !cycleSteps.isEmpty, arrivals: arrivals,
            limit: workload.limit, calendarArrivals: workload.calendarArrivals, individuShare: workload.shares.individu, teamShare: workload.shares.timKerja,
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
    var routing: Routing
    /// Lane slots already added, by their positions.
    var slots: [[PositionID]: Int32] = [:]
    var samplers: [Sampler] = []
    var rules: [DecisionRule] = []
    var forks: [[Int32]] = []
    var participantSlots: [[Int32]] = []

    init(scenario: Scenario, type: OrganizationType, library: Library, routing: Routing) {
        self.scenario = scenario
        self.type = type
        self.library = library
        self.routing = routing
    }

    /// Adds a flow's steps; returns the global index of its first step.
    mutating func add(
        _ map: CrossFunctionalMap, flow: CompiledStep.Flow, staffing: (Lane) -> Staffing, durations: DurationTable, prefix: String
    ) throws -> Int32 {
        let base = Int32(compiled.count)
        let graph = FlowGraph(map)
        // Branches that never join would leave a case's tokens behind; the validator says why.
        if let problem = Validator.checkParallel(map).first { throw SimulationError.invalidScenario([problem]) }
        let global: (StepID) -> Int32 = { id in graph.index(of: id).map { base + Int32($0) } ?? -1 }
        // A parallel split leads to a fork, added after the map's steps, that starts every branch.
        var splits: [(step: Int, targets: [Int32])] = []
        for (index, step) in map.steps.enumerated() {
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
                    item.slot = slot(ids)
                    performer = ids.map(\.rawValue).joined(separator: "/")
                    // `with:` lanes (bersama, dan/atau): their people are held for the step too.
                    let with = step.participants.compactMap { map.lane($0.id) }.compactMap { lane -> Int32? in
                        guard case let .positions(ids) = staffing(lane) else { return nil }
                        return slot(ids)
                    }.filter { $0 >= 0 }
                    if !with.isEmpty {
                        item.with = Int32(participantSlots.count)
                        participantSlots.append(with)
                    }
                case .external, .unresolved:
                    performer = "eksternal"
                }
            case .decision:
                item.kind = .decision
                item.rule = Int32(rules.count)
                rules.append(rule(for: step, isMechanism: flow == .mechanism, global: global))
            }
            item.isJoin = step.isJoin
            if step.isSplit {
                splits.append((index, step.next.map { global($0.id) }))
            } else if step.kind != .decision, step.kind != .end, step.next.count > 1 {
                throw SimulationError.unsupported(
                    "step '\(step.id)' leads to \(step.next.count) steps at once; only a start or an activity splits into parallel branches (use a decision, or put an activity before the split)",
                    at: step.next[1].location)
            }
            compiled.append(item)
            infos.append(StepInfo(activity: prefix + step.id.rawValue, text: step.text, stage: step.stage?.rawValue,
                                  performer: performer, isActivity: step.kind == .activity, isCycle: item.isCycle))
        }
        for (index, targets) in splits {
            let split = Int(base) + index
            compiled[split].next = Int32(compiled.count)
            compiled.append(CompiledStep(kind: .fork, flow: flow, info: compiled[split].info, rule: Int32(forks.count)))
            forks.append(targets)
        }
        return base
    }

    /// The routing slot of a lane's positions, added once per set of positions.
    private mutating func slot(_ positions: [PositionID]) -> Int32 {
        if let known = slots[positions] { return known }
        let slot = routing.addLane(positions)
        slots[positions] = slot
        return slot
    }

    /// The engine's form of the scenario's resolution of a decision (``Scenario/resolution(of:inMechanism:)``).
    private func rule(for step: FlowStep, isMechanism: Bool, global: @escaping (StepID) -> Int32) -> DecisionRule {
        let targets = step.branches.map { global($0.target.id) }
        switch scenario.resolution(of: step, inMechanism: isMechanism) {
        case let .probabilities(values):
            var running = 0.0
            return .probabilities(targets: targets, cumulative: values.map { running += $0; return running },
                                  rework: step.branches.map { $0.meaning == .perbaikan },
                                  refuse: step.branches.map { $0.meaning == .ditolak })
        case let .assignment(individu, timKerja):
            return .assignment(individual: targets[individu], team: targets[timKerja])
        case let .approval(disetujui, ditolak):
            return .approval(approve: targets[disetujui], refuse: targets[ditolak])
        case .undecided:
            return .probabilities(targets: [targets[0]], cumulative: [1], rework: [false], refuse: [false])
        }
    }
}
