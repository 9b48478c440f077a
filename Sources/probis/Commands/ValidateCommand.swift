import ArgumentParser
import ProbisModel
import ProbisReport
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

    @Argument(help: "Files or directories to check (default: ProcessMaps/; with --maps, the files to check in that library).")
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(name: .customLong("maps"), help: ArgumentHelp("Check the files in the context of this library folder: references to its other documents resolve, and only the files' problems are shown.", valueName: "folder"))
    var maps: String?

    func validate() throws {
        if maps != nil, paths.isEmpty { throw ValidationError("--maps needs the files to check, e.g. 'probis validate draft.yaml --maps ProcessMaps'") }
    }

    func run() throws {
        var loaded = LibraryLoader.load(paths: paths.isEmpty ? ["ProcessMaps"] : paths)
        var findings: [Diagnostic]
        if let maps {
            let (inContext, contextErrors) = LibraryLoader.load(paths: paths, context: maps)
            loaded = inContext
            let files = Set(loaded.files)
            findings = (Validator.validate(loaded.library) + RuleBook.standard.check(loaded.library))
                .filter { $0.location.map { files.contains($0.file) } ?? false }
            if contextErrors > 0 {
                findings.append(.warning(.io, at: nil, "the library '\(maps)' has \(contextErrors) reading error\(contextErrors == 1 ? "" : "s") of its own; run 'probis validate \(maps)'"))
            }
        } else {
            findings = Validator.validate(loaded.library) + RuleBook.standard.check(loaded.library)
        }
        let diagnostics = loaded.diagnostics(with: findings)
        let report = ValidationReport(files: loaded.files.count, documents: documents(loaded), diagnostics: diagnostics)
        switch format {
        case .json:
            Console.out(try Console.json(report))
        case .text:
            Console.out(report.text)
        }
        if diagnostics.containsErrors { throw ExitCode.failure }
    }

    /// The documents read from the files checked (with --maps, not the library's others).
    private func documents(_ loaded: LoadedLibrary) -> Int {
        guard maps != nil else { return loaded.library.documents.count }
        let files = Set(loaded.files)
        return loaded.library.documents.count { $0.header.file.map(files.contains) ?? false }
    }
}
