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
    /// Positions that some step needs, in the organization type's order.
    public var positions: [PositionSummary]
    /// Steps that ran, in flow order.
    public var steps: [StepSummary]
    /// Positions ranked by the waiting they cause, with a reason each.
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

/// A position that holds work up, with why.
public struct Bottleneck: Sendable, Hashable, Codable {
    /// 1 for the worst.
    public var rank: Int
    /// The position's id.
    public var position: String
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
        bottlenecks = Self.rank(positions)
    }

    /// Ranks positions by the working hours of waiting they add per case, then by utilization.
    static func rank(_ positions: [PositionSummary]) -> [Bottleneck] {
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
            if utilization >= 0.85 { reason += " (hampir penuh)" }
            reason += ", antrean rata-rata \(IndonesianNumber.format(queue)) (maks \(IndonesianNumber.format(maxQueue, decimals: 0)))"
            reason += ", menambah \(IndonesianNumber.format(wait)) jam kerja tunggu per kegiatan"
            if position.headcount == 1 { reason += "; hanya 1 orang" }
            return Bottleneck(rank: offset + 1, position: position.id, waitHoursPerCase: wait, utilization: utilization, reason: reason)
        }
    }
}
