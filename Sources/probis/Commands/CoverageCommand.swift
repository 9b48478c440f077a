import ArgumentParser
import Foundation
import ProbisModel
import ProbisReport
import ProbisRules

/// `probis coverage`: what the library encodes of each regulation text, generated from the data.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Show, for each regulation text, the organization types and maps that encode it, every cited item and where, the rules and what they enforce, and the Pasal not encoded yet."
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: "The folder holding the regulation texts (seed files), to list Pasal not encoded yet.")
    var texts: String = "docs/regulations"

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let (library, readErrors) = self.library.load()
        var sources: [String: String] = [:]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: texts)) ?? []
        for name in names.sorted() where name.hasSuffix(".txt") {
            if let data = FileManager.default.contents(atPath: texts + "/" + name) {
                sources[name] = String(decoding: data, as: UTF8.self)
            }
        }
        if sources.isEmpty {
            Console.error("probis: warning: no regulation texts in '\(texts)'; Pasal not encoded cannot be listed\n")
        }
        let report = CoverageReport(library: library, rules: .standard, texts: sources)
        switch format {
        case .json: Console.out(try Console.json(report))
        case .text: Console.out(report.text)
        }
        if !readErrors.isEmpty { throw ExitCode.failure }
    }
}
