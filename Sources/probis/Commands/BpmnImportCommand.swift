import ArgumentParser
import Foundation
import ProbisInterchange
import ProbisModel
import ProbisRender
import ProbisYAML

/// `probis bpmn import`: a BPMN 2.0 file as a peta lintas fungsi YAML document.
struct BpmnImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a BPMN 2.0 file into a peta lintas fungsi YAML document for the analyst to complete.",
        discussion: """
        Lanes, steps, decisions with their branch labels, parallel splits and joins and data objects \
        (as inputs and outputs) are read from the first process with flow nodes, or from every participant's \
        process of a collaboration (participants become lane groups, message flows from a message end event \
        to a message start event become flows between the steps). Elements a peta lintas \
        fungsi cannot hold (compensation, sub-processes, boundary events, inclusive or event-based gateways) \
        stop the import with one located error and nothing is written; elements it leaves out are listed \
        as warnings with their id and line. Stages, citations and positions are left for the analyst.
        """
    )

    @Argument(help: "The BPMN 2.0 file to read.")
    var file: String

    @Option(help: "The id of the new document (default: the file name without its extension).")
    var id: String?

    @Option(help: "The region the document belongs to.")
    var region: String?

    @Option(help: "The YAML file to write.")
    var output: String

    func run() throws {
        let documentID = id ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        // Refuse by size before reading a byte.
        var status = stat()
        guard stat(file, &status) == 0 else {
            Console.error("probis: error: cannot read '\(file)': \(String(cString: strerror(errno)))\n")
            throw ExitCode.failure
        }
        if Int(status.st_size) > BPMNImport.maximumBytes {
            report([.error(.bpmnTooLarge, at: SourceLocation(file: file, line: 1, column: 1),
                                   "the file has \(status.st_size) bytes; BPMN files over \(BPMNImport.maximumBytes) bytes are not read")])
            throw ExitCode.failure
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            Console.error("probis: error: cannot read '\(file)'\n")
            throw ExitCode.failure
        }
        let result: BPMNImport.Result
        do { result = try BPMNImport.read([UInt8](data), file: file) } catch {
            report([error])
            throw ExitCode.failure
        }
        report(result.warnings)
        let header = DocumentHeader(
            id: DocumentID(documentID), kind: .petaLintasFungsi, title: result.title, region: region.map { Reference(DocumentID($0)) },
            description: "Diimpor dari \(URL(fileURLWithPath: file).lastPathComponent); lengkapi tahap, jabatan dan kutipan peraturan."
        )
        let text = ProcessMapsEncoder.encode(.petaLintasFungsi(LintasFungsiMap(header: header, flow: result.map)))
        try AtomicFile.write(text, to: output)
        Console.out("wrote \(output): \(result.map.lanes.count) lanes, \(result.map.steps.count) steps\(result.warnings.isEmpty ? "" : ", \(result.warnings.count) elements left out")\n")
    }

    /// Diagnostics one per line on standard error, with their codes: `file:line:col: error[code]: message`.
    private func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        Console.error(diagnostics.map(\.codedDescription).joined(separator: "\n") + "\n")
    }
}
