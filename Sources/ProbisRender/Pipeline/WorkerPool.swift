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

/// Renders each job in a freshly forked process, several at a time.
///
/// The pool starts one worker server (`probis render-worker --serve`, see ``ForkServer``) per lane, each of
/// which forks a child per map from a state with Graphviz's plugins loaded. A fresh process per map makes
/// every output byte-identical whatever else is rendered in the same command (Graphviz 2.43's clustered
/// layouts are reproducible only on the first render in a process), and keeps a Graphviz crash or leak
/// inside one child. One job's failure does not affect the others.
public struct WorkerPool: Sendable {
    /// The executable to start, normally the running `probis` itself.
    public var executable: URL
    /// How many maps are rendered at once (one worker server each).
    public var width: Int
    /// Seconds one map may take to lay out and render before its child is killed.
    public var deadline: Double

    /// Creates a pool.
    /// - Parameters:
    ///   - executable: a `probis` binary that has the `render-worker` subcommand.
    ///   - width: maps at once; defaults to the number of active cores.
    ///   - deadline: seconds one map may take; 60 by default (the library's largest map takes under 1 s).
    public init(executable: URL, width: Int = ProcessInfo.processInfo.activeProcessorCount, deadline: Double = 60) {
        self.executable = executable
        self.width = max(1, width)
        self.deadline = deadline
    }

    /// The running executable, for a pool of workers of the current `probis`.
    public static var currentExecutable: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    }

    /// Renders every job; the results are in the order of the jobs.
    public func render(_ jobs: [RenderJob]) -> [Result<[RenderFormat: [UInt8]], RenderError>] {
        render(count: jobs.count) { jobs[$0] }.map { $0 ?? .failure(.worker(message: "not run")) }
    }

    /// Renders the jobs that `job` makes for the indices `0..<count`, calling it on the pool's lanes (so the
    /// work of making a job, e.g. encoding a map and checking its files, runs in parallel and overlaps the
    /// rendering of earlier jobs). A lane starts its server with its first job, so a source that makes no
    /// job starts no process.
    /// - Parameters:
    ///   - count: how many indices there are.
    ///   - job: the job for an index, or `nil` when there is nothing to render for it.
    /// - Returns: per index the result, or `nil` where `job` made no job.
    public func render(count: Int, job: @escaping @Sendable (Int) -> RenderJob?) -> [Result<[RenderFormat: [UInt8]], RenderError>?] {
        signal(SIGPIPE, SIG_IGN)
        let results = ResultBox(count: count)
        let group = DispatchGroup()
        // Dedicated threads, not the global queue: each one blocks on its server's pipes, and blocked global
        // queue threads make libdispatch hold back other work.
        for _ in 0..<min(width, count) {
            group.enter()
            Thread {
                var server: WorkerServer?
                while let index = results.claim() {
                    if let job = job(index) { results.store(index, run(job, on: &server)) }
                }
                server?.finish()
                group.leave()
            }.start()
        }
        group.wait()
        return results.values
    }

    /// Renders one job on a lane's server, starting one when the lane has none (or its last one failed).
    func run(_ job: RenderJob, on server: inout WorkerServer?) -> Result<[RenderFormat: [UInt8]], RenderError> {
        if server == nil {
            do { server = try WorkerServer(executable: executable) } catch {
                return .failure(.worker(message: "cannot start '\(executable.path)': \(error.localizedDescription)"))
            }
        }
        let milliseconds = UInt64(max(0, (deadline * 1000).rounded()))
        let request = WorkerProtocol.Request(formats: job.formats, deadline: milliseconds, dot: Array(job.dot.utf8))
        guard let reply = server?.send(request) else {
            server?.finish()
            server = nil
            return .failure(.worker(message: "the worker server stopped unexpectedly"))
        }
        return WorkerProtocol.result(of: reply, formats: job.formats, deadline: deadline)
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

    var values: [Result<[RenderFormat: [UInt8]], RenderError>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
