extension Validator {
    /// A scenario: its values (distributions, shares, probabilities, calendar, run settings), then its
    /// references into the organization type, its mechanism and whether every case can finish.
    func checkScenario(_ scenario: Scenario) -> [Diagnostic] {
        var out = checkScenarioValues(scenario)
        let owner = "scenario '\(scenario.header.id)'"
        if let problem = checkDocumentReference(scenario.organization, from: owner, role: "organization", kinds: [.organizationType, .organization]) {
            return out + [problem]
        }
        // An organization whose type does not resolve is reported at the organization, not again here.
        guard let type = library.simulated(by: scenario)?.type else { return out }
        guard let flow = type.flow else {
            return out + [.error(.nothingToSimulate, at: scenario.organization.location,
                "\(owner) simulates '\(type.header.id)', which has no stage flow ('flow:')")]
        }
        if scenario.isDefault, let other = library.scenarios.first(where: { $0.isDefault && $0.organization.id == scenario.organization.id }),
           other.header.id != scenario.header.id {
            out.append(.error(.duplicateDefault, at: scenario.keyLocations["default"] ?? scenario.header.location,
                "\(owner) is marked 'default: true', but '\(other.header.id)' already is the default scenario of '\(type.header.id)'"))
        }
        let positionIDs = type.positions.map(\.id.rawValue)
        for override in scenario.headcounts where type.position(override.position.id) == nil {
            out.append(.error(.danglingReference, at: override.position.location,
                "\(owner) sets the headcount of '\(override.position.id)', which is not a position of '\(type.header.id)'\(Suggestion.hint(for: override.position.id.rawValue, in: positionIDs))"))
        }
        for own in scenario.positionCalendars where type.position(own.position.id) == nil {
            out.append(.error(.danglingReference, at: own.position.location,
                "\(owner) gives a calendar to '\(own.position.id)', which is not a position of '\(type.header.id)'\(Suggestion.hint(for: own.position.id.rawValue, in: positionIDs))"))
        }
        for pooled in scenario.pooled where type.position(pooled.id) == nil {
            out.append(.error(.danglingReference, at: pooled.location,
                "\(owner) pools '\(pooled.id)', which is not a position of '\(type.header.id)'\(Suggestion.hint(for: pooled.id.rawValue, in: positionIDs))"))
        }
        if case .organization? = library.document(scenario.organization.id), let first = scenario.headcounts.first {
            out.append(.error(.misplacedKey, at: first.position.location,
                "\(owner) runs on organization '\(scenario.organization.id)', whose units say how many hold each position; set headcounts there, not in the scenario"))
        }
        out += checkUnitWorkloads(scenario, flow: flow, owner: owner)
        if let organization = library.simulated(by: scenario)?.organization {
            out += checkAbkKeys(scenario, type: type, organization: organization)
        }
        out += checkStaffingEntries(scenario.lanes, lanes: flow.lanes, map: type.header.id, type: type, owner: owner)
        out += checkStepEntries(scenario, flow: flow, map: type.header.id, durations: scenario.durations, owner: owner)
        var mechanism: LintasFungsiMap?
        if let penunjukan = scenario.penunjukan {
            if let problem = checkDocumentReference(penunjukan.mechanism, from: owner, role: "mechanism", kinds: [.petaLintasFungsi]) {
                out.append(problem)
            } else if case let .petaLintasFungsi(map)? = library.document(penunjukan.mechanism.id) {
                mechanism = map
                out += checkStaffingEntries(penunjukan.lanes, lanes: map.flow.lanes, map: map.header.id, type: type, owner: owner)
                out += checkStepEntries(scenario, flow: map.flow, map: map.header.id, durations: penunjukan.durations, owner: owner)
            }
            if flow.step(penunjukan.after.id) == nil {
                out.append(.error(.danglingReference, at: penunjukan.after.location,
                    "\(owner) runs the penunjukan after step '\(penunjukan.after.id)', which is not a step of '\(type.header.id)'\(Suggestion.hint(for: penunjukan.after.id.rawValue, in: flow.steps.map(\.id.rawValue)))"))
            }
        }
        out += checkBranchEntries(scenario, flows: [(flow, type.header.id)] + (mechanism.map { [($0.flow, $0.header.id)] } ?? []), owner: owner)
        out += checkQueueRanks(scenario, flow: flow, owner: owner)
        out += checkStepsToRun(scenario, type: type, flow: flow, mechanism: mechanism?.flow)
        out += checkFinishing(scenario, flow: flow, mechanism: mechanism)
        return out
    }

