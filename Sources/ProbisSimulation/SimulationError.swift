import ProbisModel

/// Why a simulation cannot run or could not finish: the module's one error type.
public enum SimulationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The scenario has errors, found before any run (located, in file order).
    case invalidScenario([Diagnostic])
    /// The flow uses a construct the simulator does not run, e.g. a step with two `next` steps.
    case unsupported(String, at: SourceLocation?)
    /// A case can never finish: it waits forever or loops without end.
    case stuck(replication: Int, case: String, step: String, reason: String)
    /// A replication ran past its event budget or the engine's latest time (``RunLimits``): the scenario
    /// makes more work than a run can finish. `time` is the simulated timestamp reached.
    case runaway(replication: Int, events: Int, time: String, reason: String)
    /// The run passed its wall-clock deadline with `finished` of `total` replications done.
    case deadlineExceeded(seconds: Double, finished: Int, total: Int)

    /// One line per problem, compiler style for located ones.
    public var description: String {
        switch self {
        case let .invalidScenario(diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n")
        case let .unsupported(message, location):
            return "\(location.map { "\($0): " } ?? "probis: ")error: \(message)"
        case let .stuck(replication, caseID, step, reason):
            return "probis: error: replication \(replication + 1): case \(caseID) cannot finish at step '\(step)': \(reason)"
        case let .runaway(replication, events, time, reason):
            return "probis: error: replication \(replication + 1) stopped after \(events) events at simulated time \(time): \(reason)"
        case let .deadlineExceeded(seconds, finished, total):
            let shown = seconds == seconds.rounded() && abs(seconds) < 1e15 ? String(Int(seconds)) : String(seconds)
            return "probis: error: the run stopped at its deadline of \(shown) s with \(finished) of \(total) replications finished"
        }
    }
}
