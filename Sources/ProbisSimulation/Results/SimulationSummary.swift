import ProbisModel

/// The results of all replications of a scenario: means with 95% confidence intervals, per position and
/// per step, work in progress over time and the bottleneck ranking. Hours are working hours; days are
/// calendar days.
public struct SimulationSummary: Sendable, Hashable, Codable {
    /// The scenario's id.
    public var scenario: String
    /// Its title.
    public var title: String
    /// The organization type's id.
    public var organization: String
    /// The organization type's title.
    public var organizationTitle: String
    /// The organization document the scenario runs on, when it names one (else the type's default
    /// organization): its id and title.
    public var units: String?
    public var unitsTitle: String?
    /// The seed used.
    public var seed: UInt64
    /// Replications run.
    public var replications: Int
    /// Length of a run in calendar days (`nil`: until the case limit was done).
    public var horizonDays: Double?
    /// Warm-up in calendar days.
    public var warmUpDays: Double
    /// Cases that arrived in the observation window.
    public var arrivals: Estimate?
    /// Of those, cases finished.
    public var completed: Estimate?
    /// Finished cases per year.
    public var throughputPerYear: Estimate?
    /// Mean cycle time in working hours.
    public var cycleWorkingHours: Estimate?
    /// 90th percentile of the cycle time in working hours.
    public var cycleWorkingHoursP90: Estimate?
    /// Mean cycle time in calendar days.
    public var cycleCalendarDays: Estimate?
    /// Share of finished cases reworked at least once.
    public var reworkShare: Estimate?
    /// Mean work in progress (L).
    public var wipMean: Estimate?
    /// Largest work in progress.
    public var wipMax: Estimate?
    /// Arrival rate × mean time in the system (λW), to set against L.
    public var littleLambdaW: Estimate?
    /// Work in progress at regular times, averaged over replications.
    public var wipOverTime: [WipPoint]
    /// Positions that some step needs, in the organization type's order: the sums over their people.
    public var positions: [PositionSummary]
    /// The people (and pools) some step needs, in the organization's order.
    public var resources: [ResourceSummary]
    /// The units kegiatan belong to.
    public var unitRows: [UnitSummary]
    /// Steps that ran, in flow order.
    public var steps: [StepSummary]
    /// People (and pools) ranked by the waiting they cause, with a reason each.
    public var bottlenecks: [Bottleneck]
}

/// Work in progress at one time.
public struct WipPoint: Sendable, Hashable, Codable {
    /// Calendar days since the start.
    public var day: Double
    /// Mean over replications of the cases in the system.
    public var cases: Double
}

/// One position over all replications.
public struct PositionSummary: Sendable, Hashable, Codable {
    /// The position's id.
    public var id: String
    /// Its title.
    public var title: String
    /// People holding it in the scenario.
    public var headcount: Int
    /// Busy share of available working time, 0–1.
    public var utilization: Estimate?
    /// Mean number of requests waiting.
    public var meanQueue: Estimate?
    /// Largest queue, mean over replications.
    public var maxQueue: Estimate?
    /// Mean wait of a served request, in working hours.
    public var meanWaitHours: Estimate?
    /// Working hours waited for the position per case.
    public var waitHoursPerCase: Estimate?
    /// Working hours of the position's work per case.
    public var workHoursPerCase: Estimate?
}

/// One person (or pool) over all replications.
public struct ResourceSummary: Sendable, Hashable, Codable {
    /// The person's id (`p2p/kepala-bidang`) or the pool's (`kumpulan/kasubbag`).
    public var id: String
    /// How reports name it (`Kepala Bidang P2P`).
    public var title: String
    /// The position held.
    public var position: String
    /// The unit, for a person.
    public var unit: String?
    /// People in it.
    public var headcount: Int
    /// Busy share of available working time, 0–1.
    public var utilization: Estimate?
    /// Mean number of requests waiting.
    public var meanQueue: Estimate?
    /// Largest queue, mean over replications.
    public var maxQueue: Estimate?
    /// Mean wait of a request, in working hours, counting requests still waiting at the end.
    public var meanWaitHours: Estimate?
    /// Working hours waited for it per case.
    public var waitHoursPerCase: Estimate?
    /// Kegiatan assigned and in hand, time-average (performers only).
    public var assignedMean: Estimate?
    /// Requests still waiting at the end of a run, mean over replications.
    public var waitingAtEnd: Estimate?
    /// Nearly always busy with a queue that keeps growing: the second half of the run's queue is well
    /// above the first half's at a utilization of 90% or more. Its waits depend on the horizon.
    public var unstable: Bool
}

