import Dispatch
import Foundation

/// `probis render`'s end of one worker server (`probis render-worker --serve`): a process started with
/// pipes on its standard input and output, sent one request at a time.
final class WorkerServer {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let finished = DispatchSemaphore(value: 0)

    /// Starts a server; its standard error is ours, for the rare message of a server that cannot start.
    init(executable: URL) throws {
        process.executableURL = executable
        process.arguments = [WorkerProtocol.subcommand, WorkerProtocol.serveFlag]
        // A crashing child reports its signal; Swift's backtracer would only add pages of registers.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.terminationHandler = { [finished] _ in finished.signal() }
        FileDescriptor.enlargePipe(input.fileHandleForWriting.fileDescriptor)
        FileDescriptor.enlargePipe(output.fileHandleForReading.fileDescriptor)
        try process.run()
    }

    /// Sends a request and waits for the reply.
    /// - Returns: `nil` when the server is gone or answers with something that is not a reply.
    func send(_ request: WorkerProtocol.Request) -> WorkerProtocol.Reply? {
        guard FileDescriptor.write(input.fileHandleForWriting.fileDescriptor, WorkerProtocol.encode(request)) else { return nil }
        let descriptor = output.fileHandleForReading.fileDescriptor
        return WorkerProtocol.readReply { FileDescriptor.read(descriptor, count: $0) }
    }

    /// Ends the server: closes its input, which it takes as the end of work, and waits for it to exit.
    func finish() {
        try? input.fileHandleForWriting.close()
        if process.isRunning { finished.wait() }
    }
}
