import ArgumentParser
import ProbisModel
import ProbisRender
import ProbisSOP
import ProbisSOPDraw

/// `probis sop ID…`: the SOP AP document (PermenPANRB 35/2012) of peta lintas fungsi and stage flows.
struct SOPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sop",
        abstract: "Write the SOP Administrasi Pemerintahan (PermenPANRB 35/2012) of maps and stage flows: identity page, flowchart, monitoring form.",
        discussion: """
            Each SOP is laid out on landscape paper: page 1 the identity section, then the flowchart (No | Kegiatan | \
            one column per Pelaksana | Mutu Baku | Keterangan, header repeated, pages breaking between rows with \
            off-page connectors), then the monitoring form (Tabel 7). PDF writes ID.pdf with every page; SVG and \
            PNG write ID-N.svg / ID-N.png per page. Waktu comes from the scenario's durations (their mean) when \
            --scenario or --default-scenario is given, otherwise from each step's 'waktu:'. Nothing is written when \
            any SOP cannot be laid out.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "Organization types (their stage flow) or peta lintas fungsi.")
    var ids: [String] = []

    @Flag(help: "Every peta lintas fungsi and stage flow of the library.")
    var all = false

    @Option(help: "A scenario whose step durations give the Waktu column (for the SOP of its organization type).")
    var scenario: String?

    @Flag(help: "Take Waktu from each organization type's default scenario.")
    var defaultScenario = false

    @Option(help: "Paper, landscape: a4 or f4.")
    var paper: Paper = .a4

    @Option(help: "Output format: pdf, svg or png.")
    var format: FileFormat = .pdf

    @Option(help: "The folder to write into.")
    var output: String = "SOP"

    enum Paper: String, ExpressibleByArgument, CaseIterable { case a4, f4 }
    enum FileFormat: String, ExpressibleByArgument, CaseIterable { case pdf, svg, png }

    func validate() throws {
        if all == !ids.isEmpty { throw ValidationError("give the ids of maps or organization types, or --all") }
        if scenario != nil && defaultScenario { throw ValidationError("give --scenario or --default-scenario, not both") }
    }

    func run() throws {
        let library = try self.library.loadValid(refusing: "no SOP was written")
        let sources = SOPDocument.sources(in: library)
        var targets: [Document] = []
        for id in all ? sources.map(\.rawValue) : ids {
            guard let document = library.document(DocumentID(id)), sources.contains(document.id) else {
                Console.error("probis: error: '\(id)' is not a peta lintas fungsi or an organization type with a stage flow\(Suggestion.hint(for: id, in: sources.map(\.rawValue)))\n")
                throw ExitCode.failure
            }
            targets.append(document)
        }
        var chosen: Scenario?
        if let scenario {
            guard let found = library.scenario(DocumentID(scenario)) else {
                Console.error("probis: error: no scenario with id '\(scenario)'\(Suggestion.hint(for: scenario, in: library.scenarios.map(\.header.id.rawValue)))\n")
                throw ExitCode.failure
            }
            chosen = found
            guard targets.contains(where: { $0.id == found.organization.id }) else {
                Console.error("probis: error: scenario '\(scenario)' is for '\(found.organization.id)', which is not among the SOPs asked for; its durations would give no Waktu\n")
                throw ExitCode.failure
            }
        }
        let measure = CairoTextMeasurer()
        let sheet: SOPPaper = paper == .a4 ? .a4 : .f4
        var files: [(path: String, bytes: [UInt8])] = []
        var problems: [Diagnostic] = []
        for target in targets {
            let scenario = defaultScenario ? library.defaultScenario(for: target.id) : chosen.flatMap { $0.organization.id == target.id ? $0 : nil }
            guard let document = SOPDocument(target, in: library, scenario: scenario) else { continue }
            do {
                let layout = try SOPLayout.make(document, paper: sheet, measure: measure)
                files += self.files(document, layout)
            } catch {
                var diagnostic = error.diagnostic
                if diagnostic.location == nil { diagnostic.location = target.header.location }
                problems.append(diagnostic)
            }
        }
        guard problems.isEmpty else {
            Console.report(problems)
            Console.error("probis: error: \(problems.count) SOP\(problems.count == 1 ? "" : "s") cannot be laid out; nothing was written\n")
            throw ExitCode.failure
        }
        for file in files {
            do { try AtomicFile.write(file.bytes, to: file.path) } catch {
                Console.error("probis: error: \(error)\n")
                throw ExitCode.failure
            }
        }
        Console.out("\(targets.count) SOP\(targets.count == 1 ? "" : "s"): \(files.count) file\(files.count == 1 ? "" : "s") written to \(output)\n")
    }

    /// The files of one SOP in the chosen format.
    private func files(_ document: SOPDocument, _ layout: SOPLayout) -> [(path: String, bytes: [UInt8])] {
        let base = output + "/" + document.id.rawValue
        switch format {
        case .pdf: return [(base + ".pdf", SOPDrawing.pdf(layout, title: "SOP \(document.nama)"))]
        case .svg: return layout.pages.map { ("\(base)-\($0.number).svg", SOPDrawing.svg($0)) }
        case .png: return layout.pages.map { ("\(base)-\($0.number).png", SOPDrawing.png($0)) }
        }
    }
}
