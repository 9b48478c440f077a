/// A simulation scenario: an organization type with its staffing, workload, step durations, branch
/// probabilities, calendar and run settings (`kind: scenario`, in `ProcessMaps/scenarios/`).
///
/// A scenario is a pure value; the `ProbisSimulation` module compiles and runs it. Times are in seconds:
/// step durations and inter-arrival times are working time, letter delays, the horizon and the warm-up
/// are calendar time.
public struct Scenario: Hashable, Sendable, Codable {
    /// Id, title, region and description (the assumptions, in Bahasa Indonesia).
    public var header: DocumentHeader
    /// The organization type whose stage flow the cases walk.
    public var organization: Reference<DocumentID>
    /// Whether this is the organization type's default scenario (`probis simulate --all` runs it).
    public var isDefault: Bool
    /// How many cases come and of which assignment type.
    public var workload: Workload
    /// People per position, where they differ from the organization type's `headcount`.
    public var headcounts: [HeadcountOverride]
    /// Who works in lanes that name no positions, or other positions than the organization type says.
    public var lanes: [LaneStaffing]
    /// Step durations in seconds of working time.
    public var durations: DurationTable
    /// Probabilities of the branches of decisions that the case's assignment type does not decide.
    public var branches: [BranchProbabilities]
    /// How a cross-unit appointment runs, if some cases need one.
    public var penunjukan: Penunjukan?
    /// The order in which a position serves waiting work.
    public var queue: QueueDiscipline
    /// Working hours and holidays.
    public var calendar: WorkCalendar
    /// Length of a run in seconds of calendar time; `nil` runs until the case limit is done.
    public var horizon: Int64?
    /// Calendar seconds at the start whose cases are left out of the statistics.
    public var warmUp: Int64
    /// Independent runs whose results give the confidence intervals (at least 1).
    public var replications: Int
    /// The seed of the random streams; the same seed gives the same output.
    public var seed: UInt64
    /// Where the run settings (`horizon`, `warm-up`, `replications`) were written.
    @IgnoredByEquality public var settingsLocation: SourceLocation?
    /// Where some keys were written (`default`, `branches`, `lanes`), so that a finding about what they
    /// hold, or lack, points there; ignored by equality.
    @IgnoredByEquality public var keyLocations: [String: SourceLocation] = [:]
    /// Positions whose holders serve as one pool across the organization, where the text means that any of
    /// them may take any kegiatan; every other position's holders are people of their own units.
    public var pooled: [Reference<PositionID>] = []
    /// How a kegiatan is given to a performer of its unit.
    public var assignment: AssignmentPolicy = .leastAssigned
    /// Positions whose holders keep other hours than the scenario's calendar (a night shift, a part-time
    /// post): their work follows their own calendar.
    public var positionCalendars: [PositionCalendar] = []
    /// The Anjab-ABK table the workload and the per-jabatan working times come from, if any.
    public var abk: AbkSetting?
    /// Shares of working time positions give to the flow; positions not listed give all of it.
    public var availability: [PositionAvailability] = []
    /// How a `per-year` workload's arrivals spread over the months; `nil`: evenly over the year.
    public var seasonal: SeasonalProfile?
    /// Working times per step, unit and position (derived from ``abk``); they take precedence over
    /// ``durations``.
    public var positionDurations: [PositionStepDuration] = []

    /// Creates a scenario.
    public init(
        header: DocumentHeader, organization: Reference<DocumentID>, isDefault: Bool = false, workload: Workload,
        headcounts: [HeadcountOverride] = [], lanes: [LaneStaffing] = [], durations: DurationTable,
        branches: [BranchProbabilities] = [], penunjukan: Penunjukan? = nil, queue: QueueDiscipline = .fifo,
        calendar: WorkCalendar = WorkCalendar(), horizon: Int64? = 365 * 86_400, warmUp: Int64 = 0,
        replications: Int = 30, seed: UInt64 = 1, settingsLocation: SourceLocation? = nil,
        pooled: [Reference<PositionID>] = [], assignment: AssignmentPolicy = .leastAssigned,
        positionCalendars: [PositionCalendar] = []
    ) {
        self.header = header
        self.organization = organization
        self.isDefault = isDefault
        self.workload = workload
        self.headcounts = headcounts
        self.lanes = lanes
        self.durations = durations
        self.branches = branches
        self.penunjukan = penunjukan
        self.queue = queue
        self.calendar = calendar
        self.horizon = horizon
        self.warmUp = warmUp
        self.replications = replications
        self.seed = seed
        self.settingsLocation = settingsLocation
        self.pooled = pooled
        self.assignment = assignment
        self.positionCalendars = positionCalendars
    }
}

