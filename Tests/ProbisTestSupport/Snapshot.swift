import Foundation
import Testing

/// Golden files: text compared whole with a file; `RECORD_SNAPSHOTS=1` writes the file instead.
public enum Snapshot {
    /// Whether this run records snapshots instead of comparing them.
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Compares text with a snapshot file (or writes it when recording).
    public static func expect(_ text: String, file: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if recording {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "snapshot \(file.lastPathComponent) differs; re-record with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
    }
}
