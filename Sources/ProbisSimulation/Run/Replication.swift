import DequeModule
import ProbisModel

/// One run of a compiled scenario: the event loop, the cases and the resource pools. Synchronous and
/// deterministic: the same model, seed and replication number give the same result on any thread.
struct Replication {
    let model: SimulationModel
    let index: Int
    let horizon: Int64?
    let warmUp: Int64
    /// Events this replication may execute (``RunLimits/eventBudget``).
    let eventBudget: Int
    /// When the whole run must stop.
    let deadline: Deadline

    var now: Int64 = 0
    var events = EventQueue()
    var resources: ResourcePools
    var tokens: [Token] = []
    var freeTokens: [Int32] = []
    var requests: [Request] = []
    var freeRequests: [Int32] = []
    var requestSequence: UInt64 = 0
    /// Cases in the system, by slot; a finished case's slot is reused.
    var cases: [CaseState] = []
    var freeCases: [Int32] = []
    var joins: [Join] = []
    var freeJoins: [Int32] = []
    /// Tokens at a step with `with:` lanes: the resources still to take (ascending, so that two tokens
    /// never wait for each other), and those held with when they were taken.
    /// Indexed by token, grown with ``tokens``; empty for every other token.
    var needs: [[Int32]] = []
    var holds: [[Hold]] = []
    /// Kegiatan assigned to each person (by routing key) and not yet finished, with its time integral.
    var assigned: [Int32]
    /// Kegiatan ever given to each person in this replication.
    var given: [Int32]
    var assignedArea: [Int64]
    var assignedLast: [Int64]
    /// The next performer in turn, per unit, for round-robin assignment.
    var turn: [Int]

    var workloadRandom: RandomStream
    var durationRandom: RandomStream
    var branchRandom: RandomStream
    var letterRandom: RandomStream

    var arrivalsMade = 0
    /// Arrival times still to come in this cycle (per-year workloads), latest first.
    var pendingArrivals: [Int64] = []
    var gateOpen = true
    /// Cases that arrived while a cycle's planning ran, first come first released.
    var gate = Deque<Int32>()
    /// Whether a cycle start is scheduled.
    var pendingCycle = false

    var statistics: RunStatistics
    /// When the window's first half ended (taken at the first sample past it), and each resource's queue
    /// integral then.
    var midpoint: Int64?
    var firstHalfQueueArea: [Int64] = []
    /// Executed steps, when an event log was asked for.
    var log: [EventRecord]?

    /// A token: a case (or a team member, a parallel branch, or a cycle's planning) at a step.
    struct Token {
        /// The case (0-based), or -1 - cycle for a cycle's planning.
        var owner: Int32
        var step: Int32
        /// A team member's team (``joins``), or -1.
        var join: Int32 = -1
        /// A parallel branch's block (``joins``: the branches still to arrive at the join and the token
        /// that waits at the fork), or -1.
        var block: Int32 = -1
        var enable: Int64 = 0
        var start: Int64 = 0
        var pool: Int32 = -1
        var person: Int32 = -1
        /// The routing key: the case's performer or unit, a team member, or the top unit for a cycle.
        var key: Int32 = 0
        /// A resource fixed in advance (a cycle's planner), else -1: the step's lane routes the key.
        var fixed: Int32 = -1
        /// The token holds or is taking several people for a `with:` step (``needs``, ``holds``).
        var multi = false
        var work: Int64 = 0
        /// Working seconds between enable and start.
        var wait: Int64 = 0
    }

    /// A person held for a step with `with:` lanes, since when.
    struct Hold {
        var pool: Int32
        var person: Int32
        var since: Int64
    }

    /// A request waiting for a resource.
    struct Request {
        var token: Int32
        var pool: Int32
        var sequence: UInt64
    }

    /// A team at work, or the branches of a parallel split: the members (branches) still working and the
    /// token that continues when they are done.
    struct Join {
        var remaining: Int32
        var parent: Int32
    }

    /// A case (kegiatan).
    struct CaseState {
        /// The case's number in order of arrival, from 1.
        var number: Int32
        var arrival: Int64
        /// 0 individu, 1 tim kerja, 2 lintas unit.
        var kind: UInt8
        var teamSize: Int32
        var counted: Bool
        var reworks: Int32 = 0
        var visits: Int32 = 0
        var attempts: Int32 = 0
        var penunjukanDone = false
        var helped = false
        var refused = false
        var returnStep: Int32 = -1
        /// The unit (index into ``SimulationModel/caseUnits``).
        var unit: Int32 = 0
        /// The performer's person key, or -1.
        var performer: Int32 = -1
        /// The routing key of the case's own steps.
        var key: Int32 = 0
    }

