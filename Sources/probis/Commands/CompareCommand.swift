import ArgumentParser
import ProbisModel
import ProbisReport
import ProbisSimulation

/// `probis compare A B`.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Simulate two scenarios and show them side by side, with each difference and whether it is significant.",
        discussion: """
            A and B are scenario ids (or organization type ids, for their default scenarios). A difference is \
            significant when its 95% confidence interval excludes 0. With the same seed and number of \
            replications both scenarios see the same arrivals and assignment types, and replications are paired.
            """
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var overrides: RunOverrides

    @Argument(help: "The first scenario (before).")
    var a: String

    @Argument(help: "The second scenario (after).")
    var b: String

    @Option(help: "Output format: text, json or csv.")
    var format: SimulationFormat = .text

    @Flag(help: "Answer where work queues and for whom: units and people before and after, sorted by the change in waiting, with a summary in Bahasa Indonesia.")
    var people = false

    func run() throws {
        let library = try self.library.loadValid(refusing: "nothing was compared")
        let first = overrides.apply(to: try ScenarioRunner.scenario(a, in: library, maps: self.library.maps))
        let second = overrides.apply(to: try ScenarioRunner.scenario(b, in: library, maps: self.library.maps))
        let models = [first, second].map { ScenarioRunner.compile($0, in: library) }
        guard let modelA = models[0], let modelB = models[1],
              let runA = ScenarioRunner.run(modelA, overrides: overrides, naming: true),
              let runB = ScenarioRunner.run(modelB, overrides: overrides, naming: true) else {
            throw ExitCode.failure
        }
        if people {
            let report = PeopleComparisonReport(runA, runB)
            switch format {
            case .text: Console.out(report.text)
            case .json: Console.out(try Console.json(report))
            case .csv: Console.out(report.csv)
            }
            return
        }
        let comparison = Comparison(runA, runB)
        switch format {
        case .text: Console.out(SimulationText.comparison(comparison))
        case .json: Console.out(try Console.json(comparison))
        case .csv: Console.out(SimulationCSV.comparison(comparison))
        }
    }
}