/// How many cases (kegiatan) arrive, and how they are assigned.
public struct Workload: Hashable, Sendable, Codable {
    /// How arrivals are spread over time.
    public enum Arrivals: Hashable, Sendable, Codable {
        /// This many cases per performance cycle (a year), at independent uniformly random moments of the
        /// working time between the cycle's planning and its end.
        case perCycle(Int)
        /// A renewal process: seconds of working time between one arrival and the next.
        case interarrival(DistributionSpec)
    }

    /// The arrival process.
    public var arrivals: Arrivals
    /// At most this many cases in a run, if set.
    public var limit: Int?
    /// Shares of individual, team and cross-unit assignments.
    public var shares: AssignmentShares
    /// Anggota per team (rounded to a whole number, at least 1).
    public var teamSize: DistributionSpec
    /// Where the workload was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?
    /// Kegiatan a year per unit of the organization; they set each unit's share of the arrivals (and the
    /// arrivals, when `per-year` is not given). Empty: units share in proportion to their performers.
    public var units: [UnitWorkload] = []
    /// Whether arrivals come in calendar time (an online service receiving requests at night and over
    /// the weekend) rather than in working time.
    public var calendarArrivals = false

    /// Creates a workload.
    public init(arrivals: Arrivals, limit: Int? = nil, shares: AssignmentShares = AssignmentShares(),
                teamSize: DistributionSpec = DistributionSpec(.fixed(3)), location: SourceLocation? = nil) {
        self.arrivals = arrivals
        self.limit = limit
        self.shares = shares
        self.teamSize = teamSize
        self.location = location
    }
}

/// The working calendar of one position's holders.
public struct PositionCalendar: Hashable, Sendable, Codable {
    /// The position.
    public var position: Reference<PositionID>
    /// Its calendar.
    public var calendar: WorkCalendar
    /// Creates a position's calendar.
    public init(position: Reference<PositionID>, calendar: WorkCalendar) {
        self.position = position
        self.calendar = calendar
    }
}

/// How many kegiatan a year one unit has.
public struct UnitWorkload: Hashable, Sendable, Codable {
    /// The unit of the organization.
    public var unit: Reference<UnitID>
    /// Kegiatan a year (0 or more).
    public var perYear: Int
    /// Creates a unit's workload.
    public init(unit: Reference<UnitID>, perYear: Int) {
        self.unit = unit
        self.perYear = perYear
    }
}

/// The shares of cases by assignment type; they add up to 1.
public struct AssignmentShares: Hashable, Sendable, Codable {
    /// Share of cases carried out by one official (the `individu` branch).
    public var individu: Double
    /// Share of cases carried out by a team from within the unit (the `tim-kerja` branch).
    public var timKerja: Double
    /// Share of cases that need officials from another unit: a penunjukan lintas unit runs first.
    public var lintasUnit: Double
    /// Where the shares were written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates shares.
    public init(individu: Double = 1, timKerja: Double = 0, lintasUnit: Double = 0, location: SourceLocation? = nil) {
        self.individu = individu
        self.timKerja = timKerja
        self.lintasUnit = lintasUnit
        self.location = location
    }
}

/// The number of people holding a position in the scenario.
public struct HeadcountOverride: Hashable, Sendable, Codable {
    /// The position.
    public var position: Reference<PositionID>
    /// People holding it (0 or more).
    public var count: Int
    /// Where the count was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates an override.
    public init(position: Reference<PositionID>, count: Int, location: SourceLocation? = nil) {
        self.position = position
        self.count = count
        self.location = location
    }
}

/// Who works in a lane.
public struct LaneStaffing: Hashable, Sendable, Codable {
    /// The people of a lane.
    public enum Staff: Hashable, Sendable, Codable {
        /// Holders of these positions of the organization type.
        case positions([Reference<PositionID>])
        /// People outside the simulated unit: their steps take time but never wait for anyone.
        case external
    }

    /// The lane.
    public var lane: Reference<LaneID>
    /// Who works in it.
    public var staff: Staff

    /// Creates a lane staffing.
    public init(lane: Reference<LaneID>, staff: Staff) {
        self.lane = lane
        self.staff = staff
    }
}

/// One step's duration.
public struct StepDuration: Hashable, Sendable, Codable {
    /// The step.
    public var step: Reference<StepID>
    /// Its duration in seconds of working time.
    public var duration: DistributionSpec

    /// Creates a duration entry.
    public init(step: Reference<StepID>, duration: DistributionSpec) {
        self.step = step
        self.duration = duration
    }
}

