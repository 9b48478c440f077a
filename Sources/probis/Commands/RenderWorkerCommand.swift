import ArgumentParser
import Foundation
import ProbisRender

/// `probis render-worker`: renders one map's DOT text from standard input, or with `--serve` serves maps
/// from `probis render`, forking one child per map (hidden; see `ForkServer`).
struct RenderWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: WorkerProtocol.subcommand,
        abstract: "Render DOT text from standard input (used by 'probis render').",
        shouldDisplay: false
    )

    @Option(help: "Comma-separated formats: svg, png, pdf.")
    var format: String = "svg"

    @Flag(help: "Serve requests from 'probis render' on standard input, one forked child per map.")
    var serve = false

    func run() throws {
        if serve {
            let status = ForkServer.serve()
            if status != 0 { throw ExitCode(status) }
            return
        }
        let formats: [RenderFormat]
        let dot = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        do {
            formats = try RenderFormat.list(format)
            let outputs = try Graphviz.render(dot: dot, formats: formats)
            FileHandle.standardOutput.write(Data(WorkerProtocol.encode(outputs, formats: formats)))
        } catch {
            Console.error(WorkerProtocol.message(for: error))
            throw ExitCode(WorkerProtocol.failureStatus)
        }
    }
}
