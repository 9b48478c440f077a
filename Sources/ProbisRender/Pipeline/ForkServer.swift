import Foundation

/// The worker side of `probis render`: `probis render-worker --serve` loads Graphviz's plugins once, then
/// forks one child per map. The child lays the map out, renders it, answers and exits, so every map is still
/// laid out in a process that has laid out nothing else, at the price of a `fork` instead of a whole
/// executable's start.
///
/// The next child is forked as soon as the previous one has ended, before its request arrives: the child
/// reads the request from the server's standard input itself and writes its reply to the server's standard
/// output, so a map crosses two processes (`probis render` and the child) instead of four hops through the
/// server. The child tells the server through a pipe when it has a request (with the deadline) and when it
/// starts writing its reply; the server enforces the deadline in between and answers in the child's place
/// when the child crashed or overran it.
///
/// The server is single-threaded, as `fork` wants (a child gets only the forking thread, so a lock held by
/// another thread would never be released in it). Every child starts from the same state, the server's
/// right after the warm-up, whatever the server rendered before, so a map's bytes do not depend on the
/// order of the maps; ``Graphviz/loadPlugins()`` is chosen so that the warm-up advances none of Graphviz's
/// process-wide counters. The server exits when its standard input ends (its `probis render` is gone), killing
/// a child that is still running; a child dies with its server (`PR_SET_PDEATHSIG`); a child still running
/// at the request's deadline is killed and reported as ``WorkerProtocol/Ending/overran``.
public enum ForkServer {
    /// Serves requests from standard input until it ends.
    /// - Returns: the exit status: 0 when the input ended, 1 when the server could not start.
    public static func serve() -> Int32 {
        // Whatever mask the starting process had (a test runner blocks some signals), a server and its
        // children answer to signals; SIGPIPE is an error return on a pipe whose reader is gone.
        var none = sigset_t()
        sigemptyset(&none)
        sigprocmask(SIG_SETMASK, &none, nil)
        signal(SIGPIPE, SIG_IGN)
        do {
            try Graphviz.loadPlugins()
            exerciseSwiftRuntime()
        } catch {
            FileDescriptor.write(2, Array("probis: error: render worker: cannot load Graphviz's plugins: \(error)\n".utf8))
            return 1
        }
        let threads = singleThreaded(within: .seconds(5))
        guard threads.count == 1 else {
            FileDescriptor.write(2, Array("probis: error: render worker: threads \(threads.joined(separator: ", ")) running; forking needs one\n".utf8))
            return 1
        }
        while let reply = serveOne() {
            if let reply, !FileDescriptor.write(1, WorkerProtocol.encode(reply)) { break }
        }
        return 0
    }

    /// Runs the Swift code a child runs after Graphviz (reordering SVG clusters, framing the output) on a
    /// made-up example, so that the Swift runtime's type metadata and conformance caches are filled once here
    /// rather than in every child. Pure Swift: Graphviz is not involved.
    static func exerciseSwiftRuntime() {
        let svg = "<svg>\n<g id=\"clust2\" class=\"cluster\">\n<title>cluster_b</title>\n</g>\n"
            + "<g id=\"clust1\" class=\"cluster\">\n<title>cluster_a</title>\n</g>\n</svg>\n"
        let dot = #"digraph g { subgraph "cluster_a" { a } subgraph "cluster_b" { b } }"#
        let canonical = SVGClusterOrder.canonical(Array(svg.utf8), dot: dot)
        _ = WorkerProtocol.encode([.svg: canonical, .png: [], .pdf: []], formats: [.svg, .png, .pdf])
    }

    /// Waits until this process runs one thread: pango starts fontconfig on a thread of its own
    /// (`[pango] FcInit`) and glib helpers during the warm-up; they end within milliseconds.
    /// - Returns: the names of the threads still running at the end (one when the wait succeeded).
    static func singleThreaded(within limit: Duration) -> [String] {
        let start = ContinuousClock.now
        var threads = threadNames()
        while threads.count > 1, ContinuousClock.now - start < limit {
            usleep(1000)
            threads = threadNames()
        }
        return threads
    }

