import ProbisModel

/// A scenario compiled for running: steps as flat arrays with resolved successors, resource groups,
/// samplers and decision rules. Built once by ``SimulationModel/compile(_:in:)`` and shared read-only by
/// all replications.
public struct SimulationModel: Sendable {
    /// The scenario compiled, with any command-line overrides applied.
    public let scenario: Scenario
    /// The organization type the cases walk.
    public let organization: OrganizationType
    /// The organization the run staffs the flow from: the scenario's, or the type's default one.
    public let units: Organization
    /// Working-time arithmetic.
    public let calendar: WorkingCalendar
    /// The positions, in the organization type's order, with their headcounts in this scenario.
    public let positions: [PositionInfo]
    /// The people (or pools) that do the work, in the organization's order.
    public let resources: [ResourceInfo]
    /// The units kegiatan belong to, with their shares.
    public let caseUnits: [UnitInfo]
    /// Every step of the stage flow and of the mechanism, in that order (the cycle flow reuses the stage
    /// flow's steps).
    public let steps: [StepInfo]

    let compiled: [CompiledStep]
    let rules: [DecisionRule]
    /// Per fork (the step after a parallel split): the first steps of its branches, in the order written.
    let forks: [[Int32]]
    let routing: Routing
    /// Calendars of positions with their own hours (``Scenario/positionCalendars``), and the index into
    /// them of each resource's calendar (-1: the scenario's).
    let resourceCalendars: [WorkingCalendar]
    let resourceCalendar: [Int32]
    /// Per step with `with:` lanes: their routing slots.
    let participantSlots: [[Int32]]
    /// The type's position index of each resource.
    let resourcePosition: [Int32]
    let samplers: [Sampler]
    /// Entry step of each flow.
    let entry: [Int32]
    let hasCycleSteps: Bool
    let arrivals: ArrivalRule
    let limit: Int?
    /// Arrivals come in calendar time, not working time.
    let calendarArrivals: Bool
    let individuShare: Double
    let teamShare: Double
    let teamSize: Sampler
    let mechanism: MechanismRule?
    let letterDelay: Sampler?
    /// Seconds of calendar time per performance cycle.
    let cycleLength: Int64 = 365 * 86_400
    /// Seconds between samples of work in progress.
    let sampleInterval: Int64
    /// Steps a case may enter before it is taken to be in an endless loop.
    let maxVisits: Int32 = 10_000

    /// How arrivals come.
    enum ArrivalRule: Sendable {
        case perCycle(Int)
        case interarrival(Sampler)
    }

    /// The penunjukan sub-flow.
    struct MechanismRule: Sendable {
        /// The stage-flow step after which it runs.
        var after: Int32
        var refusal: Double
        var attempts: Int32
        /// Cross-unit cases take the `individu` branch (the mechanism's mode is individu).
        var individual: Bool
    }
}

/// A position as the reports show it.
public struct PositionInfo: Sendable, Hashable, Codable {
    /// The position's id, e.g. `kasubbag`.
    public var id: String
    /// Its title.
    public var title: String
    /// People holding it in the scenario.
    public var headcount: Int
    /// Whether some step of the run needs it.
    public var used: Bool
}

/// A step as the reports and the event log show it.
public struct StepInfo: Sendable, Hashable, Codable {
    /// The step's id, prefixed by `penunjukan:` for the mechanism's steps.
    public var activity: String
    /// The action (or question) as the map words it.
    public var text: String
    /// The stage, if the map gives one.
    public var stage: String?
    /// Who does it: position ids joined by `/`, `eksternal`, or empty for decisions and markers.
    public var performer: String
    /// Whether the step is an activity that takes time.
    public var isActivity: Bool
    /// Whether it runs once per performance cycle.
    public var isCycle: Bool
}

/// One step compiled.
struct CompiledStep: Sendable {
    enum Kind: UInt8, Sendable { case pass, end, activity, decision, fork }
    enum Flow: UInt8, Sendable { case stage = 0, cycle = 1, mechanism = 2 }

    var kind: Kind
    var flow: Flow
    /// Index into ``SimulationModel/steps`` for statistics and names.
    var info: Int32
    /// The successor (global index), or -1.
    var next: Int32 = -1
    /// The lane's routing slot (``Routing/route``), or -1 for people outside the unit.
    var slot: Int32 = -1
    /// Index into ``SimulationModel/participantSlots`` when the step holds `with:` lanes' people, else -1.
    var with: Int32 = -1
    /// Anggota tim: every member works in parallel and the next step joins them.
    var team = false
    /// Sampler index of the duration, or -1.
    var sampler: Int32 = -1
    /// Its outputs include a letter (an artifact of kind `surat`).
    var sendsLetter = false
    /// A siklus step in the stage flow: cases skip it, the cycle runs it.
    var isCycle = false
    /// Queue rank (1 first; 0 under FIFO).
    var rank: Int32 = 0
    /// Index into ``SimulationModel/rules`` for decisions, or into ``SimulationModel/forks`` for a fork
    /// (kept out of line so a step is plain data), or -1.
    var rule: Int32 = -1
    /// A parallel join: a branch token that enters it ends there, and the case goes on when every branch of
    /// the split has arrived.
    var isJoin = false
}

/// How a decision picks its branch.
enum DecisionRule: Sendable {
    case none
    /// By the case's assignment type.
    case assignment(individual: Int32, team: Int32)
    /// By the refusal probability of the penunjukan.
    case approval(approve: Int32, refuse: Int32)
    /// By the scenario's probabilities; flags mark perbaikan (rework) and ditolak (refusal) branches.
    case probabilities(targets: [Int32], cumulative: [Double], rework: [Bool], refuse: [Bool])
}

extension SimulationModel {
    /// Working seconds between two times in a resource's calendar, without copying a calendar.
    @inline(__always)
    func workingSeconds(of pool: Int32, from start: Int64, to end: Int64) -> Int64 {
        let own = pool >= 0 ? resourceCalendar[Int(pool)] : -1
        return own < 0 ? calendar.workingSeconds(from: start, to: end) : resourceCalendars[Int(own)].workingSeconds(from: start, to: end)
    }

    /// When work of a resource can start after a time, in its calendar, without copying a calendar.
    @inline(__always)
    func nextWorkingMoment(of pool: Int32, after time: Int64) -> Int64 {
        let own = pool >= 0 ? resourceCalendar[Int(pool)] : -1
        return own < 0 ? calendar.nextWorkingMoment(after: time) : resourceCalendars[Int(own)].nextWorkingMoment(after: time)
    }

    /// When work of a resource begun at a time ends, in its calendar, without copying a calendar.
    @inline(__always)
    func adding(of pool: Int32, work: Int64, to time: Int64) -> Int64 {
        let own = pool >= 0 ? resourceCalendar[Int(pool)] : -1
        return own < 0 ? calendar.adding(work: work, to: time) : resourceCalendars[Int(own)].adding(work: work, to: time)
    }

    /// The calendar a resource works by: its position's own, else the scenario's (also for work outside).
    @inline(__always)
    func calendar(of pool: Int32) -> WorkingCalendar {
        guard pool >= 0, resourceCalendar[Int(pool)] >= 0 else { return calendar }
        return resourceCalendars[Int(resourceCalendar[Int(pool)])]
    }
}
