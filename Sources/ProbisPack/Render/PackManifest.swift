import Foundation
import ProbisRender

/// What the last successful pack was made from, kept in the cache folder (`pack.json`): a fingerprint of
/// every input (the library's files, the regulation texts, the options, the Graphviz version and the probis
/// binary) and the hash of every file written. When the fingerprint is the same and every file of the pack is
/// still what was written, the pack is current and nothing is simulated, laid out or written.
public struct PackManifest: Codable, Equatable, Sendable {
    /// SHA-256 over every input.
    public var fingerprint: String
    /// SHA-256 of each file by its path in the pack.
    public var files: [String: String]
    /// The summary line the run printed.
    public var summary: String

    /// The manifest's file name inside the cache folder.
    public static let fileName = "pack.json"

    /// Records the files of a pack.
    public init(fingerprint: String, files: [PackFile], summary: String) {
        self.fingerprint = fingerprint
        self.files = Dictionary(files.map { ($0.path, ContentHash.sha256($0.bytes)) }, uniquingKeysWith: { a, _ in a })
        self.summary = summary
    }

    /// The fingerprint of the inputs: each name and its bytes, in the order given.
    public static func fingerprint(_ inputs: [(name: String, bytes: [UInt8])]) -> String {
        var all: [UInt8] = []
        for input in inputs {
            all += Array("\(input.name)\n\(input.bytes.count)\n".utf8)
            all += input.bytes
        }
        return ContentHash.sha256(all)
    }

    /// The manifest in a cache folder, if there is a readable one.
    public static func read(cache: String) -> PackManifest? {
        guard let bytes = AtomicFile.read(cache + "/" + fileName) else { return nil }
        return try? JSONDecoder().decode(PackManifest.self, from: Data(bytes))
    }

    /// Writes the manifest into the cache folder (atomically).
    public func write(cache: String) throws(RenderError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let data = (try? encoder.encode(self)) ?? Data()
        try AtomicFile.write([UInt8](data), to: cache + "/" + Self.fileName)
    }

    /// Whether every recorded file of the pack in `folder` has the recorded bytes.
    public func isIntact(in folder: String) -> Bool {
        files.allSatisfy { path, hash in AtomicFile.read(folder + "/" + path).map { ContentHash.sha256($0) == hash } ?? false }
    }
}
