import ArgumentParser
import Foundation
import ProbisModel
import ProbisPack
import ProbisRender
import ProbisRules
import ProbisYAML

/// `probis review`: the whole library as a static review pack (HTML) for a review meeting.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write the review pack: a static HTML site in Bahasa Indonesia that opens from disk with no server or network.",
        discussion: """
            The pack has an index by region and organization and one page per organization type, organization \
            and map: its diagrams inline (zoom with the wheel or buttons, pan by dragging, search by step or \
            position), positions and kedudukan, findings with their Pasal and file:line, the regulation items \
            it cites, every scenario's simulation with a heat overlay on the swimlane (steps by waiting time, \
            lanes by utilization, the bottleneck named) and before/after comparisons with the changes marked on \
            the diagram. Diagrams are laid out by Graphviz in forked workers and kept by content hash in the \
            cache folder, so an unchanged library is not laid out again. The folder is replaced as a whole: a \
            failed run leaves the previous pack. A library with errors still gives a pack that shows them; \
            the command then exits 1, as it does when a scenario does not run.
            """
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var overrides: RunOverrides

    @Option(help: "The pack folder to write (replaced as a whole).")
    var output: String = "Review"

    @Option(help: "The folder of cached SVG renders (default: OUTPUT.cache beside the pack).")
    var cache: String?

    @Option(help: "The folder holding the regulation texts (seed files), to list Pasal not encoded yet.")
    var texts: String = "docs/regulations"

    @Option(name: .customLong("render-deadline"), help: "Seconds one diagram may take to lay out before its worker is stopped.")
    var renderDeadline: Double = 60

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("--output must name a folder") }
        guard renderDeadline > 0 else { throw ValidationError("--render-deadline must be positive") }
    }

    func run() throws {
        var status = stat()
        if lstat(output, &status) == 0, status.st_mode & S_IFMT != S_IFDIR {
            Console.error("probis: error: cannot write the review pack to '\(output)': it exists and is not a folder; the previous pack is unchanged\n")
            throw ExitCode.failure
        }
        let loaded = LibraryLoader.load(paths: [library.maps])
        let texts = regulationTexts()
        let folder = cache ?? (output.hasSuffix("/") ? String(output.dropLast()) : output) + ".cache"
        let fingerprint = fingerprint(files: loaded.files, texts: texts)
        if let previous = PackManifest.read(cache: folder), previous.fingerprint == fingerprint, previous.isIntact(in: output) {
            Console.out("review pack in \(output) is current (nothing changed since: \(previous.summary))\n")
            return
        }

        var clock = PhaseClock(enabled: overrides.timing)
        clock.lap("load")
        let diagnostics = loaded.diagnostics(with: Validator.validate(loaded.library) + RuleBook.standard.check(loaded.library))
        var pack = ReviewPack(library: loaded.library, mapsRoot: library.maps, diagnostics: diagnostics, texts: texts)
        clock.lap("validate")
        pack.simulate(threads: overrides.threads, limits: overrides.limits, adjust: overrides.apply)
        clock.lap("simulate")

        let renderer = SVGCache(folder: folder, pool: WorkerPool(executable: WorkerPool.currentExecutable, deadline: renderDeadline),
                                graphvizVersion: Graphviz.version)
        let rendered = renderer.svgs(for: pack.diagramRequests)
        clock.lap("render")
        let files = pack.files(svgs: rendered.svgs)
        clock.lap("pages")
        do {
            try PackFolder.write(files, to: output)
        } catch let .write(path, reason) {
            Console.error("probis: error: cannot write the review pack to '\(path)': \(reason); the previous pack is unchanged\n")
            throw ExitCode.failure
        } catch {
            Console.error("probis: error: \(error)\n")
            throw ExitCode.failure
        }

        clock.lap("write")
        Console.report(diagnostics.filter { $0.severity == .error })
        for result in pack.simulations where result.failure != nil {
            let reason = result.engineMessage.map { $0.split(separator: "\n").joined(separator: "; ") }
                ?? "not run: \(result.blockedBy.joined(separator: ", ")) \(result.blockedBy.count == 1 ? "has" : "have") errors"
            Console.error("probis: error: scenario '\(result.scenario.header.id)': \(reason)\n")
        }
        let failures = rendered.svgs.filter { if case .failure = $0.value { true } else { false } }.keys.sorted()
        for key in failures { Console.error("probis: error: \(key): could not be drawn\n") }
        let errors = diagnostics.count { $0.severity == .error }
        let ran = pack.simulations.count { $0.run != nil }
        let summary = "\(pack.pageCount) pages, \(rendered.svgs.count) diagrams, \(ran) of \(pack.simulations.count) scenarios simulated, \(errors) error\(errors == 1 ? "" : "s")"
        Console.out("review pack written to \(output)/index.html: \(summary) (\(rendered.laidOut) diagrams laid out, \(rendered.svgs.count - rendered.laidOut) from the cache)\n")
        if pack.failed || !failures.isEmpty { throw ExitCode.failure }
        // Only a pack without failures is recorded as current: a failed one is made again, and says why again.
        try? PackManifest(fingerprint: fingerprint, files: files, summary: summary).write(cache: folder)
    }

    /// What the pack is made from: the library's files, the regulation texts, the options that change it,
    /// the Graphviz version and this binary (its size and modification time).
    private func fingerprint(files: [String], texts: [String: String]) -> String {
        var inputs: [(name: String, bytes: [UInt8])] = files.sorted().map { ($0, AtomicFile.read($0) ?? []) }
        inputs += texts.keys.sorted().map { ("text:" + $0, Array(texts[$0]!.utf8)) }
        let options = [library.maps, "\(overrides.seed ?? 0)", "\(overrides.replications ?? 0)", overrides.horizon ?? "",
                       "\(overrides.maxEvents ?? 0)", "\(overrides.deadline ?? 0)", Graphviz.version]
        inputs.append(("options", Array(options.joined(separator: "\n").utf8)))
        var status = stat()
        if stat(WorkerPool.currentExecutable.path, &status) == 0 {
            inputs.append(("probis", Array("\(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)".utf8)))
        }
        return PackManifest.fingerprint(inputs)
    }

    private func regulationTexts() -> [String: String] {
        var sources: [String: String] = [:]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: texts)) ?? []
        for name in names.sorted() where name.hasSuffix(".txt") {
            if let data = FileManager.default.contents(atPath: texts + "/" + name) { sources[name] = String(decoding: data, as: UTF8.self) }
        }
        return sources
    }
}

/// Seconds spent in each phase of a command, printed to standard error with the hidden `--timing` flag.
struct PhaseClock {
    var enabled: Bool
    private var last = DispatchTime.now()

    init(enabled: Bool) { self.enabled = enabled }

    /// Prints the time since the previous lap under `name`.
    mutating func lap(_ name: String) {
        let now = DispatchTime.now()
        if enabled { Console.error("probis: \(name) \(String(format: "%.3f", Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9)) s\n") }
        last = now
    }
}
