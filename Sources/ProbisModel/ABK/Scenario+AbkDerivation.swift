/// How an ABK table becomes a scenario's workload and working times (docs/abk.md, "From the table to the
/// simulation").
///
/// A row that names a `langkah` (a step of the stage flow whose lane the row's jabatan works in) gives that
/// step, for that jabatan in that unit, the working time that makes the simulated offered work equal the
/// row's beban kerja:
///
///     duration(step, unit, jabatan) = Σ beban kerja of its rows ÷ (kegiatan served × visits × share)
///
/// - kegiatan a year of a unit (``UnitWorkload``): the scenario's `workload: units:` entry if it has one,
///   else the largest volume a year of the unit's rows that name a non-siklus step (assumption: the most
///   frequent hasil kerja of the flow is made once per kegiatan). A row of a unit without performers
///   (the Kepala Dinas in the top unit) serves the kegiatan of every unit below it.
/// - visits: how often a kegiatan passes the step on average (``expectedVisits(flow:)``: branch
///   probabilities, the share of individual and team work, perbaikan loops; team steps × mean team size).
/// - share: of the step's visits in the unit, those done by holders of the jabatan: 1 for a lane of one
///   position, else the jabatan's holders over the lane's holders in the unit (kegiatan go evenly to
///   performers; assumption).
/// - a siklus step runs once a year per holder: its time is the rows' beban kerja over the holders.
/// - a team step (the anggota-tim lane) gets one working time per unit for every anggota, whatever their
///   jabatan: the unit's team rows over its kegiatan × visits (members are the least loaded performers,
///   so how team work splits among jabatan is the simulator's, not the table's).
///
/// Steps that no row names keep their `durations:` entry; with none they take no time.
extension Scenario {
    /// The scenario with its ABK table's workload and working times applied; itself when it has no
    /// `abk:` table, or the table's rows do not resolve (validation reports them).
    public func derivingABK(organization: Organization, type: OrganizationType) -> Scenario {
        guard let abk, let table = abk.loaded, let flow = type.flow else { return self }
        guard table.problems(organization: organization, type: type, staffing: { staffing(of: $0, in: type) }).isEmpty else { return self }
        let resolver = AbkResolver(organization: organization, type: type)
        let performers = Set(performerLane(of: flow, in: type)?.positions ?? [])
        let caseUnits = organization.units.filter { unit in performers.contains { unit.headcount(of: $0) > 0 } }.map(\.id)
        let cycleSteps = Set(flow.steps.filter { $0.cadence == .siklus }.map(\.id))

        struct Key: Hashable { var step: StepID, unit: UnitID, position: PositionID }
        var hours: [Key: Double] = [:]
        var largestVolume: [UnitID: Double] = [:]
        for row in table.rows {
            guard let step = row.step, let unit = resolver.unit(row.unit), let position = resolver.position(row.jabatan, in: unit) else { continue }
            hours[Key(step: step, unit: unit, position: position), default: 0] += row.hoursPerYear(wkeHours: abk.wkeHours)
            if !cycleSteps.contains(step) {
                largestVolume[unit] = max(largestVolume[unit] ?? 0, row.volumePerYear(wkeHours: abk.wkeHours))
            }
        }
        var perYear: [UnitID: Int] = [:]
        for unit in caseUnits {
            perYear[unit] = workload.units.last { $0.unit.id == unit }?.perYear ?? Int((largestVolume[unit] ?? 0).rounded())
        }
        /// The kegiatan a year a row of a unit serves: its own, or those of the case units below it.
        func served(by unit: UnitID) -> Int {
            if let own = perYear[unit] { return own }
            return caseUnits.filter { organization.ancestors(of: $0).contains { $0.id == unit } }.reduce(0) { $0 + (perYear[$1] ?? 0) }
        }
        let visits = expectedVisits(flow: flow)
        var derived: [PositionStepDuration] = []
        struct TeamKey: Hashable { var step: StepID, unit: UnitID }
        var teamHours: [TeamKey: (hours: Double, positions: [PositionID])] = [:]
        for (key, load) in hours.sorted(by: { ($0.key.step.rawValue, $0.key.unit.rawValue, $0.key.position.rawValue) < ($1.key.step.rawValue, $1.key.unit.rawValue, $1.key.position.rawValue) }) {
            guard let step = flow.step(key.step), let lane = flow.lane(step.lane.id) else { continue }
            let holders = { (position: PositionID) in organization.unit(key.unit)?.headcount(of: position) ?? 0 }
            let lanePositions: [PositionID]
            if case let .positions(ids) = staffing(of: lane, in: type) { lanePositions = ids } else { lanePositions = [] }
            if lane.role == .anggotaTim {
                teamHours[TeamKey(step: key.step, unit: key.unit), default: (0, lanePositions)].hours += load
                continue
            }
            var share = 1.0
            if lanePositions.count > 1 {
                let total = lanePositions.reduce(0) { $0 + holders($1) }
                share = total > 0 ? Double(holders(key.position)) / Double(total) : 0
            }
            let times: Double
            if cycleSteps.contains(key.step) {
                times = Double(max(1, holders(key.position)))
            } else {
                times = Double(served(by: key.unit)) * (visits[key.step] ?? 0) * share
            }
            guard times > 0 else { continue }
            let seconds = (load * 3600 / times).rounded()
            derived.append(PositionStepDuration(step: key.step, unit: key.unit, position: key.position,
                                                duration: DistributionSpec(.fixed(seconds), location: abk.location)))
        }
        // Team work: the unit's anggota share one working time, whatever their jabatan (members are the
        // least loaded performers, not drawn by jabatan), so the unit's team work equals its rows'.
        for (key, team) in teamHours.sorted(by: { ($0.key.step.rawValue, $0.key.unit.rawValue) < ($1.key.step.rawValue, $1.key.unit.rawValue) }) {
            let times = Double(served(by: key.unit)) * (visits[key.step] ?? 0)
            guard times > 0 else { continue }
            let spec = DistributionSpec(.fixed((team.hours * 3600 / times).rounded()), location: abk.location)
            for position in team.positions where (organization.unit(key.unit)?.headcount(of: position) ?? 0) > 0 {
                derived.append(PositionStepDuration(step: key.step, unit: key.unit, position: position, duration: spec))
            }
        }
        var result = self
        result.positionDurations = derived
        result.workload.units = caseUnits.map { UnitWorkload(unit: Reference($0, at: abk.location), perYear: perYear[$0] ?? 0) }
        result.workload.arrivals = .perCycle(perYear.values.reduce(0, +))
        if result.durations.fallback == nil { result.durations.fallback = DistributionSpec(.fixed(0), location: abk.location) }
        return result
    }

