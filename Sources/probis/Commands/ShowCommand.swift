import ArgumentParser
import ProbisModel
import ProbisReport

/// `probis show ID`: the structure of one document.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one document: positions with tiers and reporting lines, the ordered steps per stage, decisions with their branches."
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "The id of an organization type, map, region or catalog.")
    var id: String

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let (library, readErrors) = self.library.load()
        guard let document = library.document(DocumentID(id)) else {
            Console.error("probis: error: no document with id '\(id)' in '\(self.library.maps)'\(Suggestion.hint(for: id, in: library.ids.map(\.rawValue)))\n")
            throw ExitCode.failure
        }
        let detail = DocumentDetail(document, library: library)
        switch format {
        case .json: Console.out(try Console.json(detail))
        case .text: Console.out(detail.text)
        }
        if !readErrors.isEmpty { throw ExitCode.failure }
    }
}