    init(model: SimulationModel, index: Int, logEvents: Bool, eventBudget: Int = SimulationLimits.defaultEventBudget,
         deadline: Deadline = Deadline(seconds: nil)) {
        self.model = model
        self.index = index
        self.eventBudget = eventBudget
        self.deadline = deadline
        horizon = model.scenario.horizon
        warmUp = model.scenario.warmUp
        let seed = model.scenario.seed
        workloadRandom = RandomStream(seed: seed, replication: index, purpose: StreamPurpose.workload.rawValue)
        durationRandom = RandomStream(seed: seed, replication: index, purpose: StreamPurpose.durations.rawValue)
        branchRandom = RandomStream(seed: seed, replication: index, purpose: StreamPurpose.branches.rawValue)
        letterRandom = RandomStream(seed: seed, replication: index, purpose: StreamPurpose.letters.rawValue)
        resources = ResourcePools(headcounts: model.resources.map(\.headcount))
        assigned = Array(repeating: 0, count: model.routing.keyCount)
        given = Array(repeating: 0, count: model.routing.keyCount)
        assignedArea = Array(repeating: 0, count: model.routing.keyCount)
        assignedLast = Array(repeating: 0, count: model.routing.keyCount)
        turn = Array(repeating: 0, count: model.caseUnits.count)
        statistics = RunStatistics(steps: model.steps.count, units: model.caseUnits.count, warmUp: model.scenario.warmUp)
        log = logEvents ? [] : nil
        statistics.cycleWorkingSeconds.reserveCapacity(expectedCases)
    }

    /// About how many cases a run will see, to size buffers once.
    private var expectedCases: Int {
        if let limit = model.limit { return limit }
        let cycles = Int((horizon ?? model.cycleLength) / model.cycleLength) + 1
        switch model.arrivals {
        case let .perCycle(count): return count * cycles
        case .interarrival: return 1024
        }
    }

    /// Runs to the horizon (or until every case of a limited workload is done) and returns the statistics.
    mutating func run() throws -> ReplicationResult {
        if deadline.hasPassed { throw DeadlinePassed() }
        events.schedule(.cycleStart, at: 0, subject: 0, priority: EventKind.cycleStart.priority)
        if case let .interarrival(sampler) = model.arrivals { scheduleArrival(after: 0, sampler: sampler) }
        events.schedule(.sample, at: model.sampleInterval, subject: 0, priority: EventKind.sample.priority)
        var lastEvent: Int64 = 0
        var executed = 0
        while let event = events.pop() {
            if let horizon, event.time > horizon { break }
            // A cycle scheduled before the case limit was reached has nothing left to plan for.
            if event.kind == .cycleStart, cyclesEnded { continue }
            executed += 1
            try checkLimits(executed: executed, next: event.time)
            now = event.time
            if event.kind != .sample { lastEvent = now }
            switch event.kind {
            case .stepDone: try stepDone(event.subject)
            case .letterArrived: try leave(event.subject)
            case .cycleStart: try startCycle(Int(event.subject))
            case .arrival: try arrive()
            case .sample:
                statistics.sample(wip: statistics.wip)
                takeMidpoint()
                if events.count > (cyclesEnded && pendingCycle ? 1 : 0) {
                    events.schedule(.sample, at: now + model.sampleInterval, subject: 0, priority: EventKind.sample.priority)
                }
            }
        }
        if horizon == nil { try checkEveryCaseFinished() }
        return finish(at: horizon ?? lastEvent)
    }

    /// Stops a run that spent its event budget, passed the engine's latest time or the deadline.
    @inline(__always)
    func checkLimits(executed: Int, next: Int64) throws {
        if executed > eventBudget {
            throw SimulationError.runaway(replication: index, events: eventBudget, time: model.calendar.timestamp(now),
                reason: "it spent its budget of \(eventBudget) events; the workload and durations make more work than a run can finish (shorten the horizon, lower the workload, or raise --max-events)")
        }
        if next > RunLimits.latestTime {
            throw SimulationError.runaway(replication: index, events: executed - 1, time: model.calendar.timestamp(now),
                reason: "the next event lies more than 31 million years ahead; the durations or inter-arrival times are far too long")
        }
        if executed % RunLimits.clockInterval == 0, deadline.hasPassed { throw DeadlinePassed() }
    }

    /// At the first sample past the middle of the window, remembers each queue's integral so far.
    mutating func takeMidpoint() {
        guard midpoint == nil, let horizon, now >= warmUp + (horizon - warmUp) / 2 else { return }
        midpoint = now
        firstHalfQueueArea = resources.pools.indices.map { index in
            resources.pools[index].advanceQueueClock(to: now, windowStart: warmUp)
            return resources.pools[index].queueArea
        }
    }

    // MARK: Arrivals and cycles

    /// Schedules the next arrival of a renewal process, unless the limit or the horizon is reached.
    mutating func scheduleArrival(after time: Int64, sampler: Sampler) {
        if let limit = model.limit, arrivalsMade >= limit { return }
        let gap = sampler.seconds(&workloadRandom)
        let next = model.calendarArrivals ? time + gap : model.calendar.adding(work: gap, to: time)
        if let horizon, next > horizon { return }
        events.schedule(.arrival, at: next, subject: 0, priority: EventKind.arrival.priority)
    }

    /// Whether the case limit is reached, so later cycles have nothing to release.
    var cyclesEnded: Bool {
        guard let limit = model.limit else { return false }
        return arrivalsMade >= limit
    }

