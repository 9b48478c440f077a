import HeapModule

/// What happens at an event.
enum EventKind: UInt8, Sendable {
    /// A step's work is done: release the person and move the token on.
    case stepDone
    /// A letter has arrived: the token moves on.
    case letterArrived
    /// A performance cycle begins: its planning runs and then its cases are released.
    case cycleStart
    /// A new case arrives.
    case arrival
    /// Record the work in progress for the time series.
    case sample
}

/// One scheduled event: ordered by time, then priority, then the order in which it was scheduled.
struct Event: Comparable, Sendable {
    /// Seconds since the simulation start.
    var time: Int64
    /// Priority (high byte) and scheduling sequence (low 56 bits): ties at one time resolve by priority,
    /// then first scheduled first.
    var order: UInt64
    /// What happens.
    var kind: EventKind
    /// The token (or cycle number) the event concerns.
    var subject: Int32

    static func < (lhs: Event, rhs: Event) -> Bool {
        lhs.time != rhs.time ? lhs.time < rhs.time : lhs.order < rhs.order
    }

    static func == (lhs: Event, rhs: Event) -> Bool { lhs.time == rhs.time && lhs.order == rhs.order }
}

/// The future event list: one binary heap ordered by (time, priority, sequence), as SimPy's.
struct EventQueue: Sendable {
    private var heap = Heap<Event>()
    private var sequence: UInt64 = 0

    /// The number of pending events.
    var count: Int { heap.count }

    /// Schedules an event. Lower priorities run first among events at the same time.
    /// Complexity: O(log n).
    mutating func schedule(_ kind: EventKind, at time: Int64, subject: Int32, priority: UInt8) {
        sequence &+= 1
        heap.insert(Event(time: time, order: UInt64(priority) << 56 | sequence, kind: kind, subject: subject))
    }

    /// The next event's time, if any.
    var nextTime: Int64? { heap.min?.time }

    /// Removes and returns the next event. Complexity: O(log n).
    mutating func pop() -> Event? { heap.popMin() }
}

/// Priorities of the event kinds at equal times: releases first (so waiting work gets the freed person),
/// then letters and cycle starts, then arrivals, and the time-series sample last.
extension EventKind {
    var priority: UInt8 {
        switch self {
        case .stepDone: 0
        case .letterArrived: 1
        case .cycleStart: 1
        case .arrival: 2
        case .sample: 3
        }
    }
}
