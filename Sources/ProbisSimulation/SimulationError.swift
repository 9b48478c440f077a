import ProbisModel

/// Why a simulation cannot run or could not finish: the module's one error type.
public enum SimulationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The scenario has errors, found before any run (located, in file order).
    case invalidScenario([Diagnostic])
    /// The flow uses a construct the simulator does not run, e.g. a step with two `next` steps.
    case unsupported(String, at: SourceLocation?)
    /// A case can never finish: it waits forever or loops without end.
    case stuck(replication: Int, case: String, step: String, reason: String)

    /// One line per problem, compiler style for located ones.
    public var description: String {
        switch self {
        case let .invalidScenario(diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n")
        case let .unsupported(message, location):
            return "\(location.map { "\($0): " } ?? "probis: ")error: \(message)"
        case let .stuck(replication, caseID, step, reason):
            return "probis: error: replication \(replication + 1): case \(caseID) cannot finish at step '\(step)': \(reason)"
        }
    }
}
