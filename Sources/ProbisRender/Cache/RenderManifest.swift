import Foundation

/// What the last render wrote into an output folder, kept there as `manifest.json`: per diagram the
/// SHA-256 of the DOT text it was laid out from, the Graphviz version that laid it out, and the SHA-256 of
/// every file written for it.
///
/// `probis render` lays a diagram out again only when its DOT text, the Graphviz version or one of its files
/// differs from what the manifest records; `probis render --check` decides staleness from the DOT hash and
/// the file hashes alone. The JSON has sorted keys, so the same renders give the same bytes.
public struct RenderManifest: Codable, Equatable, Sendable {
    /// The manifest's file name inside the output folder.
    public static let fileName = "manifest.json"

    /// The manifest format's version, raised when the meaning of a field changes.
    public static let currentFormat = 1

    /// What was written for one diagram.
    public struct Entry: Codable, Equatable, Sendable {
        /// SHA-256 of the DOT text the files were rendered from.
        public var dot: String
        /// The version of the Graphviz library that laid the diagram out, e.g. `2.43.0`.
        public var graphviz: String
        /// SHA-256 of each file's bytes, by path relative to the output folder.
        public var files: [String: String]

        /// Creates an entry.
        public init(dot: String, graphviz: String, files: [String: String] = [:]) {
            self.dot = dot
            self.graphviz = graphviz
            self.files = files
        }
    }

    /// The manifest format's version; a manifest of another version is ignored (every diagram is stale).
    public var format: Int
    /// The entries by diagram id.
    public var diagrams: [String: Entry]

    /// Creates a manifest.
    public init(diagrams: [String: Entry] = [:]) {
        self.format = Self.currentFormat
        self.diagrams = diagrams
    }

    /// The manifest of an output folder; empty when there is none or it cannot be read as one.
    public static func read(from output: String) -> RenderManifest {
        guard let bytes = AtomicFile.read(path(in: output)),
              let manifest = try? JSONDecoder().decode(RenderManifest.self, from: Data(bytes)),
              manifest.format == currentFormat else { return RenderManifest() }
        return manifest
    }

    /// The manifest's path in an output folder.
    public static func path(in output: String) -> String {
        output.isEmpty ? fileName : output + "/" + fileName
    }

    /// The manifest as JSON: keys sorted, two-space indentation, a final line break.
    public var bytes: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding strings and integers cannot fail.
        return Array(try! encoder.encode(self)) + [0x0A]
    }
}