/// One unit's kegiatan over all replications.
public struct UnitSummary: Sendable, Hashable, Codable {
    /// The unit's id.
    public var id: String
    /// Its title.
    public var title: String
    /// Share of the kegiatan that belong to it.
    public var share: Double
    /// Kegiatan finished per replication.
    public var completed: Estimate?
    /// Mean cycle time in working hours.
    public var cycleWorkingHours: Estimate?
}

/// One step over all replications.
public struct StepSummary: Sendable, Hashable, Codable {
    /// The step's id (`penunjukan:` prefixed for the mechanism's steps).
    public var activity: String
    /// The action as the map words it.
    public var text: String
    /// Its stage, if any.
    public var stage: String?
    /// Who does it: position ids joined by `/`, or `eksternal`.
    public var performer: String
    /// Times done per replication.
    public var visits: Estimate?
    /// Mean wait before starting, in working hours.
    public var meanWaitHours: Estimate?
    /// Mean processing time, in working hours.
    public var meanWorkHours: Estimate?
}

/// A person (or pool) that holds work up, with why.
public struct Bottleneck: Sendable, Hashable, Codable {
    /// 1 for the worst.
    public var rank: Int
    /// The resource's id (`p2p/kepala-bidang`).
    public var resource: String
    /// How reports name it (`Kepala Bidang P2P`).
    public var title: String
    /// The position's id.
    public var position: String
    /// Whether its queue keeps growing (``ResourceSummary/unstable``).
    public var unstable: Bool
    /// Working hours of waiting it adds per case.
    public var waitHoursPerCase: Double
    /// Its utilization, 0–1.
    public var utilization: Double
    /// One line in Bahasa Indonesia.
    public var reason: String
}

