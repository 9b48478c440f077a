import Foundation

/// The worker side of `probis render`: `probis render-worker --serve` loads Graphviz's plugins once, then
/// forks one child per map it is sent. The child lays the map out, renders it, hands the bytes back and
/// exits, so every map is still laid out in a process that has laid out nothing else, at the price of a
/// `fork` instead of a whole executable's start.
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
        while let request = WorkerProtocol.readRequest({ FileDescriptor.read(0, count: $0) }) {
            guard let reply = run(request), FileDescriptor.write(1, WorkerProtocol.encode(reply)) else { break }
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

    /// Forks a child for one request and collects what it writes until it ends.
    /// - Returns: the reply, or `nil` when standard input ended meanwhile (the child is then killed).
    static func run(_ request: WorkerProtocol.Request) -> WorkerProtocol.Reply? {
        var output: [Int32] = [-1, -1], errors: [Int32] = [-1, -1]
        guard pipe(&output) == 0, pipe(&errors) == 0 else {
            return WorkerProtocol.Reply(ending: .exited(126), output: [], messages: Array("cannot make a pipe: \(String(cString: strerror(errno)))".utf8))
        }
        FileDescriptor.enlargePipe(output[0])
        FileDescriptor.enlargePipe(errors[0])
        let server = getpid()
        let child = fork()
        if child == 0 {
            close(output[0])
            close(errors[0])
            render(request, output: output[1], errors: errors[1], server: server)
        }
        close(output[1])
        close(errors[1])
        defer {
            close(output[0])
            close(errors[0])
        }
        guard child > 0 else {
            return WorkerProtocol.Reply(ending: .exited(126), output: [], messages: Array("cannot fork: \(String(cString: strerror(errno)))".utf8))
        }

        let deadline = ContinuousClock.now + .milliseconds(Int64(clamping: request.deadline))
        var streams = [pollfd(fd: output[0], events: Int16(POLLIN), revents: 0),
                       pollfd(fd: errors[0], events: Int16(POLLIN), revents: 0),
                       pollfd(fd: 0, events: Int16(POLLIN), revents: 0)]
        var collected: [[UInt8]] = [[], []]
        while streams[0].fd >= 0 || streams[1].fd >= 0 {
            let left = deadline - ContinuousClock.now
            let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
            guard milliseconds > 0 else {
                stop(child)
                return WorkerProtocol.Reply(ending: .overran, output: [], messages: collected[1])
            }
            let ready = poll(&streams, nfds_t(streams.count), Int32(clamping: milliseconds))
            if ready < 0, errno != EINTR { break }
            if streams[2].revents != 0 {
                stop(child)
                return nil
            }
            for index in 0..<2 where streams[index].fd >= 0 && streams[index].revents != 0 {
                if !FileDescriptor.readAvailable(streams[index].fd, into: &collected[index]) { streams[index].fd = -1 }
            }
        }
        return WorkerProtocol.Reply(ending: ending(of: child), output: collected[0], messages: collected[1])
    }

    /// The child: renders the request, writes the frames to `output` and exits; never returns.
    private static func render(_ request: WorkerProtocol.Request, output: Int32, errors: Int32, server: pid_t) -> Never {
        setParentDeathSignal(SIGKILL)
        if getppid() != server { _exit(127) }
        let null = open("/dev/null", O_RDWR)
        dup2(null, 0)
        dup2(errors, 1)  // nothing may reach the server's reply stream
        dup2(errors, 2)
        do {
            let outputs = try Graphviz.render(dot: String(decoding: request.dot, as: UTF8.self), formats: request.formats, release: false)
            _exit(FileDescriptor.write(output, WorkerProtocol.encode(outputs, formats: request.formats)) ? 0 : 2)
        } catch {
            FileDescriptor.write(2, Array(WorkerProtocol.message(for: error).utf8))
            _exit(WorkerProtocol.failureStatus)
        }
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
