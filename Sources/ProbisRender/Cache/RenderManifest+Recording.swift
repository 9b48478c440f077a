extension RenderManifest {
    /// The manifest after a render: each successful diagram's entry records the hashes of its files that are
    /// now on disk (written or already right), added to its previous entry when that was for the same DOT
    /// text and Graphviz version, else replacing it; failed diagrams keep their entries; entries of diagrams
    /// not in `known` are dropped.
    /// - Parameters:
    ///   - outcomes: the rendered diagrams with the SHA-256 of their DOT text.
    ///   - landed: full paths of the files that are on disk with the rendered bytes.
    ///   - output: the output folder the paths are under.
    ///   - graphviz: the version of the Graphviz that rendered them.
    ///   - known: the ids of every diagram of the library.
    func recording(_ outcomes: [(outcome: RenderOutcome, hash: String)], landed: Set<String>, in output: String,
                   graphviz: String, keeping known: Set<String>) -> RenderManifest {
        var next = self
        next.diagrams = diagrams.filter { known.contains($0.key) }
        for (outcome, hash) in outcomes {
            guard case let .success(files) = outcome.files else { continue }
            var entry = diagrams[outcome.id].flatMap { $0.dot == hash && $0.graphviz == graphviz ? $0 : nil }
                ?? Entry(dot: hash, graphviz: graphviz)
            for file in files where landed.contains(RenderCache.join(output, file.path)) {
                entry.files[file.path] = ContentHash.sha256(file.bytes)
            }
            next.diagrams[outcome.id] = entry
        }
        return next
    }
}
