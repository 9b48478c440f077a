import ProbisModel

/// Reads a BPMN 2.0 file (from probis, Camunda Modeler, bpmn.io, Bizagi …) into the lanes and steps of a
/// peta lintas fungsi.
///
/// The first process with flow nodes is read: its lanes (a lane holding a child lane set becomes the
/// `group` of its lanes), events, tasks of every type (as activities), exclusive gateways with two or more
/// outgoing flows (as decisions, branch labels from the flow names), parallel gateways (splits become a
/// step's several `next`, joins mark the step after them), merge gateways (dropped: a step may have many
/// predecessors) and data object references (as inputs and outputs). What a map cannot hold stops the
/// import with one located error (``Diagnostic/Code/bpmnUnsupported``); what it merely leaves out is
/// reported as a warning with the element's id and line.
public enum BPMNImport {
    /// Files larger than this many bytes are refused before parsing.
    public static let maximumBytes = 10_000_000

    /// What an import gives.
    public struct Result: Sendable {
        /// The pool's or process's name, for the document title.
        public var title: String
        /// Lanes and steps.
        public var map: CrossFunctionalMap
        /// Elements left out, as warnings.
        public var warnings: [Diagnostic]
    }

    static let model = BPMNProcess.modelNamespace

    /// Elements whose meaning a map cannot hold.
    static let unsupported: Set<String> = [
        "subProcess", "adHocSubProcess", "transaction", "callActivity", "boundaryEvent", "inclusiveGateway",
        "eventBasedGateway", "complexGateway", "intermediateCatchEvent", "compensateEventDefinition",
        "choreographyTask", "subChoreography", "callChoreography",
    ]
    /// Tasks of any type become activities.
    static let tasks: Set<String> = [
        "task", "userTask", "manualTask", "serviceTask", "scriptTask", "sendTask", "receiveTask", "businessRuleTask",
    ]
    /// Elements left out with a warning.
    static let leftOut: Set<String> = ["textAnnotation", "association", "group", "dataStoreReference", "dataObject"]

    /// Reads a BPMN file's bytes.
    /// - Parameter file: the path to put in diagnostics.
    /// - Throws: one ``Diagnostic`` (an error) for a file that cannot be imported.
    public static func read(_ bytes: [UInt8], file: String) throws(Diagnostic) -> Result {
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
        guard bytes.count <= maximumBytes else {
            throw .error(.bpmnTooLarge, at: at(1, 1), "the file has \(bytes.count) bytes; BPMN files over \(maximumBytes) bytes are not read")
        }
        if let bad = XMLEncoding.firstInvalidUTF8(in: bytes) {
            let byte = "0x" + String(bad.byte, radix: 16, uppercase: true)
            throw .error(.encoding, at: at(bad.line, bad.column),
                         "the file is not UTF-8 text: byte \(byte) is not part of a character (save it as UTF-8, or name its encoding in '<?xml version=\"1.0\" encoding=\"…\"?>')")
        }
        if let instruction = XMLProcessingInstruction.firstWithoutData(in: bytes) {
            throw .error(.bpmnNotXML, at: at(instruction.line, instruction.column),
                         "processing instruction '<?\(instruction.target)?>' has no data, which the XML parser cannot read; remove it")
        }
        let root: XMLNode
        switch XMLNode.parse(bytes) {
        case let .success(node): root = node
        case let .failure(failure): throw .error(.bpmnNotXML, at: at(failure.line, failure.column), "not well-formed XML: \(failure.message)")
        }
        guard root.name == "definitions", root.namespace == model else {
            let namespace = root.namespace.isEmpty ? "no namespace" : "namespace '\(root.namespace)'"
            throw .error(.bpmnNotBPMN, at: at(root.line, root.column), "the root element is '\(root.name)' in \(namespace), not a BPMN 2.0 'definitions' (\(model))")
        }
        var reader = Reader(file: file)
        return try reader.read(root)
    }
}

/// One import's state: the warnings so far and the ids given out.
struct Reader {
    let file: String
    var warnings: [Diagnostic] = []
    let model = BPMNImport.model

    init(file: String) { self.file = file }

    func at(_ node: XMLNode) -> SourceLocation { SourceLocation(file: file, line: node.line, column: node.column) }

    mutating func leaveOut(_ node: XMLNode, _ why: String) {
        let id = node.attribute("id").map { " '\($0)'" } ?? ""
        warnings.append(.warning(.bpmnNotRepresented, at: at(node), "\(node.name)\(id) is not imported: \(why)"))
    }

    mutating func read(_ root: XMLNode) throws(Diagnostic) -> BPMNImport.Result {
        let processes = root.children("process", in: model).filter { process in
            process.children.contains { BPMNImport.tasks.contains($0.name) || $0.name.hasSuffix("Event") || $0.name.hasSuffix("Gateway") }
        }
        guard let first = processes.first else {
            throw .error(.bpmnNotBPMN, at: at(root), "the BPMN file has no process with flow nodes")
        }
        let collaborations = root.children("collaboration", in: model)
        let participants = collaborations.flatMap { $0.children("participant", in: model) }
        let pools = participants.compactMap { participant in
            processes.first { $0.attribute("id") == participant.attribute("processRef") }.map { (participant: participant, process: $0) }
        }
        let process: XMLNode
        let title: String
        if pools.count >= 2 {
            // A collaboration: the participants' processes become one map, one lane group per participant.
            let poolIDs = Set(pools.compactMap { $0.process.attribute("id") })
            for other in processes where !poolIDs.contains(other.attribute("id") ?? "") { leaveOut(other, "it belongs to no participant of the collaboration") }
            process = try merged(pools, messageFlows: collaborations.flatMap { $0.children("messageFlow", in: model) })
            title = collaborations.first { $0.children("participant", in: model).count >= 2 }?.attribute("name") ?? pools[0].participant.attribute("name") ?? "Peta lintas fungsi"
        } else {
            process = first
            for other in processes.dropFirst() { leaveOut(other, "only the first process with flow nodes is read") }
            for collaboration in collaborations {
                for flow in collaboration.children("messageFlow", in: model) { leaveOut(flow, "message flows between pools are not part of a peta lintas fungsi") }
            }
            let participant = participants.first { $0.attribute("processRef") == process.attribute("id") }
            title = participant?.attribute("name") ?? process.attribute("name") ?? process.attribute("id") ?? "Peta lintas fungsi"
        }
        return try BPMNGraphReader(reader: self, process: process, title: title).read(into: &self)
    }
}
