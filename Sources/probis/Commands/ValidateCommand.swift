import ArgumentParser
import ProbisModel
import ProbisRules
import ProbisYAML

/// `probis validate [PATH…]`: read ProcessMaps files and report every problem at its line and column.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check ProcessMaps files: syntax, format, references, flows, citations and regional rules.",
        discussion: """
            Prints one line per problem as 'file:line:col: severity: message', then a summary. \
            Exits 1 if any error was found, 0 otherwise (warnings alone do not fail).
            """
    )

    @Argument(help: "Files or directories to check (default: ProcessMaps/).")
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let loaded = LibraryLoader.load(paths: paths.isEmpty ? ["ProcessMaps"] : paths)
        let diagnostics = (loaded.diagnostics + Validator.validate(loaded.library) + RuleBook.standard.check(loaded.library)).sorted()
        let report = ValidationReport(files: loaded.files.count, documents: loaded.library.documents.count, diagnostics: diagnostics)
        switch format {
        case .json:
            Console.out(try Console.json(report))
        case .text:
            Console.out(report.text)
        }
        if diagnostics.containsErrors { throw ExitCode.failure }
    }
}
