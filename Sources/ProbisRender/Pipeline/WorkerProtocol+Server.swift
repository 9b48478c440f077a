import Foundation

/// The conversation between `probis render` and its worker servers (`probis render-worker --serve`).
///
/// The parent writes a request to the server's standard input: the formats as text (`svg,png`), the deadline
/// in milliseconds and the DOT text, each field a frame (an 8-byte little-endian length, then the bytes;
/// the deadline is the 8-byte number itself). The server forks a child that renders the map and answers on
/// standard output with a reply: how the child ended (a kind byte and a 4-byte status), the child's output
/// (the frames of ``WorkerProtocol/encode(_:formats:)``) and what it wrote to standard error, both framed.
/// A server reads requests until its standard input ends.
extension WorkerProtocol {
    /// The `render-worker` flag that runs a server.
    public static let serveFlag = "--serve"

    /// One map for a server: its DOT text, the formats and how long it may take.
    public struct Request: Equatable, Sendable {
        /// The Graphviz formats to render, in order.
        public var formats: [RenderFormat]
        /// Milliseconds the child may take before it is killed.
        public var deadline: UInt64
        /// The DOT text.
        public var dot: [UInt8]

        /// Creates a request.
        public init(formats: [RenderFormat], deadline: UInt64, dot: [UInt8]) {
            self.formats = formats
            self.deadline = deadline
            self.dot = dot
        }
    }

    /// How a forked child ended.
    public enum Ending: Equatable, Sendable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal ended it.
        case signaled(Int32)
        /// It was still running at the deadline and was killed.
        case overran
    }

    /// A server's answer to one request.
    public struct Reply: Equatable, Sendable {
        /// How the child ended.
        public var ending: Ending
        /// What the child wrote to its output: the frames of a successful render.
        public var output: [UInt8]
        /// What the child wrote to standard error: Graphviz's message, or the C library's on a crash.
        public var messages: [UInt8]

        /// Creates a reply.
        public init(ending: Ending, output: [UInt8], messages: [UInt8]) {
            self.ending = ending
            self.output = output
            self.messages = messages
        }
    }

    /// The bytes of a request.
    public static func encode(_ request: Request) -> [UInt8] {
        frame(Array(request.formats.map(\.rawValue).joined(separator: ",").utf8)) + number(request.deadline) + frame(request.dot)
    }

    /// Reads one request; `nil` when the input ends (cleanly or not) or the formats are not formats.
    /// - Parameter read: reads exactly the number of bytes asked, or returns `nil` at the end of the input.
    public static func readRequest(_ read: (Int) -> [UInt8]?) -> Request? {
        guard let formats = readFrame(read), let deadline = readNumber(read), let dot = readFrame(read),
              let list = try? RenderFormat.list(String(decoding: formats, as: UTF8.self)) else { return nil }
        return Request(formats: list, deadline: deadline, dot: dot)
    }

    /// The bytes of a reply.
    public static func encode(_ reply: Reply) -> [UInt8] {
        let (kind, status): (UInt8, Int32) = switch reply.ending {
        case let .exited(status): (0, status)
        case let .signaled(signal): (1, signal)
        case .overran: (2, 0)
        }
        return [kind] + withUnsafeBytes(of: status.littleEndian, Array.init) + frame(reply.output) + frame(reply.messages)
    }

    /// Reads one reply; `nil` when the stream ends first or is not a reply.
    /// - Parameter read: reads exactly the number of bytes asked, or returns `nil` at the end of the stream.
    public static func readReply(_ read: (Int) -> [UInt8]?) -> Reply? {
        guard let head = read(5), let output = readFrame(read), let messages = readFrame(read) else { return nil }
        let status = Int32(bitPattern: head[1...4].reversed().reduce(0) { $0 << 8 | UInt32($1) })
        let ending: Ending
        switch head[0] {
        case 0: ending = .exited(status)
        case 1: ending = .signaled(status)
        case 2: ending = .overran
        default: return nil
        }
        return Reply(ending: ending, output: output, messages: messages)
    }

    /// What a reply means for the job: the rendered formats, Graphviz's error, or what happened to the child.
    /// - Parameters:
    ///   - reply: the server's reply.
    ///   - formats: the formats asked.
    ///   - deadline: the deadline in seconds, for the message when the child overran it.
    public static func result(of reply: Reply, formats: [RenderFormat], deadline: Double)
        -> Result<[RenderFormat: [UInt8]], RenderError>
    {
        let messages = String(decoding: reply.messages, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        switch reply.ending {
        case .exited(0):
            return Result { () throws(RenderError) in try decode(reply.output, formats: formats) }
        case .exited(failureStatus) where !messages.isEmpty:
            return .failure(.graphviz(message: messages))
        case let .exited(status):
            return .failure(.worker(message: "exited with status \(status)" + (messages.isEmpty ? "" : ": \(messages)")))
        case let .signaled(signal):
            let reason = messages.split(separator: "\n").first.map { ": " + $0 } ?? ""
            return .failure(.worker(message: "crashed with signal \(signal)\(reason)"))
        case .overran:
            let seconds = deadline == deadline.rounded() ? String(Int(deadline)) : String(deadline)
            return .failure(.worker(message: "did not finish within \(seconds) s (the deadline for one map) and was stopped"))
        }
    }

    /// The text a worker writes to standard error for a failed render: Graphviz's own words, else the error.
    public static func message(for error: RenderError) -> String {
        if case let .graphviz(message) = error { return message + "\n" }
        return "\(error)\n"
    }

    private static func number(_ value: UInt64) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian, Array.init)
    }

    private static func frame(_ bytes: [UInt8]) -> [UInt8] {
        number(UInt64(bytes.count)) + bytes
    }

    private static func readNumber(_ read: (Int) -> [UInt8]?) -> UInt64? {
        read(8).map { bytes in bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) } }
    }

    private static func readFrame(_ read: (Int) -> [UInt8]?) -> [UInt8]? {
        guard let length = readNumber(read), length < 1 << 40 else { return nil }
        return read(Int(length))
    }
}
