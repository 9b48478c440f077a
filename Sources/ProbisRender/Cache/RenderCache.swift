import Foundation

/// Whether an output file is what the manifest says the current DOT text gives.
public enum FileState: Sendable, Equatable {
    /// The file exists, the diagram's DOT text (and, when rendering, the Graphviz version) is the one recorded,
    /// and the file's bytes have the recorded hash.
    case current
    /// The file does not exist.
    case missing
    /// The file exists but is not known to be current: the DOT text changed, the Graphviz version changed,
    /// the manifest does not list it, or its bytes were changed by hand.
    case stale
}

/// Decides from an output folder's manifest which files must be rendered again, without running Graphviz.
public struct RenderCache: Sendable {
    /// The manifest read from the output folder.
    public var manifest: RenderManifest
    /// The output folder, e.g. `Renders`.
    public var output: String
    /// The Graphviz version that would lay diagrams out now; `nil` ignores the recorded version, which is
    /// what `--check` does: the same DOT text is current whichever Graphviz patch level drew it.
    public var graphvizVersion: String?

    /// Creates a cache over a manifest.
    public init(manifest: RenderManifest, output: String, graphvizVersion: String?) {
        self.manifest = manifest
        self.output = output
        self.graphvizVersion = graphvizVersion
    }

    /// The state of one file of a diagram.
    /// - Parameters:
    ///   - diagram: the diagram's id.
    ///   - dotHash: SHA-256 of the diagram's DOT text as the encoder writes it now.
    ///   - path: the file's path relative to the output folder.
    /// - Complexity: reads and hashes the file when the manifest still matches the DOT text.
    public func state(of diagram: String, dotHash: String, path: String) -> FileState {
        let full = RenderCache.join(output, path)
        guard let entry = manifest.diagrams[diagram], entry.dot == dotHash,
              graphvizVersion.map({ $0 == entry.graphviz }) ?? true,
              let recorded = entry.files[path] else {
            return access(full, F_OK) == 0 ? .stale : .missing
        }
        guard let bytes = AtomicFile.read(full) else { return .missing }
        return ContentHash.sha256(bytes) == recorded ? .current : .stale
    }

    /// A path relative to the output folder as a path to open.
    static func join(_ output: String, _ path: String) -> String {
        output.isEmpty ? path : output + "/" + path
    }
}
