import Foundation

/// What a run of a program printed and how it ended.
public struct ProcessOutput: Equatable, CustomStringConvertible, Sendable {
    public var stdout: String
    public var stderr: String
    public var status: Int32

    /// Creates an output.
    public init(stdout: String, stderr: String, status: Int32) {
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
    }

    public var description: String { "status \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }

    /// Runs a program with arguments (in a folder, if given) and waits for it. Both pipes are read before
    /// waiting, so a large output cannot block the child.
    public static func run(_ executable: URL, _ arguments: [String], in folder: URL? = nil) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var stdout = Data()
        group.enter()
        DispatchQueue.global().async { stdout = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ProcessOutput(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                             status: process.terminationStatus)
    }
}
