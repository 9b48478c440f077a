import Foundation
import ProbisRender
import Testing

/// The worker servers: a forked child renders a map to the same bytes as a fresh process, a child over its
/// deadline is killed while its server goes on, and a server stops when `probis render` is gone.
@Suite struct ForkServerTests {
    /// A graph whose `dot` layout takes minutes (crossing minimization on 1,200 scattered edges).
    static let slowDOT = "digraph lambat { "
        + (0..<400).map { "n\($0) -> n\(($0 * 37 + 11) % 400); n\($0) -> n\(($0 * 53 + 5) % 400); n\($0) -> n\(($0 * 71 + 29) % 400);" }.joined(separator: " ")
        + " }"

    /// Renders DOT text in a fresh one-shot `probis render-worker`, as every map was rendered before the servers.
    static func freshProcess(_ dot: String, formats: [RenderFormat]) throws -> [RenderFormat: [UInt8]] {
        let process = Process()
        process.executableURL = Support.executable
        process.arguments = [WorkerProtocol.subcommand, "--format", formats.map(\.rawValue).joined(separator: ",")]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let bytes = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return try WorkerProtocol.decode(bytes, formats: formats)
    }

    @Test(arguments: Support.plan.diagrams.map(\.id))
    func aForkedChildRendersTheSameBytesAsAFreshProcess(_ id: String) throws {
        let dot = try Support.dot(id)
        let formats: [RenderFormat] = [.svg, .png, .pdf]
        let forked = try Support.pool.render([RenderJob(id: id, dot: dot, formats: formats)])[0].get()
        #expect(forked == (try Self.freshProcess(dot, formats: formats)))
    }

    @Test func aMapOverItsDeadlineIsStoppedAndTheServerGoesOn() throws {
        let pool = WorkerPool(executable: Support.executable, width: 1, deadline: 0.3)
        let results = pool.render([
            RenderJob(id: "lambat", dot: Self.slowDOT, formats: [.svg]),
            RenderJob(id: "cepat", dot: "digraph cepat { a -> b }", formats: [.svg]),
        ])
        #expect(throws: RenderError.worker(message: "did not finish within 0.3 s (the deadline for one map) and was stopped")) {
            try results[0].get()
        }
        #expect(try results[1].get()[.svg]?.isEmpty == false)
    }

    @Test func aServerStopsItsChildAndExitsWhenItsInputEnds() throws {
        let server = Process()
        server.executableURL = Support.executable
        server.arguments = [WorkerProtocol.subcommand, WorkerProtocol.serveFlag]
        let input = Pipe(), output = Pipe()
        server.standardInput = input
        server.standardOutput = output
        try server.run()
        let request = WorkerProtocol.Request(formats: [.svg], deadline: 600_000, dot: Array(Self.slowDOT.utf8))
        try input.fileHandleForWriting.write(contentsOf: Data(WorkerProtocol.encode(request)))
        try input.fileHandleForWriting.close()
        let reply = output.fileHandleForReading.readDataToEndOfFile()
        server.waitUntilExit()
        #expect(reply.isEmpty)
        #expect(server.terminationReason == .exit)
        #expect(server.terminationStatus == 0)
    }

    @Test func aCrashedChildIsReportedByItsServerWhichGoesOn() throws {
        let server = Process()
        server.executableURL = Support.executable
        server.arguments = [WorkerProtocol.subcommand, WorkerProtocol.serveFlag]
        server.environment = ["SWIFT_BACKTRACE": "enable=no"]
        let input = Pipe(), output = Pipe()
        server.standardInput = input
        server.standardOutput = output
        try server.run()
        defer {
            try? input.fileHandleForWriting.close()
            server.waitUntilExit()
        }
        let send = { (dot: String) in
            let request = WorkerProtocol.Request(formats: [.svg], deadline: 600_000, dot: Array(dot.utf8))
            try input.fileHandleForWriting.write(contentsOf: Data(WorkerProtocol.encode(request)))
        }
        let receive = { () -> WorkerProtocol.Reply? in
            WorkerProtocol.readReply { count in
                var bytes: [UInt8] = []
                while bytes.count < count, let data = try? output.fileHandleForReading.read(upToCount: count - bytes.count), !data.isEmpty {
                    bytes += data
                }
                return bytes.count == count ? bytes : nil
            }
        }
        try send(Self.slowDOT)
        // The child that took the request: killed once it has spent 0.2 s of CPU on the layout, so it has
        // surely read the whole request (a child killed before would leave it to the next child).
        let children = "/proc/\(server.processIdentifier)/task/\(server.processIdentifier)/children"
        var child: Int32?
        while child == nil, server.isRunning {
            if let pid = (try? String(contentsOfFile: children, encoding: .utf8))?.split(separator: " ").first.flatMap({ Int32($0) }),
               Self.cpuTicks(of: pid) >= 20 {
                child = pid
            } else {
                usleep(10_000)
            }
        }
        kill(try #require(child), SIGSEGV)

        let crashed = try #require(receive())
        #expect(crashed.ending == .signaled(SIGSEGV))
        #expect(throws: RenderError.worker(message: "crashed with signal 11")) {
            try WorkerProtocol.result(of: crashed, formats: [.svg], deadline: 60).get()
        }
        try send("digraph g { a -> b }")
        let next = try #require(receive())
        #expect(try WorkerProtocol.result(of: next, formats: [.svg], deadline: 60).get()[.svg]?.isEmpty == false)
    }

    /// User and system time a process has used, in clock ticks (`/proc/PID/stat` fields 14 and 15).
    static func cpuTicks(of pid: Int32) -> Int {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13 else { return 0 }
        return (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0)
    }

    @Test func requestsAndRepliesRoundTrip() throws {
        let request = WorkerProtocol.Request(formats: [.png, .svg], deadline: 60_000, dot: Array("digraph g { a }".utf8))
        var stream = WorkerProtocol.encode(request)[...]
        let read = { (count: Int) -> [UInt8]? in
            guard stream.count >= count else { return nil }
            defer { stream = stream.dropFirst(count) }
            return Array(stream.prefix(count))
        }
        #expect(WorkerProtocol.readRequest(read) == request)
        #expect(WorkerProtocol.readRequest(read) == nil)
        for ending in [WorkerProtocol.Ending.exited(0), .exited(1), .signaled(6), .overran] {
            let reply = WorkerProtocol.Reply(ending: ending, output: [1, 2, 3], messages: Array("pesan".utf8))
            stream = WorkerProtocol.encode(reply)[...]
            #expect(WorkerProtocol.readReply(read) == reply)
        }
    }

    @Test func repliesBecomeTheErrorsOfTheOneShotWorker() {
        let messages = Array("Error: syntax error in line 1 near '}'\n".utf8)
        #expect(throws: RenderError.graphviz(message: "Error: syntax error in line 1 near '}'")) {
            try WorkerProtocol.result(of: .init(ending: .exited(1), output: [], messages: messages), formats: [.svg], deadline: 60).get()
        }
        #expect(throws: RenderError.worker(message: "crashed with signal 6: corrupted size vs. prev_size")) {
            try WorkerProtocol.result(of: .init(ending: .signaled(6), output: [], messages: Array("corrupted size vs. prev_size\nAborted".utf8)),
                                      formats: [.svg], deadline: 60).get()
        }
        #expect(throws: RenderError.worker(message: "exited with status 3")) {
            try WorkerProtocol.result(of: .init(ending: .exited(3), output: [], messages: []), formats: [.svg], deadline: 60).get()
        }
    }
}
