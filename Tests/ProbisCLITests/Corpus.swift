import Foundation
import Testing

/// Malformed, hostile and binary ProcessMaps files, generated so that no large file is committed.
enum Corpus {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: @Sendable () -> Data
        var expected: String
        /// Documents built despite the error (a document with an unknown key is still read).
        var documents = 0
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "truncated.yaml", bytes: { Data("kind: organization-type\nid: contoh\ntitle: \"Unit\npositions:\n  - id: a\n".utf8) },
             expected: "truncated.yaml:3:8: error: YAML syntax: this quoted value has no closing quote before the end of the file (add the closing quote)"),
        Case(name: "tabs.yaml", bytes: { Data("kind: region\nid: contoh\nregulation:\n\ttitle: Pergub\n".utf8) },
             expected: "tabs.yaml:4:1: error: YAML syntax: found character that cannot start any token (while scanning for the next token at line 4, column 1) (YAML does not allow tabs for indentation; use spaces)"),
        Case(name: "wrong-type.yaml", bytes: { Data("kind: organization-type\nid: contoh\ntitle: Unit\npositions: semua\n".utf8) },
             expected: "wrong-type.yaml:4:12: error: 'positions' of organization-type 'contoh' must be a list, found 'semua'", documents: 1),
        Case(name: "unknown-key.yaml", bytes: { Data("kind: region\nid: contoh\ntitle: Contoh\nregion-name: x\n".utf8) },
             expected: "unknown-key.yaml:4:1: error: unknown key 'region-name' in region 'contoh' (did you mean 'region'?)", documents: 1),
        Case(name: "duplicate-key.yaml", bytes: { Data("kind: region\nid: contoh\ntitle: Contoh\nid: lain\n".utf8) },
             expected: "duplicate-key.yaml:4:1: error: key 'id' is written more than once in the same mapping (first at line 2)"),
        Case(name: "alias-bomb.yaml", bytes: { Data(aliasBomb.utf8) },
             expected: "alias-bomb.yaml:1:4: error: YAML anchors ('&name') are not allowed in ProcessMaps files; write the value out where it is used"),
        Case(name: "deep.yaml", bytes: { Data(("kind: region\nid: contoh\ntitle:\n" + String(repeating: " [\n", count: 50_000) + String(repeating: " ]\n", count: 50_000)).utf8) },
             expected: "deep.yaml:1001:2: error: YAML nests more than 1000 levels deep; ProcessMaps documents nest a few levels"),
        Case(name: "long-line.yaml", bytes: { Data(("kind: region\nid: contoh\ntitle: " + String(repeating: "a", count: 10_000_000) + "\n").utf8) },
             expected: "long-line.yaml:3:1: error: line 3 is 10000007 bytes long; ProcessMaps lines are limited to 100000 bytes"),
        Case(name: "binary.yaml", bytes: { Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }) },
             expected: "binary.yaml:1:2: error: file is not valid UTF-8: byte 0xEF cannot start or continue a character (save the file as UTF-8)"),
        Case(name: "nul.yaml", bytes: { Data([UInt8]("kind: region\nid: con".utf8) + [0x00] + [UInt8]("toh\n".utf8)) },
             expected: "nul.yaml:2:8: error: YAML syntax: control characters are not allowed"),
        Case(name: "latin1.yaml", bytes: { Data([UInt8]("kind: region\nid: contoh\ntitle: Caf".utf8) + [0xE9, 0x0A]) },
             expected: "latin1.yaml:3:11: error: file is not valid UTF-8: byte 0xE9 cannot start or continue a character (save the file as UTF-8)"),
        Case(name: "empty.yaml", bytes: { Data() },
             expected: "empty.yaml:1:1: error: file is empty; a ProcessMaps file holds one document with at least 'kind:' and 'id:'"),
        Case(name: "scalar.yaml", bytes: { Data("just some words\n".utf8) },
             expected: "scalar.yaml:1:1: error: a ProcessMaps file must hold a mapping with 'kind:' and 'id:', found 'just some words'"),
        // Found by the simulate fuzz target (Fuzz/regressions): YAML ends a line at a lone `\r`, so the
        // repeated key lies beyond the text's `\n` lines; this trapped.
        Case(name: "carriage-returns.yaml", bytes: { Data("\r\r\r\r\rkind: scenntor\nworches:\n  sentor\nworches:\n  ses8,0.\n".utf8) },
             expected: "carriage-returns.yaml:9:1: error: key 'worches' is written more than once in the same mapping (first at line 7)"),
        Case(name: "two-documents.yaml", bytes: { Data("kind: region\n---\nkind: region\n".utf8) },
             expected: "two-documents.yaml:2:1: error: YAML syntax: but found another document (expected a single document in the stream at line 1, column 1)"),
    ]

    /// Ten levels of nine references each: 9¹⁰ strings when expanded.
    static var aliasBomb: String {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        let names = "abcdefghij".map(String.init)
        for level in 1..<names.count {
            text += "\(names[level]): &\(names[level]) [" + Array(repeating: "*\(names[level - 1])", count: 9).joined(separator: ", ") + "]\n"
        }
        return text
    }

    /// A fresh temporary folder holding the given files.
    static func folder(_ files: [String: Data]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("probis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
        return folder
    }
}
