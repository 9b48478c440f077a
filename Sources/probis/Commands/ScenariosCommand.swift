import ArgumentParser
import Foundation
import ProbisModel
import ProbisReport
import ProbisRender
import ProbisYAML

/// `probis scenarios --generate` / `--check`: the default scenarios of the library, written by
/// ``DefaultScenario`` through the ProcessMaps writer.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "Write the default scenario of every organization type, and the before/after pairs, into the library.",
        discussion: """
            The scenarios follow from the library's organization types and penunjukan mechanisms with one set \
            of assumptions (docs/simulation.md). They go to scenarios/<region>/ under the library folder; a file \
            is replaced atomically, and only when its content changes. Other scenario files are left alone. \
            --generate writes nothing when a file of the library cannot be read.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Flag(help: "Write the scenarios whose files are stale or missing.")
    var generate = false

    @Flag(help: "Write nothing; list scenario files that are stale or missing and exit 1 if there are any.")
    var check = false

    func validate() throws {
        if generate == check { throw ValidationError("give --generate or --check") }
    }

    func run() throws {
        let (library, readErrors) = self.library.load()
        if generate, !readErrors.isEmpty {
            Console.error("probis: error: nothing written; fix the library's file problems first\n")
            throw ExitCode.failure
        }
        var unchanged = 0, written: [String] = [], missing: [String] = [], stale: [String] = []
        var failed = !readErrors.isEmpty
        let generated = DefaultScenario.scenarios(for: library)
        for item in generated {
            let path = self.library.maps + "/" + item.path
            let text = ProcessMapsEncoder.encode(.scenario(item.scenario))
            let current = FileManager.default.contents(atPath: path)
            if current == Data(text.utf8) {
                unchanged += 1
            } else if check {
                if current == nil { missing.append(path) } else { stale.append(path) }
            } else {
                do {
                    // Creates missing folders; refuses or writes directly what is not a regular file.
                    try AtomicFile.write(text, to: path)
                    written.append(path)
                } catch {
                    Console.error("probis: error: \(error)\n")
                    failed = true
                }
            }
        }
        let count = "\(generated.count) scenario\(generated.count == 1 ? "" : "s")"
        if check {
            Console.out((missing.map { "missing \($0)\n" } + stale.map { "stale   \($0)\n" }).joined())
            let behind = missing.count + stale.count
            Console.out(behind == 0
                ? "\(count): \(unchanged) files up to date\n"
                : "\(count): \(behind) of \(generated.count) files stale or missing; run 'probis scenarios --generate' to update them\n")
            if behind > 0 { failed = true }
        } else {
            Console.out(written.map { "wrote \($0)\n" }.joined())
            Console.out("\(count): \(written.count) files written, \(unchanged) unchanged\n")
        }
        if failed { throw ExitCode.failure }
    }
}
