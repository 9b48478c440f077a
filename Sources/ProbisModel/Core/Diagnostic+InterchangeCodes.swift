// Codes of the BPMN import (issue 12): files that are not BPMN 2.0 a peta lintas fungsi can be read from,
// and BPMN elements a peta lintas fungsi cannot hold.

extension Diagnostic.Code {
    /// The file is larger than the importer reads.
    public static let bpmnTooLarge = Self("bpmn-too-large")
    /// The file is not well-formed XML.
    public static let bpmnNotXML = Self("bpmn-not-xml")
    /// The XML is not a BPMN 2.0 model (no `definitions` in the BPMN model namespace) or holds no process.
    public static let bpmnNotBPMN = Self("bpmn-not-bpmn")
    /// A sequence flow or reference names an element the file does not have.
    public static let bpmnMissingNode = Self("bpmn-missing-node")
    /// An element whose meaning a peta lintas fungsi cannot hold (compensation, sub-processes, boundary
    /// events, inclusive or event-based gateways …); the import stops.
    public static let bpmnUnsupported = Self("bpmn-unsupported")
    /// An element the import leaves out because the map has no place for it (annotations, message flows,
    /// other pools, event triggers); a warning naming its id and line.
    public static let bpmnNotRepresented = Self("bpmn-not-represented")
}
