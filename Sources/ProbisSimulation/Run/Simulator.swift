import Dispatch
import Foundation

/// All replications of a scenario and what they measured.
public struct SimulationRun: Sendable {
    /// The compiled model.
    public let model: SimulationModel
    /// One result per replication, in replication order.
    public let results: [ReplicationResult]
    /// The executed steps of the first replication, when asked for.
    public let eventLog: [EventRecord]?

    /// Means and 95% confidence intervals over the replications.
    public var summary: SimulationSummary { SimulationSummary(model: model, results: results) }
}

/// Runs replications in parallel. Replication *r* draws from streams derived from the seed and *r* only,
/// and results are kept in replication order, so output is byte-identical whatever the number of threads.
public enum Simulator {
    /// Runs one replication (0-based), optionally recording its event log.
    public static func replicate(
        _ model: SimulationModel, replication: Int, eventLog: Bool = false, limits: RunLimits = RunLimits()
    ) throws -> (ReplicationResult, [EventRecord]?) {
        try replicate(model, replication: replication, eventLog: eventLog, budget: limits.eventBudget, deadline: Deadline(seconds: limits.deadline))
    }

    private static func replicate(
        _ model: SimulationModel, replication: Int, eventLog: Bool, budget: Int, deadline: Deadline
    ) throws -> (ReplicationResult, [EventRecord]?) {
        var run = Replication(model: model, index: replication, logEvents: eventLog, eventBudget: budget, deadline: deadline)
        let result = try run.run()
        return (result, run.log)
    }

    /// Runs every replication of the scenario.
    ///
    /// - Parameters:
    ///   - threads: worker threads (default: every core).
    ///   - eventLog: whether to record the first replication's event log.
    ///   - limits: the event budget of each replication and the run's wall-clock deadline.
    ///   - progress: called with the number of finished replications, from worker threads.
    /// - Throws: ``SimulationError/stuck(replication:case:step:reason:)`` or
    ///   ``SimulationError/runaway(replication:events:time:reason:)`` of the lowest failing replication;
    ///   ``SimulationError/deadlineExceeded(seconds:finished:total:)`` when the deadline passed. Once a
    ///   replication fails, later replications not yet started are skipped (every earlier one still runs, so
    ///   the error reported does not depend on the number of threads).
    public static func run(
        _ model: SimulationModel, threads: Int = ProcessInfo.processInfo.activeProcessorCount, eventLog: Bool = false,
        limits: RunLimits = RunLimits(), progress: (@Sendable (Int) -> Void)? = nil
    ) throws -> SimulationRun {
        let count = model.scenario.replications
        let slots = Slots(count: count)
        let workers = max(1, min(threads, count))
        let deadline = Deadline(seconds: limits.deadline)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for replication in stride(from: worker, to: count, by: workers) where !slots.failedBefore(replication) {
                let outcome = Result {
                    try replicate(model, replication: replication, eventLog: eventLog && replication == 0, budget: limits.eventBudget, deadline: deadline)
                }
                let done = slots.set(replication, outcome)
                progress?(done)
            }
        }
        let outcomes = slots.values
        if outcomes.contains(where: { if case .failure(is DeadlinePassed)? = $0 { true } else { false } }) {
            let finished = outcomes.filter { if case .success? = $0 { true } else { false } }.count
            throw SimulationError.deadlineExceeded(seconds: limits.deadline ?? 0, finished: finished, total: count)
        }
        if let failure = outcomes.lazy.compactMap({ outcome -> (any Error)? in
            if case let .failure(error)? = outcome { error } else { nil }
        }).first {
            throw failure
        }
        var results: [ReplicationResult] = []
        var log: [EventRecord]?
        for case let outcome? in outcomes {
            let (result, records) = try outcome.get()
            results.append(result)
            if records != nil { log = records }
        }
        return SimulationRun(model: model, results: results, eventLog: log)
    }
}

/// Result slots written once each from worker threads and read after all finish.
private final class Slots: @unchecked Sendable {
    private var slots: [Result<(ReplicationResult, [EventRecord]?), any Error>?]
    private var done = 0
    private var lowestFailure = Int.max
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores a replication's outcome; returns how many are done.
    func set(_ index: Int, _ value: Result<(ReplicationResult, [EventRecord]?), any Error>) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = value
        if case .failure = value { lowestFailure = min(lowestFailure, index) }
        done += 1
        return done
    }

    /// Whether a replication before this one failed, so this one need not run.
    func failedBefore(_ index: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return lowestFailure < index
    }

    /// Each replication's outcome, `nil` for one skipped after a failure.
    var values: [Result<(ReplicationResult, [EventRecord]?), any Error>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