    /// The names of this process's threads.
    static func threadNames() -> [String] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? []
        return tasks.sorted().map { task in
            let name = (try? String(contentsOfFile: "/proc/self/task/\(task)/comm", encoding: .utf8)) ?? "?"
            return "'" + name.trimmingCharacters(in: .whitespacesAndNewlines) + "'"
        }
    }

    /// How a child exits after writing its own reply.
    private static let replied: Int32 = 0
    /// How a child exits when the input ended before a request.
    private static let inputEnded: Int32 = 3
    /// What a child writes to the server when it has read a request (followed by the deadline) and when it
    /// starts writing its reply.
    private static let (started, replying): (UInt8, UInt8) = (1, 2)

    /// Forks a child, which waits for one request and answers it, and watches it until it ends.
    /// - Returns: `nil` when the server should stop (the input ended); `.some(nil)` when the child answered
    ///   itself; the reply to write in the child's place when it crashed or overran its deadline.
    static func serveOne() -> WorkerProtocol.Reply?? {
        var signals: [Int32] = [-1, -1], errors: [Int32] = [-1, -1]
        guard pipe(&signals) == 0, pipe(&errors) == 0 else {
            FileDescriptor.write(2, Array("probis: error: render worker: cannot make a pipe: \(String(cString: strerror(errno)))\n".utf8))
            return nil
        }
        FileDescriptor.enlargePipe(errors[0])
        let server = getpid()
        let child = fork()
        if child == 0 {
            close(signals[0])
            close(errors[0])
            answer(signals: signals[1], errors: errors[1], server: server)
        }
        close(signals[1])
        close(errors[1])
        defer {
            close(signals[0])
            close(errors[0])
        }
        guard child > 0 else {
            FileDescriptor.write(2, Array("probis: error: render worker: cannot fork: \(String(cString: strerror(errno)))\n".utf8))
            return nil
        }

        var deadline: ContinuousClock.Instant?
        var said: [UInt8] = []
        var messages: [UInt8] = []
        // The server never reads its input here (the child does); with no events asked, poll still reports
        // POLLHUP when `probis render` is gone.
        var streams = [pollfd(fd: signals[0], events: Int16(POLLIN), revents: 0),
                       pollfd(fd: errors[0], events: Int16(POLLIN), revents: 0),
                       pollfd(fd: 0, events: 0, revents: 0)]
        while streams[0].fd >= 0 || streams[1].fd >= 0 {
            var timeout: Int32 = -1
            if let deadline {
                let left = deadline - ContinuousClock.now
                let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
                guard milliseconds > 0 else {
                    stop(child)
                    return .some(WorkerProtocol.Reply(ending: .overran, output: [], messages: messages))
                }
                timeout = Int32(clamping: milliseconds)
            }
            let ready = poll(&streams, nfds_t(streams.count), timeout)
            if ready < 0, errno != EINTR { break }
            if streams[2].revents != 0, said.first == started {
                stop(child)
                return nil
            }
            if streams[1].fd >= 0, streams[1].revents != 0, !FileDescriptor.readAvailable(streams[1].fd, into: &messages) {
                streams[1].fd = -1
            }
            if streams[0].fd >= 0, streams[0].revents != 0 {
                if !FileDescriptor.readAvailable(streams[0].fd, into: &said) { streams[0].fd = -1 }
                if said.first == started, said.count >= 9, deadline == nil {
                    let milliseconds = said[1...8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                    deadline = ContinuousClock.now + .milliseconds(Int64(clamping: milliseconds))
                }
                if said.count > 9, said[9] == replying { deadline = nil }
            }
        }
        switch ending(of: child) {
        case .exited(replied) where said.count > 9: return .some(nil)
        // Ended while writing its reply: the stream may be cut short, so stop; `probis render` sees it end.
        case _ where said.count > 9: return nil
        case .exited(inputEnded) where said.isEmpty: return nil
        case let ending: return .some(WorkerProtocol.Reply(ending: ending, output: [], messages: messages))
        }
    }

    /// The child: reads one request, renders it, writes the reply to standard output and exits; never returns.
    private static func answer(signals: Int32, errors: Int32, server: pid_t) -> Never {
        setParentDeathSignal(SIGKILL)
        if getppid() != server { _exit(127) }
        let replies = dup(1)
        dup2(errors, 1)  // nothing but the reply may reach the reply stream
        dup2(errors, 2)
        guard let request = WorkerProtocol.readRequest({ FileDescriptor.read(0, count: $0) }) else { _exit(inputEnded) }
        FileDescriptor.write(signals, [started] + withUnsafeBytes(of: request.deadline.littleEndian, Array.init))
        let reply: WorkerProtocol.Reply
        do {
            let outputs = try Graphviz.render(dot: String(decoding: request.dot, as: UTF8.self), formats: request.formats, release: false)
            reply = WorkerProtocol.Reply(ending: .exited(0), output: WorkerProtocol.encode(outputs, formats: request.formats), messages: [])
        } catch {
            reply = WorkerProtocol.Reply(ending: .exited(WorkerProtocol.failureStatus), output: [], messages: Array(WorkerProtocol.message(for: error).utf8))
        }
        FileDescriptor.write(signals, [replying])
        _exit(FileDescriptor.write(replies, WorkerProtocol.encode(reply)) ? replied : 4)
    }

    /// Kills a child and reaps it.
    private static func stop(_ child: pid_t) {
        kill(child, SIGKILL)
        _ = ending(of: child)
    }

    /// Waits for a child to end.
    private static func ending(of child: pid_t) -> WorkerProtocol.Ending {
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 {
            if errno != EINTR { return .exited(-1) }
        }
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }

    /// Asks the kernel to send `signal` to this process when its parent ends: `prctl(PR_SET_PDEATHSIG)`.
    ///
    /// `prctl` is variadic in C, which Swift cannot call; it is looked up and called through a prototype
    /// with its two integer arguments, which the Linux calling conventions of x86-64 and AArch64 pass in
    /// the same registers either way.
    private static func setParentDeathSignal(_ signal: Int32) {
        typealias Prctl = @convention(c) (Int32, UInt) -> Int32
        let setParentDeathSignalOption: Int32 = 1  // PR_SET_PDEATHSIG in <linux/prctl.h>
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "prctl") else { return }
        _ = unsafeBitCast(symbol, to: Prctl.self)(setParentDeathSignalOption, UInt(signal))
    }
}
