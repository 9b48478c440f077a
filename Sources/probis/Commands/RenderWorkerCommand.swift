import ArgumentParser
import Foundation
import ProbisRender

/// `probis render-worker`: renders one map's DOT text from standard input (hidden; `probis render` starts
/// one per map so that every map is laid out in a fresh process).
struct RenderWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: WorkerProtocol.subcommand,
        abstract: "Render DOT text from standard input (used by 'probis render').",
        shouldDisplay: false
    )

    @Option(help: "Comma-separated formats: svg, png, pdf.")
    var format: String = "svg"

    func run() throws {
        let formats: [RenderFormat]
        let dot = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        do {
            formats = try RenderFormat.list(format)
            let outputs = try Graphviz.render(dot: dot, formats: formats)
            FileHandle.standardOutput.write(Data(WorkerProtocol.encode(outputs, formats: formats)))
        } catch {
            if case let .graphviz(message) = error { Console.error(message + "\n") } else { Console.error("\(error)\n") }
            throw ExitCode(WorkerProtocol.failureStatus)
        }
    }
}
