import ArgumentParser
import Foundation
import ProbisModel
import ProbisReport
import ProbisSimulation

/// Output formats of the simulation commands.
enum SimulationFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

/// The run settings a command line may override in a scenario.
struct RunOverrides: ParsableArguments {
    @Option(help: "Seed of the random streams (default: the scenario's). The same seed gives the same output.")
    var seed: UInt64?

    @Option(help: "Number of replications (default: the scenario's).")
    var replications: Int?

    @Option(help: "Length of each run as calendar time, e.g. 1y, 26w, 90d (default: the scenario's).")
    var horizon: String?

    @Option(help: ArgumentHelp("Stop with an error when the run has taken this many seconds of wall-clock time.", valueName: "seconds"))
    var deadline: Double?

    @Option(name: .customLong("max-events"), help: ArgumentHelp("Events one replication may execute before it stops with an error (default: \(SimulationLimits.defaultEventBudget)).", valueName: "n"))
    var maxEvents: Int?

    @Option(help: ArgumentHelp("Worker threads (default: every core); the output does not depend on it.", visibility: .hidden))
    var jobs: Int?

    @Flag(help: ArgumentHelp("Print the time spent simulating to standard error.", visibility: .hidden))
    var timing = false

    func validate() throws {
        if let replications, replications < 1 { throw ValidationError("--replications must be at least 1") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let deadline, !(deadline > 0 && deadline.isFinite) { throw ValidationError("--deadline must be a number of seconds greater than 0, found '\(deadline)'") }
        if let maxEvents, maxEvents < 1 { throw ValidationError("--max-events must be at least 1, found \(maxEvents)") }
        if let horizon, horizonSeconds(horizon) == nil {
            throw ValidationError("--horizon must be a span of calendar time from 1s to 100y such as 1y, 26w or 90d, found '\(horizon)'")
        }
    }

    private func horizonSeconds(_ text: String) -> Int64? {
        guard let seconds = DurationText.parse(text, allowed: ["s", "m", "h", "d", "w", "y"]), seconds >= 1, seconds <= SimulationLimits.maximumSeconds else { return nil }
        return Int64(seconds.rounded())
    }

    /// The scenario with the command line's settings.
    func apply(to scenario: Scenario) -> Scenario {
        var copy = scenario
        if let seed { copy.seed = seed }
        if let replications { copy.replications = replications }
        if let horizon, let seconds = horizonSeconds(horizon) { copy.horizon = seconds }
        return copy
    }

    /// The event budget and the deadline.
    var limits: RunLimits { RunLimits(eventBudget: maxEvents ?? SimulationLimits.defaultEventBudget, deadline: deadline) }

    /// Worker threads to use.
    var threads: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }
}

/// Finding, checking and running scenarios for the commands.
enum ScenarioRunner {
    /// The scenario an id names: a scenario, or an organization type's default scenario.
    static func scenario(_ id: String, in library: Library, maps: String) throws -> Scenario {
        if let scenario = library.scenario(DocumentID(id)) { return scenario }
        if library.organizationType(DocumentID(id)) != nil {
            if let scenario = library.defaultScenario(for: DocumentID(id)) { return scenario }
            Console.error("probis: error: organization type '\(id)' has no default scenario (a scenario with 'organization: \(id)' and 'default: true')\n")
            throw ExitCode.failure
        }
        let candidates = library.scenarios.map(\.header.id.rawValue) + library.organizationTypes.map(\.header.id.rawValue)
        Console.error("probis: error: no scenario or organization type with id '\(id)' in '\(maps)'\(Suggestion.hint(for: id, in: candidates))\n")
        throw ExitCode.failure
    }

    /// Checks and compiles a scenario, printing its located errors; `nil` when it has any.
    static func compile(_ scenario: Scenario, in library: Library) -> SimulationModel? {
        do {
            return try SimulationModel.compile(scenario, in: library)
        } catch let error as SimulationError {
            Console.error(error.description + "\n")
        } catch {
            Console.error("probis: error: \(error)\n")
        }
        return nil
    }

    /// Runs a compiled scenario with a progress bar on a terminal; prints a stuck run's case and step
    /// (`naming` the scenario, when the command runs several).
    static func run(
        _ model: SimulationModel, overrides: RunOverrides, eventLog: Bool = false, label: String? = nil, naming: Bool = false
    ) -> SimulationRun? {
        let bar = ProgressBar(total: model.scenario.replications, label: label ?? model.scenario.header.id.rawValue)
        let started = DispatchTime.now()
        defer {
            bar.finish()
            if overrides.timing {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
                Console.error("probis: simulated \(model.scenario.header.id) in \(String(format: "%.4f", seconds)) s\n")
            }
        }
        do {
            var progress: (@Sendable (Int) -> Void)?
            if bar.isShown { progress = { @Sendable done in bar.update(done) } }
            return try Simulator.run(model, threads: overrides.threads, eventLog: eventLog, limits: overrides.limits, progress: progress)
        } catch {
            bar.finish()
            // Among several scenarios (--all, compare), say which one failed.
            let text = "\(error)"
            let prefix = "probis: error: "
            if naming, text.hasPrefix(prefix) {
                Console.error("\(prefix)scenario '\(model.scenario.header.id)': \(text.dropFirst(prefix.count))\n")
            } else {
                Console.error(text + "\n")
            }
            return nil
        }
    }
}
