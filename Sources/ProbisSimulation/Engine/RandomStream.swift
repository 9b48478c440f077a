/// A SplitMix64 generator (Steele, Lea & Flood 2014): 64 bits of state, fast, and good enough for
/// simulation. Each replication and purpose has its own stream, derived from the seed, so results do not
/// depend on how replications are spread over threads.
public struct RandomStream: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator with a given state.
    public init(state: UInt64) { self.state = state }

    /// The stream of one purpose in one replication of a seeded run.
    ///
    /// - Parameters:
    ///   - seed: the scenario's or the command line's seed.
    ///   - replication: 0-based replication number.
    ///   - purpose: which randomness (arrivals and case attributes, durations, branches, letters).
    public init(seed: UInt64, replication: Int, purpose: Int) {
        var mixer = RandomStream(state: seed)
        let base = mixer.next()
        self.init(state: base ^ (UInt64(truncatingIfNeeded: replication) &* 0xD1B5_4A32_D192_ED03)
                        ^ (UInt64(truncatingIfNeeded: purpose) &* 0x8CB9_2BA7_2F3D_8DD7))
        _ = next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in [0, 1) with 53 random bits.
    @inline(__always)
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A uniform number in (0, 1): never exactly 0, for logarithms.
    @inline(__always)
    public mutating func openUniform() -> Double { (Double(next() >> 11) + 0.5) * 0x1.0p-53 }
}

/// The independent random streams of one replication.
enum StreamPurpose: Int {
    /// Arrival times, assignment types and team sizes: the workload, shared by scenarios compared with one seed.
    case workload = 0
    /// Step durations.
    case durations = 1
    /// Branch choices and refusals.
    case branches = 2
    /// Letter delays.
    case letters = 3
}
