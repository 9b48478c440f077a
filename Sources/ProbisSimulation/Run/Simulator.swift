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
    public static func replicate(_ model: SimulationModel, replication: Int, eventLog: Bool = false) throws -> (ReplicationResult, [EventRecord]?) {
        var run = Replication(model: model, index: replication, logEvents: eventLog)
        let result = try run.run()
        return (result, run.log)
    }

    /// Runs every replication of the scenario.
    ///
    /// - Parameters:
    ///   - threads: worker threads (default: every core).
    ///   - eventLog: whether to record the first replication's event log.
    ///   - progress: called with the number of finished replications, from worker threads.
    /// - Throws: ``SimulationError/stuck(replication:case:step:reason:)`` of the lowest failing replication.
    public static func run(
        _ model: SimulationModel, threads: Int = ProcessInfo.processInfo.activeProcessorCount, eventLog: Bool = false,
        progress: (@Sendable (Int) -> Void)? = nil
    ) throws -> SimulationRun {
        let count = model.scenario.replications
        let slots = Slots(count: count)
        let workers = max(1, min(threads, count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for replication in stride(from: worker, to: count, by: workers) {
                let outcome = Result { try replicate(model, replication: replication, eventLog: eventLog && replication == 0) }
                let done = slots.set(replication, outcome)
                progress?(done)
            }
        }
        var results: [ReplicationResult] = []
        var log: [EventRecord]?
        for outcome in slots.values {
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
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores a replication's outcome; returns how many are done.
    func set(_ index: Int, _ value: Result<(ReplicationResult, [EventRecord]?), any Error>) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = value
        done += 1
        return done
    }

    var values: [Result<(ReplicationResult, [EventRecord]?), any Error>] { slots.map { $0! } }
}
