import ArgumentParser
import ProbisModel
import ProbisReport

/// `probis list`: every organization type and map of the library.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every organization type, map, region and catalog: id, kind, title, region, citation, file."
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Only documents of this kind (e.g. organization-type, peta-lintas-fungsi).")
    var kind: DocumentKind?

    func run() throws {
        let (library, readErrors) = self.library.load()
        let documents = library.documents
            .filter { kind == nil || $0.kind == kind }
            .sorted { $0.id < $1.id }
        let rows = documents.map(DocumentSummary.init)
        switch format {
        case .json:
            Console.out(try Console.json(rows))
        case .text:
            let table = rows.map { row in
                // A title of several organizations (Kota Jambi groups up to 12) is cut so the column stays readable;
                // `show` and the JSON give it whole.
                [row.id, row.kind, row.region ?? "-", row.title.count > 90 ? String(row.title.prefix(89)) + "…" : row.title,
                 row.citation.map { "\($0.source), \($0.item)" } ?? "-"]
            }
            Console.out(Table.render(header: ["ID", "KIND", "REGION", "TITLE", "CITATION"], rows: table))
        }
        if !readErrors.isEmpty { throw ExitCode.failure }
    }
}

extension DocumentKind: ExpressibleByArgument {}
