import Dispatch
import Foundation

/// One map to render: an id for messages, its DOT text and the formats wanted.
public struct RenderJob: Hashable, Sendable {
    /// The diagram's id, used in error messages.
    public var id: String
    /// The whole graph as DOT text.
    public var dot: String
    /// The Graphviz formats to produce (``RenderFormat/dot`` is returned as the DOT text itself).
    public var formats: [RenderFormat]

    /// Creates a job.
    public init(id: String, dot: String, formats: [RenderFormat]) {
        self.id = id
        self.dot = dot
        self.formats = formats
    }
}

/// Renders each job in a fresh worker process of the `probis` executable, several at a time.
///
/// A fresh process per map makes every output byte-identical whatever else is rendered in the same command
/// (Graphviz 2.43's clustered layouts are reproducible only on the first render in a process), and keeps a
/// Graphviz crash or leak inside one worker. One job's failure does not affect the others.
public struct WorkerPool: Sendable {
    /// The executable to start, normally the running `probis` itself.
    public var executable: URL
    /// How many workers run at once.
    public var width: Int

    /// Creates a pool.
    /// - Parameters:
    ///   - executable: a `probis` binary that has the `render-worker` subcommand.
    ///   - width: workers at once; defaults to the number of active cores.
    public init(executable: URL, width: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.executable = executable
        self.width = max(1, width)
    }

    /// The running executable, for a pool of workers of the current `probis`.
    public static var currentExecutable: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    }

    /// Renders every job; the results are in the order of the jobs.
    public func render(_ jobs: [RenderJob]) -> [Result<[RenderFormat: [UInt8]], RenderError>] {
        signal(SIGPIPE, SIG_IGN)
        let results = ResultBox(count: jobs.count)
        let group = DispatchGroup()
        // Dedicated threads, not the global queue: each one blocks on a worker's pipes, and blocked global
        // queue threads made libdispatch hold back the pipe readers for ~0.6 s per job.
        for _ in 0..<min(width, jobs.count) {
            group.enter()
            Thread {
                while let index = results.claim() {
                    results.store(index, run(jobs[index]))
                }
                group.leave()
            }.start()
        }
        group.wait()
        return results.values
    }

    /// Runs one worker process for one job.
    func run(_ job: RenderJob) -> Result<[RenderFormat: [UInt8]], RenderError> {
        let graphvizFormats = job.formats
        let process = Process()
        process.executableURL = executable
        process.arguments = [WorkerProtocol.subcommand, "--format", graphvizFormats.map(\.rawValue).joined(separator: ",")]
        // A crashing worker reports its signal; Swift's backtracer would only add pages of registers.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return .failure(.worker(message: "cannot start '\(executable.path)': \(error.localizedDescription)"))
        }
        let reader = PipeReader(errors.fileHandleForReading)
        try? input.fileHandleForWriting.write(contentsOf: Data(job.dot.utf8))
        try? input.fileHandleForWriting.close()
        let stdout = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
        let stderr = String(decoding: reader.wait(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        finished.wait()
        switch (process.terminationReason, process.terminationStatus) {
        case (.exit, 0):
            return Result { () throws(RenderError) in try WorkerProtocol.decode(stdout, formats: graphvizFormats) }
        case (.exit, WorkerProtocol.failureStatus) where !stderr.isEmpty:
            return .failure(.graphviz(message: stderr))
        case let (.exit, status):
            return .failure(.worker(message: "exited with status \(status)" + (stderr.isEmpty ? "" : ": \(stderr)")))
        case let (.uncaughtSignal, signal):
            let reason = stderr.split(separator: "\n").first.map { ": " + $0 } ?? ""
            return .failure(.worker(message: "crashed with signal \(signal)\(reason)"))
        @unknown default:
            return .failure(.worker(message: "ended unexpectedly"))
        }
    }
}

/// Reads a pipe to its end on another thread.
private final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

/// The results of a pool run and the next job to hand out, behind a lock.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<[RenderFormat: [UInt8]], RenderError>?]
    private var next = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ index: Int, _ result: Result<[RenderFormat: [UInt8]], RenderError>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var values: [Result<[RenderFormat: [UInt8]], RenderError>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failure(.worker(message: "not run")) }
    }
}
