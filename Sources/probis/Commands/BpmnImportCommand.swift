import ArgumentParser

/// `probis bpmn import`: a BPMN 2.0 file as a peta lintas fungsi YAML document.
struct BpmnImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a BPMN 2.0 file into a peta lintas fungsi YAML document."
    )

    func run() throws {
        throw ValidationError("not yet available")
    }
}
