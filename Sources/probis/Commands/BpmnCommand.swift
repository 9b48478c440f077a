import ArgumentParser
import ProbisModel

/// `probis bpmn`: BPMN 2.0 interchange with process modelers (Camunda Modeler, bpmn.io, Bizagi).
struct BpmnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bpmn",
        abstract: "Export maps to BPMN 2.0, import a BPMN 2.0 file as a peta lintas fungsi, or export a scenario for Prosimos.",
        subcommands: [BpmnExportCommand.self, BpmnImportCommand.self, BpmnProsimosCommand.self]
    )
}