    /// Distributions, shares, probabilities, the calendar and the run settings: checks that need no other
    /// document.
    private func checkScenarioValues(_ scenario: Scenario) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let owner = "scenario '\(scenario.header.id)'"
        func distribution(_ spec: DistributionSpec, _ what: String, units: Set<String> = ["s", "m", "h"]) {
            let limit = (SimulationLimits.maximumSeconds, SimulationLimits.maximumSecondsText)
            for problem in spec.distribution.problems(show: { DurationText.format($0, allowed: units) }, maximum: limit) {
                out.append(.error(.impossibleDistribution, at: spec.location, "\(what): \(spec.distribution.name) \(problem)"))
            }
        }
        let workload = scenario.workload
        if case let .interarrival(spec) = workload.arrivals {
            distribution(spec, "inter-arrival time of \(owner)")
            if spec.distribution.problems().isEmpty, spec.distribution.nominalMean <= 0 {
                out.append(.error(.impossibleDistribution, at: spec.location,
                    "inter-arrival time of \(owner) has mean 0, so cases would arrive endlessly at one moment"))
            }
        }
        out += checkTeamSize(workload.teamSize, owner: owner)
        let shares = workload.shares
        let parts = [("individu", shares.individu), ("tim-kerja", shares.timKerja), ("lintas-unit", shares.lintasUnit)]
        for (name, value) in parts where !(0...1).contains(value) {
            out.append(.error(.invalidProbability, at: shares.location, "share '\(name)' of \(owner) must be between 0 and 1, found \(value)"))
        }
        let total = parts.reduce(0) { $0 + $1.1 }
        if abs(total - 1) > 1e-6 {
            out.append(.error(.probabilitiesSum, at: shares.location,
                "shares of \(owner) add up to \(Self.decimal(total)), not 1 (individu \(Self.decimal(shares.individu)) + tim-kerja \(Self.decimal(shares.timKerja)) + lintas-unit \(Self.decimal(shares.lintasUnit)))"))
        }
        if shares.lintasUnit > 0, scenario.penunjukan == nil {
            out.append(.error(.missingKey, at: shares.location,
                "\(owner) gives cross-unit cases a share of \(Self.decimal(shares.lintasUnit)) but no 'penunjukan:' to run for them"))
        }
        for entry in scenario.durations.entries { distribution(entry.duration, "duration of step '\(entry.step.id)'") }
        if let fallback = scenario.durations.fallback { distribution(fallback, "default duration of \(owner)") }
        if let penunjukan = scenario.penunjukan {
            distribution(penunjukan.letterDelay, "letter delay of \(owner)", units: ["s", "m", "h", "d", "w"])
            for entry in penunjukan.durations.entries { distribution(entry.duration, "duration of mechanism step '\(entry.step.id)'") }
            if let fallback = penunjukan.durations.fallback { distribution(fallback, "default duration of the mechanism of \(owner)") }
            if !(0...1).contains(penunjukan.refusal) {
                out.append(.error(.invalidProbability, at: penunjukan.refusalLocation ?? penunjukan.location, "refusal probability of \(owner) must be between 0 and 1, found \(penunjukan.refusal)"))
            }
        }
        for entry in scenario.branches {
            for item in entry.probabilities where !(0...1).contains(item.probability) {
                out.append(.error(.invalidProbability, at: item.location,
                    "probability of branch '\(item.branch)' of decision '\(entry.decision.id)' must be between 0 and 1, found \(item.probability)"))
            }
            let sum = entry.probabilities.reduce(0) { $0 + $1.probability }
            if abs(sum - 1) > 1e-6 {
                let terms = entry.probabilities.map { "\($0.branch) \(Self.decimal($0.probability))" }.joined(separator: " + ")
                out.append(.error(.probabilitiesSum, at: entry.location,
                    "branch probabilities of decision '\(entry.decision.id)' add up to \(Self.decimal(sum)), not 1 (\(terms))"))
            }
        }
        for problem in scenario.calendar.problems() {
            out.append(.error(.invalidCalendar, at: scenario.calendar.location ?? scenario.header.location, "calendar of \(owner): \(problem)"))
        }
        out += checkWorkingDays(scenario.calendar, owner: owner, location: scenario.calendar.location ?? scenario.header.location)
        if scenario.horizon == nil, workload.limit == nil {
            out.append(.error(.endlessRun, at: workload.location ?? scenario.header.location,
                "\(owner) has neither a 'horizon' nor a case 'limit', so a run would never end"))
        }
        out += checkRunLength(scenario, owner: owner)
        if let horizon = scenario.horizon, scenario.warmUp >= horizon {
            out.append(.error(.invalidSetting, at: scenario.settingsLocation ?? scenario.header.location,
                "warm-up of \(owner) (\(DurationText.format(Double(scenario.warmUp), allowed: ["s", "m", "h", "d", "w", "y"]))) is not shorter than its horizon (\(DurationText.format(Double(horizon), allowed: ["s", "m", "h", "d", "w", "y"])))"))
        }
        return out
    }

    /// `0.85`, without trailing zeros.
    static func decimal(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return String(value) }
        let rounded = (value * 1e6).rounded() / 1e6
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    private func checkStaffingEntries(_ entries: [LaneStaffing], lanes: [Lane], map: DocumentID, type: OrganizationType, owner: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let laneIDs = lanes.map(\.id.rawValue), positionIDs = type.positions.map(\.id.rawValue)
        for entry in entries {
            if !lanes.contains(where: { $0.id == entry.lane.id }) {
                out.append(.error(.danglingReference, at: entry.lane.location,
                    "\(owner) staffs lane '\(entry.lane.id)', which is not a lane of '\(map)'\(Suggestion.hint(for: entry.lane.id.rawValue, in: laneIDs))"))
            }
            guard case let .positions(references) = entry.staff else { continue }
            if references.isEmpty {
                out.append(.error(.unstaffedLane, at: entry.lane.location,
                    "\(owner) staffs lane '\(entry.lane.id)' with no positions, so its steps would wait forever; name at least one position of '\(type.header.id)', or 'eksternal'"))
            }
            for reference in references where type.position(reference.id) == nil {
                out.append(.error(.danglingReference, at: reference.location,
                    "\(owner) puts position '\(reference.id)' in lane '\(entry.lane.id)', but it is not a position of '\(type.header.id)'\(Suggestion.hint(for: reference.id.rawValue, in: positionIDs))"))
            }
        }
        return out
    }

    private func checkStepEntries(_ scenario: Scenario, flow: CrossFunctionalMap, map: DocumentID, durations: DurationTable, owner: String) -> [Diagnostic] {
        let stepIDs = flow.steps.map(\.id.rawValue)
        return durations.entries.compactMap { entry in
            guard let step = flow.step(entry.step.id) else {
                return .error(.danglingReference, at: entry.step.location,
                    "\(owner) gives a duration to step '\(entry.step.id)', which is not a step of '\(map)'\(Suggestion.hint(for: entry.step.id.rawValue, in: stepIDs))")
            }
            guard step.kind == .activity else {
                return .error(.invalidDuration, at: entry.step.location,
                    "\(owner) gives a duration to step '\(entry.step.id)', which is a \(step.kind.rawValue); only activities take time")
            }
            return nil
        }
    }

    private func checkBranchEntries(_ scenario: Scenario, flows: [(flow: CrossFunctionalMap, id: DocumentID)], owner: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for entry in scenario.branches {
            guard let step = flows.lazy.compactMap({ $0.flow.step(entry.decision.id) }).first else {
                let names = flows.flatMap { $0.flow.steps.filter { $0.kind == .decision }.map(\.id.rawValue) }
                out.append(.error(.danglingReference, at: entry.decision.location,
                    "\(owner) gives branch probabilities to '\(entry.decision.id)', which is not a decision of '\(flows[0].id)'\(Suggestion.hint(for: entry.decision.id.rawValue, in: names))"))
                continue
            }
            guard step.kind == .decision else {
                out.append(.error(.invalidBranch, at: entry.decision.location,
                    "\(owner) gives branch probabilities to step '\(step.id)', which is a \(step.kind.rawValue), not a decision"))
                continue
            }
            let names = step.branches.map { $0.meaning?.rawValue ?? $0.label }
            for item in entry.probabilities where !step.branches.contains(where: item.names) {
                out.append(.error(.danglingReference, at: item.location,
                    "decision '\(step.id)' has no branch '\(item.branch)' (its branches: \(names.joined(separator: ", ")))\(Suggestion.hint(for: item.branch, in: names))"))
            }
        }
        return out
    }

    private func checkQueueRanks(_ scenario: Scenario, flow: CrossFunctionalMap, owner: String) -> [Diagnostic] {
        guard case let .priority(ranks) = scenario.queue else { return [] }
        let keys = Stage.allCases.map(\.rawValue) + flow.steps.map(\.id.rawValue)
        return ranks.filter { !keys.contains($0.key) }.map { rank in
            .error(.danglingReference, at: rank.location,
                "\(owner) ranks '\(rank.key)', which is neither a stage nor a step of '\(scenario.organization.id)'\(Suggestion.hint(for: rank.key, in: keys))")
        }
    }
}

