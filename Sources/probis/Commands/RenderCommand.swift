import ArgumentParser
import Foundation
import ProbisModel
import ProbisRender

/// `probis render`: every map and organization type as diagrams in `Renders/`, mirroring `ProcessMaps/`.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw maps and organization types as SVG, PNG, PDF or DOT into a folder that mirrors ProcessMaps.",
        discussion: """
        Each map is laid out by Graphviz in a fresh worker process, as many at once as there are cores, so a \
        map's files are byte-identical whatever else is rendered. Files are replaced atomically; a map that \
        fails keeps its previous files. An organization type gives two diagrams: ID (the stage flow) and \
        ID.kedudukan (the structure).
        """
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "Document or diagram ids to render (default: all).")
    var ids: [String] = []

    @Option(help: "Comma-separated formats: svg, png, pdf, dot.")
    var format: String = "svg,png"

    @Option(help: "The folder to write into.")
    var output: String = "Renders"

    @Flag(help: "Write nothing; list renders that are stale or missing and exit 1 if there are any.")
    var check = false

    func run() throws {
        let formats: [RenderFormat]
        do { formats = try RenderFormat.list(format) } catch { throw ValidationError("\(error)") }
        guard !formats.isEmpty else { throw ValidationError("no format given") }
        let (library, readErrors) = self.library.load()
        let plan = RenderPlan(library: library, mapsRoot: self.library.maps)
        let (diagrams, unknown) = plan.select(ids)
        for id in unknown {
            let known = plan.diagrams.map(\.id) + plan.diagrams.map(\.document.rawValue)
            Console.error("probis: error: nothing to render for '\(id)'\(Suggestion.hint(for: id, in: Array(Set(known)).sorted()))\n")
        }
        guard unknown.isEmpty else { throw ExitCode.failure }

        let outcomes = RenderRun(plan: plan, formats: formats).render(diagrams)
        var failed = !readErrors.isEmpty
        var written = 0, unchanged = 0
        var stale: [String] = []
        for outcome in outcomes {
            switch outcome.files {
            case let .failure(error):
                Console.error("probis: error: \(outcome.diagram.id): \(error)\n")
                failed = true
            case let .success(files):
                for (relative, bytes) in files {
                    let path = output + "/" + relative
                    let current = AtomicFile.read(path)
                    if current == bytes { unchanged += 1; continue }
                    if check {
                        stale.append((current == nil ? "missing " : "stale   ") + path)
                        continue
                    }
                    do {
                        try AtomicFile.write(bytes, to: path)
                        Console.out("wrote \(path)\n")
                        written += 1
                    } catch {
                        Console.error("probis: error: \(outcome.diagram.id): \(error)\n")
                        failed = true
                    }
                }
            }
        }
        if check {
            Console.out(stale.map { $0 + "\n" }.joined())
            Console.out(stale.isEmpty
                ? "\(unchanged) render\(unchanged == 1 ? "" : "s") up to date\n"
                : "\(stale.count) render\(stale.count == 1 ? "" : "s") stale or missing; run 'probis render' to update\n")
            if !stale.isEmpty { failed = true }
        } else {
            Console.out("\(diagrams.count) diagram\(diagrams.count == 1 ? "" : "s"): \(written) file\(written == 1 ? "" : "s") written, \(unchanged) unchanged\n")
        }
        if failed { throw ExitCode.failure }
    }
}
