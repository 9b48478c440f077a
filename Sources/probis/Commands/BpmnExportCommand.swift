import ArgumentParser
import ProbisInterchange
import ProbisModel
import ProbisRender

/// `probis bpmn export`: peta lintas fungsi documents and organization types' stage flows as BPMN 2.0 files.
struct BpmnExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write maps and stage flows as BPMN 2.0 files (with BPMNDI diagrams) into a folder.",
        discussion: """
        One file ID.bpmn per document: a collaboration with one participant holding the lanes (lanes of a \
        `group` nested in a parent lane named after it) or, for a map whose lanes fall into several groups \
        (instansi, unit), one participant and process per group with message flows for the letters between \
        them; tasks, exclusive gateways with named branches, \
        parallel gateways, start and end events, data objects for artifacts, and a diagram laid out by \
        Graphviz. The same library gives the same bytes.
        """
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "Ids of peta lintas fungsi documents or organization types (default with --all: every one).")
    var ids: [String] = []

    @Flag(help: "Export every peta lintas fungsi and every organization type's stage flow.")
    var all = false

    @Option(help: "The folder to write into.")
    var output: String

    func run() throws {
        guard all || !ids.isEmpty else { throw ValidationError("name document ids or pass --all") }
        guard !output.isEmpty else { throw ValidationError("--output must name a folder") }
        let library = try self.library.loadValid(refusing: "nothing was exported")
        let exportable = library.documents.filter { $0.crossFunctionalMap != nil }.map(\.id)
        var selected: [DocumentID] = all ? exportable : []
        for id in ids {
            guard exportable.contains(DocumentID(id)) else {
                Console.error("probis: error: '\(id)' is not a peta lintas fungsi or an organization type with a stage flow\(Suggestion.hint(for: id, in: exportable.map(\.rawValue)))\n")
                throw ExitCode.failure
            }
            if !selected.contains(DocumentID(id)) { selected.append(DocumentID(id)) }
        }
        // Lay out and build every file first, then write: a failure leaves no partial set behind.
        var files: [(path: String, text: String)] = []
        for id in selected {
            let document = library.document(id)!
            let text: String
            do { text = try BPMNExport.xml(document, library: library) } catch {
                Console.error("probis: error: \(id): \(error)\n")
                throw ExitCode.failure
            }
            files.append(("\(output)/\(id.rawValue).bpmn", text))
        }
        for file in files {
            try AtomicFile.write(file.text, to: file.path)
            Console.out("wrote \(file.path)\n")
        }
    }
}

/// The export of one document: the process, laid out by Graphviz, as BPMN XML.
enum BPMNExport {
    /// The BPMN text of a document with a cross-functional map.
    static func xml(_ document: Document, library: Library) throws(RenderError) -> String {
        let process = self.process(document, library: library)
        let geometry = try Graphviz.geometry(dot: process.layoutDOT)
        let diagram = process.diagram(columns: geometry.nodes.mapValues(\.x))
        return process.xml(id: document.id.rawValue, diagram: diagram)
    }

    /// The BPMN process of a document with a cross-functional map.
    static func process(_ document: Document, library: Library) -> BPMNProcess {
        BPMNProcess(map: document.crossFunctionalMap!, name: document.header.title) { library.artifact($0)?.title }
    }
}
