import Foundation
import Testing

/// A fixture's `expected.txt`: the exact diagnostic lines a folder gives, rewritten with `RECORD_SNAPSHOTS=1`.
enum ExpectedFile {
    /// The fixture folders below a folder of this test target's `Fixtures/`, sorted.
    static func folders(in name: String, excluding excluded: Set<String> = []) -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { !excluded.contains($0) }.sorted()
    }

    /// Expects the lines to be those of `folder/expected.txt` (or records them).
    static func expect(_ actual: [String], in folder: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try (actual.joined(separator: "\n") + "\n").write(toFile: folder + "/expected.txt", atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: folder + "/expected.txt", encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(actual == expected, sourceLocation: sourceLocation)
    }
}
