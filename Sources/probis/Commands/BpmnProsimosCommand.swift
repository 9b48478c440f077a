import ArgumentParser
import ProbisInterchange
import ProbisModel
import ProbisRender

/// `probis bpmn prosimos`: a scenario as a Prosimos BPMN + JSON simulation-parameters pair.
struct BpmnProsimosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prosimos",
        abstract: "Write a scenario as the BPMN and JSON pair the Prosimos simulator runs.",
        discussion: """
        Writes ID.bpmn (the organization type's stage flow, as 'probis bpmn export' draws it) and ID.json \
        (resource pools per lane, durations, arrivals, the weekly calendar, branch probabilities) into the \
        folder. What Prosimos cannot express is listed on standard error as notes.
        """
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "The scenario id.")
    var id: String

    @Option(help: "The folder to write into.")
    var output: String

    func run() throws {
        guard !output.isEmpty else { throw ValidationError("--output must name a folder") }
        let library = try self.library.loadValid(refusing: "nothing was exported")
        let scenario = try ScenarioRunner.scenario(id, in: library, maps: self.library.maps)
        guard let model = ScenarioRunner.compile(scenario, in: library) else { throw ExitCode.failure }
        let export = ProsimosExport.export(model) { library.artifact($0)?.title }
        let geometry = try Graphviz.geometry(dot: export.process.layoutDOT)
        let bpmn = export.process.xml(id: id, diagram: export.process.diagram(columns: geometry.nodes.mapValues(\.x)))
        try AtomicFile.write(bpmn, to: "\(output)/\(id).bpmn")
        try AtomicFile.write(export.parameters, to: "\(output)/\(id).json")
        Console.error(export.notes.map { "probis: note: \($0)\n" }.joined())
        Console.out("wrote \(output)/\(id).bpmn\nwrote \(output)/\(id).json\n")
    }
}