extension Validator {
    /// Checks one scenario against the library it refers to: what a simulation checks before any run.
    /// Diagnostics are sorted by location.
    public static func validate(scenario: Scenario, in library: Library) -> [Diagnostic] {
        Validator(library: library).checkScenario(scenario).sorted()
    }

    /// `workload: units:` names units of the organization the scenario runs on that have someone to give
    /// kegiatan to.
    private func checkUnitWorkloads(_ scenario: Scenario, flow: CrossFunctionalMap, owner: String) -> [Diagnostic] {
        guard !scenario.workload.units.isEmpty, let (type, organization) = library.simulated(by: scenario) else { return [] }
        let performers = scenario.performerLane(of: flow, in: type)?.positions ?? []
        let ids = organization.units.map(\.id.rawValue)
        var out: [Diagnostic] = []
        for entry in scenario.workload.units {
            guard let unit = organization.unit(entry.unit.id) else {
                out.append(.error(.danglingReference, at: entry.unit.location,
                    "\(owner) gives kegiatan to unit '\(entry.unit.id)', which is not a unit of '\(organization.header.id)'\(Suggestion.hint(for: entry.unit.id.rawValue, in: ids))"))
                continue
            }
            if entry.perYear > 0, !performers.isEmpty, performers.allSatisfy({ unit.headcount(of: $0) == 0 }) {
                out.append(.error(.invalidSetting, at: entry.unit.location,
                    "\(owner) gives kegiatan to unit '\(unit.id)', where nobody holds \(performers.map(\.rawValue).joined(separator: ", ")) to carry them out"))
            }
        }
        return out
    }
}
