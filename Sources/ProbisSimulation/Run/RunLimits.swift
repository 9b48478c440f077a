import Dispatch
import ProbisModel

/// Bounds on a run, so that no scenario can run away silently: an event budget per replication and an
/// optional wall-clock deadline for all replications together.
public struct RunLimits: Sendable, Hashable {
    /// The events one replication may execute; past it the run stops with
    /// ``SimulationError/runaway(replication:events:time:reason:)``.
    public var eventBudget: Int
    /// Seconds of wall-clock time the whole run may take; past it the run stops with
    /// ``SimulationError/deadlineExceeded(seconds:finished:total:)``. `nil` for no deadline.
    public var deadline: Double?

    /// The latest simulated time, in seconds since the start: about 31.7 million years. Each event adds at
    /// most ``Sampler/maximumSeconds`` to the clock, so it can never overflow.
    static let latestTime: Int64 = 1_000_000_000_000_000

    /// Events between two looks at the wall clock.
    static let clockInterval = 4_096

    /// Creates limits.
    ///
    /// - Parameters:
    ///   - eventBudget: events per replication (default ``SimulationLimits/defaultEventBudget``).
    ///   - deadline: seconds of wall-clock time for the whole run, or `nil`.
    public init(eventBudget: Int = SimulationLimits.defaultEventBudget, deadline: Double? = nil) {
        self.eventBudget = eventBudget
        self.deadline = deadline
    }
}

/// A deadline as an instant of the monotonic clock.
struct Deadline: Sendable {
    /// Nanoseconds of `DispatchTime` uptime at which the run stops, or `nil`.
    let instant: UInt64?

    /// The instant `seconds` from now, or no deadline.
    init(seconds: Double?) {
        guard let seconds else {
            instant = nil
            return
        }
        let now = DispatchTime.now().uptimeNanoseconds
        let span = seconds * 1e9
        instant = span >= Double(UInt64.max - now) ? nil : now + UInt64(max(0, span))
    }

    /// Whether the instant has passed.
    var hasPassed: Bool {
        guard let instant else { return false }
        return DispatchTime.now().uptimeNanoseconds >= instant
    }
}

/// Thrown by a replication that saw the deadline pass; ``Simulator`` reports it with the run's counts.
struct DeadlinePassed: Error {}
