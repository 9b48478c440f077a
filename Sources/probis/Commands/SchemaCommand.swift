import ArgumentParser
import Foundation
import ProbisModel
import ProbisReport
import ProbisRender

/// `probis schema`: the JSON Schema of ProcessMaps files for editors, or the format reference tables,
/// generated from the format's one definition (`ProcessMapsFormat`).
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write the JSON Schema of ProcessMaps files (or, with --reference, the format reference in Markdown), generated from the format's definition.",
        discussion: """
            Without --output the text goes to standard output. With --check nothing is written: the command \
            exits 1 if the file at --output differs from what would be written.
            """
    )

    @Flag(help: "Write the Markdown reference tables (docs/format-reference.md) instead of the JSON Schema.")
    var reference = false

    @Option(help: "The file to write (atomically).")
    var output: String?

    @Flag(help: "Write nothing; exit 1 if --output is not current.")
    var check = false

    func validate() throws {
        if check && output == nil { throw ValidationError("--check needs --output, the file to compare") }
        if output?.isEmpty == true { throw ValidationError("--output must name a file") }
    }

    func run() throws {
        let text = reference ? ProcessMapsFormat.referenceMarkdown : ProcessMapsFormat.jsonSchema.text() + "\n"
        guard let output else { return Console.out(text) }
        let current = ProbisRender.AtomicFile.read(output)
        if check {
            guard current == Array(text.utf8) else {
                Console.error("probis: error: \(output) is \(current == nil ? "missing" : "stale"); run 'probis schema\(reference ? " --reference" : "") --output \(output)'\n")
                throw ExitCode.failure
            }
            return
        }
        if current != Array(text.utf8) { try ProbisRender.AtomicFile.write(Array(text.utf8), to: output) }
    }
}
