import Foundation
import ProbisModel
import ProbisReport

/// Writes to standard output and standard error without buffering surprises between the two.
enum Console {
    /// Writes text to standard output. When it cannot be written (a full disk, `> /dev/full`), says so on
    /// standard error in plain words and exits 1, instead of trapping.
    static func out(_ text: String) {
        if let reason = write(text, to: STDOUT_FILENO) {
            _ = write("probis: error: cannot write to standard output: \(reason)\n", to: STDERR_FILENO)
            exit(1)
        }
    }

    /// Writes text to standard error (silently dropped when even that cannot be written).
    static func error(_ text: String) {
        _ = write(text, to: STDERR_FILENO)
    }

    /// Writes every byte, retrying after interrupts; the system's reason of a failure, or `nil`.
    private static func write(_ text: String, to descriptor: Int32) -> String? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    let message = String(cString: strerror(errno))
                    return message.prefix(1).lowercased() + message.dropFirst()
                }
                offset += written
            }
            return nil
        }
    }

    /// Writes diagnostics one per line to standard error.
    static func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        error(diagnostics.map(\.description).joined(separator: "\n") + "\n")
    }

    /// Pretty, key-sorted JSON with a final newline: stable output for tools.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
