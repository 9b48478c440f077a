import ArgumentParser

/// The `probis` command: business-process maps and organization types of Indonesian regional
/// governments — validate, list, show, render and simulate.
@main
struct Probis: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probis",
        abstract: "Model, check, render and simulate the Sistem Kerja maps of Indonesian regional governments.",
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self, ListCommand.self, ShowCommand.self, CoverageCommand.self,
            RenderCommand.self, RenderWorkerCommand.self, SimulateCommand.self, CompareCommand.self, SchemaCommand.self, DiffCommand.self,
            ScenariosCommand.self, SOPCommand.self, ReorganizeCommand.self, AbkCommand.self, BpmnCommand.self,
            ReviewCommand.self,
        ]
    )
}
