import ArgumentParser
import ProbisInterchange
import ProbisModel
import ProbisReport
import ProbisRender
import ProbisSimulation

/// `probis simulate ID` and `probis simulate --all`.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate a scenario: cycle times, waiting per step and position, utilization, queues, rework, bottlenecks.",
        discussion: """
            ID is a scenario id, or an organization type id (its default scenario runs). Values are means over \
            the replications with 95% confidence intervals; the report is in Bahasa Indonesia. With --all, \
            every organization type's default scenario runs and one row per type is printed.
            """
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var overrides: RunOverrides

    @Argument(help: "The scenario (or organization type) to simulate.")
    var id: String?

    @Flag(help: "Simulate the default scenario of every organization type.")
    var all = false

    @Option(help: "Output format: text, json or csv.")
    var format: SimulationFormat = .text

    @Option(name: .customLong("event-log"), help: "Write the first replication's event log to this file: XES (IEEE 1849-2016) when the name ends in .xes, CSV otherwise.")
    var eventLog: String?

    func validate() throws {
        if all == (id != nil) { throw ValidationError("give a scenario id or --all, not both and not neither") }
        if all, eventLog != nil { throw ValidationError("--event-log needs one scenario id, not --all") }
    }

    func run() throws {
        let library = try self.library.loadValid(refusing: "nothing was simulated")
        if all { return try runAll(library) }
        let scenario = overrides.apply(to: try ScenarioRunner.scenario(id ?? "", in: library, maps: self.library.maps))
        guard let model = ScenarioRunner.compile(scenario, in: library),
              let run = ScenarioRunner.run(model, overrides: overrides, eventLog: eventLog != nil) else {
            throw ExitCode.failure
        }
        if let path = eventLog, let records = run.eventLog {
            do {
                let text = path.lowercased().hasSuffix(".xes") ? model.eventLogXES(records) : model.eventLogCSV(records)
                try AtomicFile.write(text, to: path)
            } catch let .write(path, reason) {
                Console.error("probis: error: cannot write the event log to '\(path)': \(reason)\n")
                throw ExitCode.failure
            } catch {
                Console.error("probis: error: \(error)\n")
                throw ExitCode.failure
            }
        }
        let summary = run.summary
        switch format {
        case .text: Console.out(SimulationText.report(summary))
        case .json: Console.out(try Console.json(summary))
        case .csv: Console.out(SimulationCSV.report(summary))
        }
    }

    private func runAll(_ library: Library) throws {
        var rows: [OverviewRow] = []
        var failed = false
        for type in library.organizationTypes.sorted(by: { $0.header.id < $1.header.id }) {
            guard let scenario = library.defaultScenario(for: type.header.id) else {
                rows.append(OverviewRow(organization: type.header.id.rawValue, title: type.header.title, scenario: nil, summary: nil))
                continue
            }
            guard let model = ScenarioRunner.compile(overrides.apply(to: scenario), in: library),
                  let run = ScenarioRunner.run(model, overrides: overrides, naming: true) else {
                failed = true
                rows.append(OverviewRow(organization: type.header.id.rawValue, title: type.header.title, scenario: scenario.header.id.rawValue, summary: nil))
                continue
            }
            rows.append(OverviewRow(organization: type.header.id.rawValue, title: type.header.title, scenario: scenario.header.id.rawValue, summary: run.summary))
        }
        switch format {
        case .text: Console.out(SimulationText.overview(rows))
        case .json: Console.out(try Console.json(rows))
        case .csv: Console.out(SimulationCSV.overview(rows))
        }
        if failed { throw ExitCode.failure }
    }
}

/// One row of `probis simulate --all`.