extension SimulationSummary {
    /// Summarizes replications of a model.
    public init(model: SimulationModel, results: [ReplicationResult]) {
        let scenario = model.scenario
        func estimate(_ values: (ReplicationResult) -> Double?) -> Estimate? { Estimate(results.compactMap(values)) }
        self.scenario = scenario.header.id.rawValue
        title = scenario.header.title
        organization = model.organization.header.id.rawValue
        organizationTitle = model.organization.header.title
        if model.units.header.id != model.organization.header.id {
            units = model.units.header.id.rawValue
            unitsTitle = model.units.header.title
        }
        seed = scenario.seed
        replications = results.count
        horizonDays = scenario.horizon.map { Double($0) / 86_400 }
        warmUpDays = Double(scenario.warmUp) / 86_400
        arrivals = estimate { Double($0.arrivals) }
        completed = estimate { Double($0.completed) }
        throughputPerYear = estimate(\.throughputPerYear)
        cycleWorkingHours = estimate(\.cycleWorkingHours)
        cycleWorkingHoursP90 = estimate(\.cycleWorkingHoursP90)
        cycleCalendarDays = estimate(\.cycleCalendarDays)
        reworkShare = estimate(\.reworkShare)
        wipMean = estimate(\.wipMean)
        wipMax = estimate { Double($0.wipMax) }
        littleLambdaW = estimate(\.littleLambdaW)
        let samples = results.map(\.wipSamples.count).min() ?? 0
        wipOverTime = (0..<samples).map { index in
            WipPoint(day: Double(Int64(index + 1) * model.sampleInterval) / 86_400,
                     cases: results.reduce(0) { $0 + Double($1.wipSamples[index]) } / Double(results.count))
        }
        positions = model.positions.indices.filter { model.positions[$0].used }.map { index in
            let info = model.positions[index]
            return PositionSummary(
                id: info.id, title: info.title, headcount: info.headcount,
                utilization: estimate { $0.positions[index].utilization }, meanQueue: estimate { $0.positions[index].meanQueue },
                maxQueue: estimate { Double($0.positions[index].maxQueue) }, meanWaitHours: estimate { $0.positions[index].meanWaitHours },
                waitHoursPerCase: estimate { $0.positions[index].waitHoursPerCase },
                workHoursPerCase: estimate { $0.positions[index].workHoursPerCase })
        }
        steps = model.steps.indices.filter { index in model.steps[index].isActivity && results.contains { $0.steps[index].visits > 0 } }.map { index in
            let info = model.steps[index]
            return StepSummary(activity: info.activity, text: info.text, stage: info.stage, performer: info.performer,
                               visits: estimate { Double($0.steps[index].visits) }, meanWaitHours: estimate { $0.steps[index].meanWaitHours },
                               meanWorkHours: estimate { $0.steps[index].meanWorkHours })
        }
        resources = model.resources.indices.filter { model.resources[$0].used }.map { index in
            let info = model.resources[index]
            let utilization = estimate { $0.resources[index].utilization }
            let first = estimate { $0.resources[index].meanQueueFirstHalf }?.mean ?? 0
            let second = estimate { $0.resources[index].meanQueueSecondHalf }?.mean ?? 0
            return ResourceSummary(
                id: info.id, title: info.title, position: info.position, unit: info.unit, headcount: info.headcount,
                utilization: utilization, meanQueue: estimate { $0.resources[index].meanQueue },
                maxQueue: estimate { Double($0.resources[index].maxQueue) }, meanWaitHours: estimate { $0.resources[index].meanWaitHours },
                waitHoursPerCase: estimate { $0.resources[index].waitHoursPerCase },
                assignedMean: estimate { $0.resources[index].assignedMean },
                waitingAtEnd: estimate { Double($0.resources[index].waitingAtEnd) },
                unstable: (utilization?.mean ?? 0) >= 0.9 && second >= max(1, 1.5 * first))
        }
        unitRows = model.caseUnits.indices.map { index in
            let info = model.caseUnits[index]
            return UnitSummary(id: info.id, title: info.title, share: info.share,
                               completed: estimate { Double($0.units[index].completed) },
                               cycleWorkingHours: estimate { $0.units[index].cycleWorkingHours })
        }
        bottlenecks = Self.rank(resources)
    }

    /// Ranks people and pools by the working hours of waiting they add per case, then by utilization.
    static func rank(_ positions: [ResourceSummary]) -> [Bottleneck] {
        let candidates = positions.filter { ($0.utilization?.mean ?? 0) > 0 }
        let ordered = candidates.sorted { a, b in
            let (waitA, waitB) = (a.waitHoursPerCase?.mean ?? 0, b.waitHoursPerCase?.mean ?? 0)
            if waitA != waitB { return waitA > waitB }
            return (a.utilization?.mean ?? 0) > (b.utilization?.mean ?? 0)
        }
        return ordered.enumerated().map { offset, position in
            let utilization = position.utilization?.mean ?? 0
            let wait = position.waitHoursPerCase?.mean ?? 0
            let queue = position.meanQueue?.mean ?? 0
            let maxQueue = position.maxQueue?.mean ?? 0
            var reason = "utilisasi \(IndonesianNumber.percent(utilization))"
            if position.unstable {
                reason += " (tidak stabil: antrean terus bertambah)"
            } else if utilization >= 0.85 {
                reason += " (hampir penuh)"
            }
            reason += ", antrean rata-rata \(IndonesianNumber.format(queue)) (maks \(IndonesianNumber.format(maxQueue, decimals: 0)))"
            reason += ", menambah \(IndonesianNumber.format(wait)) jam kerja tunggu per kegiatan"
            if position.headcount == 1 { reason += "; hanya 1 orang" }
            return Bottleneck(rank: offset + 1, resource: position.id, title: position.title, position: position.position,
                              unstable: position.unstable, waitHoursPerCase: wait, utilization: utilization, reason: reason)
        }
    }
}
