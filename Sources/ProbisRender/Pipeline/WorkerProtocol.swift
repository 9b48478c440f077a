/// How `probis render` and its worker processes talk.
///
/// The parent starts `probis render-worker --format svg,png`, writes the map's DOT text to the worker's
/// standard input and closes it. The worker renders and writes, for each format in the order asked, an
/// 8-byte little-endian length followed by that many bytes, then exits 0. On failure it writes the error
/// (Graphviz's own message) to standard error and exits 1.
public enum WorkerProtocol {
    /// The hidden subcommand that runs a worker.
    public static let subcommand = "render-worker"

    /// Exit status of a worker whose render failed with a reported error.
    public static let failureStatus: Int32 = 1

    /// The frames of a successful render, in the order of `formats`.
    public static func encode(_ outputs: [RenderFormat: [UInt8]], formats: [RenderFormat]) -> [UInt8] {
        var stream: [UInt8] = []
        for format in formats {
            let bytes = outputs[format] ?? []
            var length = UInt64(bytes.count).littleEndian
            withUnsafeBytes(of: &length) { stream += $0 }
            stream += bytes
        }
        return stream
    }

    /// Splits a worker's output back into one byte array per format.
    /// - Throws: ``RenderError/worker(message:)`` when the stream is cut short or has bytes left over.
    public static func decode(_ stream: [UInt8], formats: [RenderFormat]) throws(RenderError) -> [RenderFormat: [UInt8]] {
        var result: [RenderFormat: [UInt8]] = [:]
        var offset = 0
        for format in formats {
            guard offset + 8 <= stream.count else { throw .worker(message: "output ends before the \(format.rawValue) frame") }
            var length: UInt64 = 0
            for shift in 0..<8 { length |= UInt64(stream[offset + shift]) << (8 * UInt64(shift)) }
            offset += 8
            guard length <= UInt64(stream.count - offset) else {
                throw .worker(message: "the \(format.rawValue) frame is cut short")
            }
            result[format] = Array(stream[offset..<(offset + Int(length))])
            offset += Int(length)
        }
        guard offset == stream.count else { throw .worker(message: "\(stream.count - offset) unexpected bytes after the last frame") }
        return result
    }
}
