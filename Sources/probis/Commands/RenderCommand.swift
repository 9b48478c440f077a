import ArgumentParser
import Foundation
import ProbisModel
import ProbisReport
import ProbisRender

/// `probis render`: every map and organization type as diagrams in `Renders/`, mirroring `ProcessMaps/`.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw maps and organization types as SVG, PNG, PDF or DOT into a folder that mirrors ProcessMaps.",
        discussion: """
        Only maps whose DOT text, Graphviz version or files differ from the output folder's manifest.json are \
        laid out again. Each is laid out by Graphviz in a freshly forked worker process, as many at once as \
        there are cores, so a map's files are byte-identical whatever else is rendered. Files are replaced \
        atomically; a map that fails keeps its previous files. --check compares DOT and file hashes with the \
        manifest and runs no Graphviz. An organization type gives two diagrams: ID (the stage flow) and \
        ID.kedudukan (the structure). Regions and artifact catalogs are not drawn. The PDF is for print: \
        landscape pages of --paper, a large map split over a grid of overlapping pages at the largest scale up \
        to 100% that needs no more pages than the smallest legible one (text at least 2 mm high).
        """
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "Document or diagram ids to render (default: all).")
    var ids: [String] = []

    @Option(help: "Comma-separated formats: svg, png, pdf, dot.")
    var format: String = "svg,png"

    @Option(help: "The paper of the PDF, landscape: a3 or a4. A large map is split over pages at a scale that keeps its text at least 2 mm high.")
    var paper: String = "a3"

    @Option(help: "The folder to write into.")
    var output: String = "Renders"

    @Flag(help: "Write nothing; list renders that are stale or missing and exit 1 if there are any.")
    var check = false

    @Option(help: "Seconds one map may take to lay out and render before its worker is stopped.")
    var deadline: Double = 60

    func run() throws {
        let formats: [RenderFormat]
        do { formats = try RenderFormat.list(format) } catch { throw ValidationError("\(error)") }
        guard !formats.isEmpty else { throw ValidationError("no format given") }
        guard !output.isEmpty else { throw ValidationError("--output must name a folder") }
        guard let sheet = Paper.named(paper) else {
            throw ValidationError("unknown paper '\(paper)' (use \(Paper.all.map(\.name).joined(separator: " or ")))")
        }
        // A library with errors is not drawn: what validates renders, what does not is reported first.
        let library = try self.library.loadValid(refusing: check ? "nothing was checked" : "nothing was rendered")
        var plan = RenderPlan(library: library, mapsRoot: self.library.maps)
        plan.paper = sheet
        let (diagrams, unknown) = plan.select(ids)
        let known = Array(Set(plan.diagrams.map(\.id) + plan.diagrams.map(\.document.rawValue))).sorted()
        for id in unknown {
            Console.error("probis: error: nothing to render for '\(id)'\(Suggestion.hint(for: id, in: known))\n")
        }
        guard unknown.isEmpty else { throw ExitCode.failure }

        guard deadline > 0 else { throw ValidationError("the deadline must be positive") }
        let pool = WorkerPool(executable: WorkerPool.currentExecutable, deadline: deadline)
        let batch = RenderBatch(plan: plan, formats: formats, pool: pool)
        let update = batch.update(diagrams, in: output, check: check)
        for failure in update.failures {
            Console.error("probis: error: \(failure.id): \(failure.error)\n")
        }
        let count = "\(diagrams.count) diagram\(diagrams.count == 1 ? "" : "s")"
        if check {
            let lines = update.missing.map { "missing \($0)\n" } + update.stale.map { "stale   \($0)\n" }
            Console.out(lines.joined())
            let behind = update.missing.count + update.stale.count
            Console.out(behind == 0
                ? "\(count): \(update.unchanged.count) files up to date\n"
                : "\(count): \(behind) of \(behind + update.unchanged.count) files stale or missing; run 'probis render' to update them\n")
            if behind > 0 { throw ExitCode.failure }
        } else {
            Console.out(update.written.map { "wrote \($0)\n" }.joined())
            Console.out("\(count): \(update.written.count) files written, \(update.unchanged.count) unchanged\n")
        }
        if !update.failures.isEmpty { throw ExitCode.failure }
    }
}