/// Durations by step, with a fallback for steps not listed.
public struct DurationTable: Hashable, Sendable, Codable {
    /// Durations of named steps.
    public var entries: [StepDuration]
    /// The duration of activities not listed; `nil` makes a missing entry an error.
    public var fallback: DistributionSpec?
    /// Where the table was written (where a missing entry belongs); ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a table.
    public init(_ entries: [StepDuration] = [], fallback: DistributionSpec? = nil, location: SourceLocation? = nil) {
        self.entries = entries
        self.fallback = fallback
        self.location = location
    }

    /// The duration of a step: its entry, else the fallback.
    public func duration(of step: StepID) -> DistributionSpec? {
        entries.first { $0.step.id == step }?.duration ?? fallback
    }
}

/// Branch probabilities of one decision.
public struct BranchProbabilities: Hashable, Sendable, Codable {
    /// The decision step.
    public var decision: Reference<StepID>
    /// One entry per branch, named by the branch's `means`, label or target step.
    public var probabilities: [BranchProbability]
    /// Where the probabilities were written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates the probabilities of a decision.
    public init(decision: Reference<StepID>, probabilities: [BranchProbability], location: SourceLocation? = nil) {
        self.decision = decision
        self.probabilities = probabilities
        self.location = location
    }

    /// The probability given to a branch, if any entry names it.
    public func probability(of branch: Branch) -> Double? {
        probabilities.first { $0.names(branch) }?.probability
    }
}

/// The probability of one branch.
public struct BranchProbability: Hashable, Sendable, Codable {
    /// The branch: its `means` (e.g. `perbaikan`), its label, or the id of the step it leads to.
    public var branch: String
    /// The probability, 0–1.
    public var probability: Double
    /// Where the probability was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a branch probability.
    public init(branch: String, probability: Double, location: SourceLocation? = nil) {
        self.branch = branch
        self.probability = probability
        self.location = location
    }

    /// Whether this entry names a branch.
    public func names(_ candidate: Branch) -> Bool {
        branch == candidate.meaning?.rawValue || branch == candidate.label || branch == candidate.target.id.rawValue
    }
}

/// How a cross-unit penunjukan runs for the cases that need one.
public struct Penunjukan: Hashable, Sendable, Codable {
    /// The mechanism: a peta lintas fungsi such as `kaltim.penunjukan-lintas-unit`.
    public var mechanism: Reference<DocumentID>
    /// The step of the stage flow after which the mechanism runs.
    public var after: Reference<StepID>
    /// Probability that the other unit refuses, at each approval decision (`disetujui` / `ditolak`).
    public var refusal: Double
    /// Requests a case makes (to one unit after another) before it goes on without outside help.
    public var attempts: Int
    /// Calendar seconds a letter (an output of kind `surat`) takes to arrive.
    public var letterDelay: DistributionSpec
    /// Durations of the mechanism's steps, in seconds of working time.
    public var durations: DurationTable
    /// Who works in the mechanism's lanes; lanes not listed are outside the unit (`external`).
    public var lanes: [LaneStaffing]
    /// Where the penunjukan was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?
    /// Where the refusal probability was written, if it was; ignored by equality.
    @IgnoredByEquality public var refusalLocation: SourceLocation?

    /// Creates a penunjukan setting.
    public init(
        mechanism: Reference<DocumentID>, after: Reference<StepID>, refusal: Double = 0, attempts: Int = 3,
        letterDelay: DistributionSpec = DistributionSpec(.fixed(0)), durations: DurationTable = DurationTable(),
        lanes: [LaneStaffing] = [], location: SourceLocation? = nil, refusalLocation: SourceLocation? = nil
    ) {
        self.refusalLocation = refusalLocation
        self.mechanism = mechanism
        self.after = after
        self.refusal = refusal
        self.attempts = attempts
        self.letterDelay = letterDelay
        self.durations = durations
        self.lanes = lanes
        self.location = location
    }
}

/// The order in which a position serves waiting work.
public enum QueueDiscipline: Hashable, Sendable, Codable {
    /// First come, first served.
    case fifo
    /// By rank (1 first), then first come, first served; unranked steps come after every ranked one.
    case priority([QueueRank])
}

/// The rank of a stage or a step in a priority queue.
public struct QueueRank: Hashable, Sendable, Codable {
    /// A stage (`perencanaan`, `pelaksanaan`, `evaluasi`) or a step id.
    public var key: String
    /// 1 is served first.
    public var rank: Int
    /// Where the rank was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a rank.
    public init(key: String, rank: Int, location: SourceLocation? = nil) {
        self.key = key
        self.rank = rank
        self.location = location
    }
}