    /// How often a kegiatan passes each step of the stage flow on average: 1 on the main path, a branch's
    /// probability (or the share of individual or team work) after a decision, more inside a perbaikan loop;
    /// a team step counts once per anggota (mean team size). Siklus steps count 0 (the cycle runs them).
    public func expectedVisits(flow: CrossFunctionalMap) -> [StepID: Double] {
        let graph = FlowGraph(flow)
        let steps = flow.steps
        let index = Dictionary(steps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let shares = workload.shares
        let team = max(1, teamSizeMean)
        var mass = Array(repeating: 0.0, count: steps.count)
        var visits = Array(repeating: 0.0, count: steps.count)
        for start in graph.startIndices { mass[start] = 1 }
        for _ in 0..<100_000 {
            var next = Array(repeating: 0.0, count: steps.count)
            var moving = 0.0
            for (position, step) in steps.enumerated() where mass[position] > 1e-12 {
                let here = mass[position]
                visits[position] += here
                moving += here
                if step.kind == .decision {
                    let targets = step.branches.map { index[$0.target.id] }
                    var weights: [Double]
                    switch resolution(of: step, inMechanism: false) {
                    case let .probabilities(values): weights = values
                    case let .assignment(individu, timKerja):
                        weights = Array(repeating: 0, count: targets.count)
                        weights[individu] += shares.individu + shares.lintasUnit
                        weights[timKerja] += shares.timKerja
                    case let .approval(disetujui, _):
                        weights = Array(repeating: 0, count: targets.count)
                        weights[disetujui] = 1
                    case .undecided:
                        weights = Array(repeating: 0, count: targets.count)
                        if !weights.isEmpty { weights[0] = 1 }
                    }
                    for (target, weight) in zip(targets, weights) { if let target { next[target] += here * weight } }
                } else if let following = step.next.first.flatMap({ index[$0.id] }) {
                    next[following] += here
                }
            }
            mass = next
            if moving < 1e-12 { break }
        }
        var result: [StepID: Double] = [:]
        for (position, step) in steps.enumerated() where step.kind == .activity {
            var value = step.cadence == .siklus ? 0 : visits[position]
            if flow.lane(step.lane.id)?.role == .anggotaTim { value *= team }
            result[step.id] = value
        }
        return result
    }

    /// The mean number of anggota per team (the team-size distribution's mean).
    private var teamSizeMean: Double { workload.teamSize.distribution.nominalMean }
}
