#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Whole-buffer reads and writes on raw file descriptors (pipes between `probis render`, its worker
/// servers and their forked children), retrying after interrupted and partial calls.
enum FileDescriptor {
    /// Writes every byte.
    /// - Returns: `false` when the descriptor fails (e.g. the reader is gone).
    @discardableResult
    static func write(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    /// Reads exactly `count` bytes.
    /// - Returns: `nil` when the stream ends or fails first.
    static func read(_ descriptor: Int32, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        let complete = bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < count {
                let got = Glibc.read(descriptor, buffer.baseAddress! + offset, count - offset)
                if got < 0, errno == EINTR { continue }
                if got <= 0 { return false }
                offset += got
            }
            return true
        }
        return complete ? bytes : nil
    }

    /// Asks for a 1 MiB buffer on a pipe (Linux `F_SETPIPE_SZ`; the default is 64 KiB), so that a map's
    /// output crosses it in one write instead of in turns of writer and reader, each of which waits for the
    /// scheduler on a busy machine. A refusal (the system's limit is lower) leaves the default.
    static func enlargePipe(_ descriptor: Int32) {
        let setPipeSize: Int32 = 1031  // F_SETPIPE_SZ in <linux/fcntl.h>
        _ = fcntl(descriptor, setPipeSize, Int32(1 << 20))
    }

    /// Reads what is available, at most 1 MiB, appending it.
    /// - Returns: `false` at the end of the stream or on an error.
    static func readAvailable(_ descriptor: Int32, into bytes: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0, errno == EINTR { continue }
            if got <= 0 { return false }
            bytes += chunk[..<got]
            return true
        }
    }
}
