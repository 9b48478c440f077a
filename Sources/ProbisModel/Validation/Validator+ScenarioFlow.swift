extension Validator {
    /// Every step a case can reach must be runnable: activities need people (with at least one holder per
    /// position) and a duration; decisions that the assignment type or an approval does not decide need
    /// branch probabilities.
    func checkStepsToRun(_ scenario: Scenario, type: OrganizationType, flow: CrossFunctionalMap, mechanism: CrossFunctionalMap?) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let owner = "scenario '\(scenario.header.id)'"
        let at = scenario.header.location
        var reportedPositions: Set<PositionID> = []
        let flows: [(CrossFunctionalMap, Bool)] = [(flow, false)] + (mechanism.map { [($0, true)] } ?? [])
        for (map, isMechanism) in flows {
            let table = isMechanism ? scenario.penunjukan?.durations ?? DurationTable() : scenario.durations
            let whose = isMechanism ? "mechanism step" : "step"
            for step in FlowGraph(map).reachableSteps {
                switch step.kind {
                case .activity:
                    // With an ABK table, steps no row names take no time (Scenario.derivingABK).
                    if table.duration(of: step.id) == nil, isMechanism || scenario.abk == nil {
                        let key = isMechanism ? "'penunjukan: durations:'" : "'durations:'"
                        out.append(.error(.missingDuration, at: table.location ?? (isMechanism ? scenario.penunjukan?.location : nil) ?? at,
                            "\(owner) gives no duration to \(whose) '\(step.id)' (add it under \(key), or give 'default')"))
                    }
                    guard let lane = map.lane(step.lane.id) else { continue }
                    let staffing = isMechanism ? scenario.mechanismStaffing(of: lane) : scenario.staffing(of: lane, in: type)
                    switch staffing {
                    case .external: break
                    case .unresolved:
                        // At the scenario's `lanes:` where the fix goes, else at the lane that names nobody.
                        out.append(.error(.unstaffedLane, at: (isMechanism ? nil : scenario.keyLocations["lanes"]) ?? lane.location ?? at,
                            "\(owner) cannot tell who does step '\(step.id)': lane '\(lane.id)' names no positions (say who works in it under 'lanes:', with position ids or 'eksternal')"))
                    case let .positions(positions):
                        for position in positions where scenario.headcount(of: position, in: type) == 0 && !reportedPositions.contains(position) {
                            reportedPositions.insert(position)
                            let override = scenario.headcounts.last { $0.position.id == position }
                            out.append(.error(.emptyPosition, at: override?.location ?? at,
                                "position '\(position)' has headcount 0 in \(owner), but \(whose) '\(step.id)' needs it (lane '\(lane.id)'); give it at least 1 person or staff the lane with other positions"))
                        }
                    }
                case .decision:
                    if scenario.resolution(of: step, inMechanism: isMechanism) == .undecided {
                        out.append(.error(.missingProbabilities, at: scenario.keyLocations["branches"] ?? step.location ?? at,
                            "\(owner) gives no branch probabilities to decision '\(step.id)' (add them under 'branches:', e.g. '\(step.id): {\(step.branches.map { "\($0.meaning?.rawValue ?? $0.label): …" }.joined(separator: ", "))}')"))
                    }
                case .start, .end, .connector:
                    break
                }
            }
        }
        return out
    }

    /// Whether every case can finish: from every step a case can reach, an end must be reachable over
    /// branches with a probability above 0. A loop taken with probability 1 is reported at its decision.
    func checkFinishing(_ scenario: Scenario, flow: CrossFunctionalMap, mechanism: LintasFungsiMap?) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let flows: [(CrossFunctionalMap, Bool)] = [(flow, false)] + (mechanism.map { [($0.flow, true)] } ?? [])
        for (map, isMechanism) in flows {
            let graph = FlowGraph(map)
            var positive = Digraph(count: map.steps.count)
            for (index, step) in map.steps.enumerated() {
                let targets: [(StepID, Bool)]
                if step.kind == .decision {
                    let possible = scenario.possibleBranches(of: step, inMechanism: isMechanism, mechanismMode: mechanism?.mechanism?.mode)
                    targets = zip(step.branches, possible).map { ($0.target.id, $1) }
                } else {
                    targets = step.next.map { ($0.id, true) }
                }
                for (target, possible) in targets where possible {
                    if let to = graph.index(of: target) { positive.addEdge(index, to) }
                }
            }
            let reached = positive.reachable(from: graph.startIndices)
            let finishes = positive.coreachable(to: graph.endIndices)
            let trapped = map.steps.indices.filter { reached[$0] && !finishes[$0] }
            guard !trapped.isEmpty else { continue }
            let decisions = trapped.map { map.steps[$0] }.filter { $0.kind == .decision }
            let loop = positive.cyclicComponents.first { component in component.contains { trapped.contains($0) } }
            let loopText = loop.map { component -> String in
                let steps = positive.cycle(in: component).map { map.steps[$0].id.rawValue }
                return " (" + (steps + [steps[0]]).joined(separator: " → ") + ")"
            } ?? ""
            if let decision = decisions.first(where: { step in scenario.branches.contains { $0.decision.id == step.id } }) ?? decisions.first {
                let entry = scenario.branches.first { $0.decision.id == decision.id }
                let shut = decision.branches.filter { branch in
                    guard let to = graph.index(of: branch.target.id) else { return false }
                    return finishes[to]
                }.map { $0.meaning?.rawValue ?? $0.label }
                let why = shut.isEmpty ? "" : ": branch '\(shut.joined(separator: "', '"))' has probability 0"
                out.append(.error(.endlessLoop, at: entry?.location ?? scenario.header.location,
                    "no case of scenario '\(scenario.header.id)' that reaches decision '\(decision.id)' can ever finish\(why), so the loop\(loopText) is taken with probability 1"))
            } else {
                let step = map.steps[trapped[0]]
                out.append(.error(.endlessLoop, at: scenario.header.location,
                    "no case of scenario '\(scenario.header.id)' that reaches step '\(step.id)' can ever finish\(loopText)"))
            }
        }
        return out
    }
}
