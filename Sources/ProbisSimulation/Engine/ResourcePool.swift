import HeapModule

/// A request waiting in a pool's queue: ordered by rank (1 first), then by the order of requesting.
struct WaitingEntry: Comparable, Sendable {
    /// Queue rank; 0 under FIFO.
    var rank: Int32
    /// The request's sequence number: first come, first served among equal ranks.
    var sequence: UInt64
    /// Index of the request.
    var request: Int32

    static func < (lhs: WaitingEntry, rhs: WaitingEntry) -> Bool {
        lhs.rank != rhs.rank ? lhs.rank < rhs.rank : lhs.sequence < rhs.sequence
    }
}

/// The holders of one position: a headcount of interchangeable people and an ordered queue of requests
/// (SimPy's `Resource` / `PriorityResource`). A request that several positions can serve waits in each
/// of their queues and is taken by the first that frees a person.
struct ResourcePool: Sendable {
    /// People holding the position.
    let headcount: Int
    /// Ids (0-based) of the people free now; the lowest free id is taken first.
    private(set) var free: [Int32]
    /// Requests waiting, possibly stale (served by another pool), removed lazily.
    var queue = Heap<WaitingEntry>()
    /// Requests waiting now that this pool could serve.
    var waiting = 0
    /// For each person, when the current hold started (time, seconds) or -1 when free.
    var holdStart: [Int64]
    /// For each person, the working seconds of the current hold.
    var holdWork: [Int64]

    // Statistics over the observation window.
    /// Working seconds people were busy.
    var busyWork: Int64 = 0
    /// Integral of `waiting` over calendar time (request·seconds).
    var queueArea: Int64 = 0
    /// The largest `waiting` seen.
    var maxWaiting = 0
    /// When `waiting` last changed (clipped to the window).
    var lastChange: Int64 = 0
    /// Requests served.
    var served = 0
    /// Working seconds the served requests waited.
    var waitWork: Int64 = 0

    /// A pool with everybody free.
    init(headcount: Int) {
        self.headcount = headcount
        free = (0..<Int32(headcount)).reversed().map { $0 }
        holdStart = Array(repeating: -1, count: headcount)
        holdWork = Array(repeating: 0, count: headcount)
    }

    /// Takes the free person with the lowest id.
    mutating func take(at time: Int64, work: Int64) -> Int32 {
        let person = free.removeLast()
        holdStart[Int(person)] = time
        holdWork[Int(person)] = work
        return person
    }

    /// Frees a person, keeping the free list sorted so the lowest id is taken next.
    mutating func release(_ person: Int32) {
        holdStart[Int(person)] = -1
        var index = free.count
        free.append(person)
        while index > 0, free[index - 1] < person {
            free.swapAt(index, index - 1)
            index -= 1
        }
    }

    /// Adds the queue length's time integral up to `time` (both clipped to `[windowStart, …)`).
    @inline(__always)
    mutating func advanceQueueClock(to time: Int64, windowStart: Int64) {
        let now = max(time, windowStart)
        if now > lastChange {
            queueArea += Int64(waiting) * (now - lastChange)
            lastChange = now
        }
    }

    /// Checks the pool's invariants (debug builds): free people are not holding work, ids are unique and
    /// in range, and the free list is sorted highest first.
    func checkInvariants() {
        assert(free.count <= headcount)
        assert(Set(free).count == free.count)
        assert(free.allSatisfy { $0 >= 0 && Int($0) < headcount && holdStart[Int($0)] == -1 })
        assert(zip(free, free.dropFirst()).allSatisfy { $0 > $1 })
        assert(holdStart.filter { $0 >= 0 }.count == headcount - free.count)
        assert(waiting >= 0)
    }
}