    mutating func arrive() throws {
        arrivalsMade += 1
        let u = workloadRandom.uniform()
        let kind: UInt8 = u < model.individuShare ? 0 : u < model.individuShare + model.teamShare ? 1 : 2
        let size = model.teamSize.count(&workloadRandom, in: 1...Int32(SimulationLimits.maximumTeamSize))
        let counted = now >= warmUp
        var state = CaseState(number: Int32(clamping: arrivalsMade), arrival: now, kind: kind, teamSize: size, counted: counted)
        assign(&state)
        let slot: Int32
        if let reused = freeCases.popLast() {
            cases[Int(reused)] = state
            slot = reused
        } else {
            cases.append(state)
            slot = Int32(cases.count - 1)
        }
        statistics.caseArrived(at: now, counted: counted)
        let token = newToken(owner: slot, step: model.entry[0])
        tokens[Int(token)].key = state.key
        switch model.arrivals {
        case let .interarrival(sampler): scheduleArrival(after: now, sampler: sampler)
        case .perCycle:
            if let next = pendingArrivals.popLast() {
                events.schedule(.arrival, at: next, subject: 0, priority: EventKind.arrival.priority)
            }
        }
        if gateOpen { try advance(token) } else { gate.append(token) }
    }

    /// A performance cycle begins: its siklus steps run (holding the gate closed), then its cases come.
    mutating func startCycle(_ cycle: Int) throws {
        let next = Int64(cycle + 1) * model.cycleLength
        var more = horizon.map { next < $0 } ?? true
        if let limit = model.limit, arrivalsMade >= limit { more = false }
        pendingCycle = more
        if more { events.schedule(.cycleStart, at: next, subject: Int32(cycle + 1), priority: EventKind.cycleStart.priority) }
        if model.hasCycleSteps {
            gateOpen = false
            let planning = newToken(owner: -1 - Int32(cycle), step: model.entry[1])
            tokens[Int(planning)].key = model.routing.topAnchor
            try advance(planning)
        } else {
            try release(cycle: cycle)
        }
    }

    /// The cycle's planning is done: waiting cases go on, and a per-year workload draws this cycle's arrivals.
    mutating func release(cycle: Int) throws {
        gateOpen = true
        while let token = gate.popFirst() { try advance(token) }
        guard case let .perCycle(count) = model.arrivals else { return }
        // Spread over the whole cycle, so `per-year` stays a yearly rate; arrivals past the horizon never happen.
        let end = Int64(cycle + 1) * model.cycleLength
        let available = model.calendarArrivals ? end - now : model.calendar.workingSeconds(from: now, to: end)
        guard available > 0 else { return }
        var allowed = count
        if let limit = model.limit { allowed = max(0, min(count, limit - arrivalsMade)) }
        var offsets = (0..<allowed).map { _ in Int64(workloadRandom.uniform() * Double(available)) }
        offsets.sort()
        pendingArrivals = offsets.reversed().map { model.calendarArrivals ? now + $0 : model.calendar.adding(work: $0, to: now) }
        if let first = pendingArrivals.popLast() {
            events.schedule(.arrival, at: first, subject: 0, priority: EventKind.arrival.priority)
        }
    }

    // MARK: Tokens

    mutating func newToken(owner: Int32, step: Int32, join: Int32 = -1) -> Int32 {
        let token = Token(owner: owner, step: step, join: join)
        if let reused = freeTokens.popLast() {
            tokens[Int(reused)] = token
            return reused
        }
        tokens.append(token)
        needs.append([])
        holds.append([])
        return Int32(tokens.count - 1)
    }

    /// Whether statistics count the token's work (its case arrived after the warm-up).
    func counts(_ token: Int32) -> Bool {
        let owner = tokens[Int(token)].owner
        return owner >= 0 ? cases[Int(owner)].counted : now >= warmUp
    }

    /// The case id as reports and the event log write it: `17` for case 17, `siklus-1` for the first cycle.
    func caseLabel(_ owner: Int32) -> String { owner >= 0 ? String(cases[Int(owner)].number) : "siklus-\(-owner)" }

    /// The owner as the event log records it: the case number, or -cycle.
    func logOwner(_ owner: Int32) -> Int32 { owner >= 0 ? cases[Int(owner)].number : owner }

    /// When no horizon cut the run, every case must have finished; otherwise one waits forever.
    func checkEveryCaseFinished() throws {
        guard statistics.wip > 0 else { return }
        if let request = requests.first(where: { $0.sequence != 0 }) {
            let token = tokens[Int(request.token)]
            throw SimulationError.stuck(replication: index, case: caseLabel(token.owner), step: model.steps[Int(model.compiled[Int(token.step)].info)].activity,
                                        reason: "it waits for \(model.resources[Int(request.pool)].title), and nobody will ever come")
        }
        throw SimulationError.stuck(replication: index, case: "?", step: "?", reason: "the run ended with \(statistics.wip) cases unfinished")
    }
}
