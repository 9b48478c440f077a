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
///
/// The pool is plain data; its free people and their hold times live in ``ResourcePools``' flat buffers
/// and its queue in ``ResourcePools/queues``, so the hot path touches no nested arrays.
struct ResourcePool: Sendable {
    /// People holding the position.
    let headcount: Int
    /// Where the pool's people start in the flat buffers.
    let offset: Int
    /// People free now.
    var freeCount: Int
    /// Requests waiting now that this pool could serve.
    var waiting = 0

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
    /// Working seconds the served requests waited (and, at the end, the requests still waiting).
    var waitWork: Int64 = 0
    /// Requests still waiting when the run ended.
    var waitingAtEnd = 0

    /// Adds the queue length's time integral up to `time` (both clipped to `[windowStart, …)`).
    @inline(__always)
    mutating func advanceQueueClock(to time: Int64, windowStart: Int64) {
        let now = max(time, windowStart)
        if now > lastChange {
            queueArea += Int64(waiting) * (now - lastChange)
            lastChange = now
        }
    }
}

/// Every position's pool of one replication.
struct ResourcePools: Sendable {
    var pools: [ResourcePool]
    /// Requests waiting per pool, possibly stale (served by another pool), removed lazily.
    var queues: [Heap<WaitingEntry>]
    /// Pool *p*'s free people are `free[offset ..< offset + freeCount]`, highest id first, so the lowest
    /// free id is taken first.
    private var free: [Int32]
    /// For each person (by `offset + id`), when the current hold started, or -1 when free.
    private(set) var holdStart: [Int64]

    /// Pools with everybody free.
    init(headcounts: [Int]) {
        var offset = 0
        pools = headcounts.map { headcount in
            defer { offset += headcount }
            return ResourcePool(headcount: headcount, offset: offset, freeCount: headcount)
        }
        queues = Array(repeating: Heap<WaitingEntry>(), count: headcounts.count)
        free = headcounts.flatMap { (0..<Int32($0)).reversed() }
        holdStart = Array(repeating: -1, count: offset)
    }

    /// Takes the free person with the lowest id of a pool.
    @inline(__always)
    mutating func take(_ pool: Int, at time: Int64) -> Int32 {
        pools[pool].freeCount -= 1
        let offset = pools[pool].offset
        let person = free[offset + pools[pool].freeCount]
        holdStart[offset + Int(person)] = time
        return person
    }

    /// Frees a person, keeping the free list sorted.
    @inline(__always)
    mutating func release(_ pool: Int, _ person: Int32) {
        let offset = pools[pool].offset
        var index = offset + pools[pool].freeCount
        free[index] = person
        while index > offset, free[index - 1] < person {
            free.swapAt(index, index - 1)
            index -= 1
        }
        pools[pool].freeCount += 1
        holdStart[offset + Int(person)] = -1
    }

    /// Checks the invariants (debug builds): free ids unique, in range, sorted highest first, not holding.
    func checkInvariants() {
        for pool in pools {
            let ids = free[pool.offset ..< pool.offset + pool.freeCount]
            assert(pool.freeCount >= 0 && pool.freeCount <= pool.headcount)
            assert(Set(ids).count == ids.count)
            assert(ids.allSatisfy { $0 >= 0 && Int($0) < pool.headcount && holdStart[pool.offset + Int($0)] == -1 })
            assert(zip(ids, ids.dropFirst()).allSatisfy { $0 > $1 })
            assert(holdStart[pool.offset ..< pool.offset + pool.headcount].filter { $0 >= 0 }.count == pool.headcount - pool.freeCount)
            assert(pool.waiting >= 0)
        }
    }
}
