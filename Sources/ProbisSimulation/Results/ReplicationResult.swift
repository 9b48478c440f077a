/// What one replication measured over its observation window (from the warm-up to the horizon). Hours are
/// working hours; days are calendar days.
public struct ReplicationResult: Sendable, Hashable, Codable {
    /// Cases that arrived in the window.
    public var arrivals: Int
    /// Of those, cases finished by the end of the run.
    public var completed: Int
    /// Finished cases per year of calendar time.
    public var throughputPerYear: Double
    /// Mean cycle time (arrival to acceptance) of finished cases, in working hours.
    public var cycleWorkingHours: Double?
    /// The 90th percentile of the cycle time in working hours.
    public var cycleWorkingHoursP90: Double?
    /// Mean cycle time of finished cases, in calendar days.
    public var cycleCalendarDays: Double?
    /// Share of finished cases that went back for perbaikan at least once.
    public var reworkShare: Double?
    /// Time-average of the cases in the system (L in Little's law).
    public var wipMean: Double
    /// The most cases in the system at once.
    public var wipMax: Int
    /// Cases in the system at each sample time (every `sampleInterval` seconds from the start).
    public var wipSamples: [Int]
    /// Arrival rate × mean calendar time in the system (λW in Little's law), for finished cases.
    public var littleLambdaW: Double?
    /// Per position, in the organization type's order: the sums over its people.
    public var positions: [PositionResult]
    /// Per resource (person or pool), in ``SimulationModel/resources`` order.
    public var resources: [PositionResult]
    /// Per unit kegiatan belong to, in ``SimulationModel/caseUnits`` order.
    public var units: [UnitResult]
    /// Per step, in ``SimulationModel/steps`` order.
    public var steps: [StepResult]
}

/// One position's load in one replication.
public struct PositionResult: Sendable, Hashable, Codable {
    /// Busy working time over available working time (headcount × working time in the window), 0–1.
    public var utilization: Double
    /// Time-average of the requests waiting for the position.
    public var meanQueue: Double
    /// The most requests waiting at once.
    public var maxQueue: Int
    /// Requests the position served.
    public var served: Int
    /// Mean wait of a served request, in working hours.
    public var meanWaitHours: Double?
    /// Working hours waited for the position per case that arrived in the window.
    public var waitHoursPerCase: Double
    /// Working hours the position's people worked per case that arrived in the window (cycle planning
    /// included).
    public var workHoursPerCase: Double
    /// Requests still waiting at the end of the run (their waits so far are in the means above).
    public var waitingAtEnd: Int
    /// Time-average of the requests waiting in the first and in the second half of the window: a queue
    /// that keeps growing shows a second half well above the first.
    public var meanQueueFirstHalf: Double
    public var meanQueueSecondHalf: Double
    /// Time-average of the kegiatan assigned and not finished (performers only).
    public var assignedMean: Double?
}

/// One unit's kegiatan in one replication.
public struct UnitResult: Sendable, Hashable, Codable {
    /// Kegiatan of the unit finished in the window.
    public var completed: Int
    /// Their mean cycle time in working hours.
    public var cycleWorkingHours: Double?
}

/// One step's times in one replication.
public struct StepResult: Sendable, Hashable, Codable {
    /// Times the step was done (team members count one each).
    public var visits: Int
    /// Mean wait from being enabled to starting, in working hours.
    public var meanWaitHours: Double?
    /// Mean processing time, in working hours.
    public var meanWorkHours: Double?
}
