/// Rendering and checking through the output folder's manifest: only diagrams whose DOT text, Graphviz
/// version or files differ from the manifest are laid out again.
extension RenderBatch {
    /// Brings the files of the diagrams in `output` up to date, or with `check` only reports which are not.
    ///
    /// Each diagram is encoded to DOT and hashed. A file is current when the manifest records the same DOT
    /// hash, (when rendering) the same Graphviz version, and the hash of the file's bytes on disk. Rendering
    /// lays out only the diagrams that have a file that is not current, in just those formats, writes the
    /// files whose bytes changed (atomically) and records the new hashes in the manifest; a diagram that fails
    /// keeps its files and its manifest entry. Checking runs no Graphviz and ignores the recorded Graphviz
    /// version, so renders made by another Graphviz, cairo or font patch level pass while the DOT is unchanged.
    /// - Parameters:
    ///   - diagrams: the diagrams to render or check, in plan order.
    ///   - output: the output folder (e.g. `Renders`), where the manifest is kept.
    ///   - check: compare only; write nothing and start no worker.
    ///   - graphvizVersion: the version of the Graphviz that lays diagrams out; asked only when rendering.
    /// - Returns: the files written, unchanged, stale or missing, the diagrams laid out, and the failures.
    public func update(_ diagrams: [Diagram], in output: String, check: Bool,
                       graphvizVersion: () -> String = { Graphviz.version }) -> RenderUpdate {
        let manifest = RenderManifest.read(from: output)
        let version = check ? nil : graphvizVersion()
        let cache = RenderCache(manifest: manifest, output: output, graphvizVersion: version)
        let encoder = DOTEncoder(plan: plan)
        var update = RenderUpdate()
        var requests: [(diagram: Diagram, dot: String?, formats: [RenderFormat])] = []  // only stale diagrams
        var hashes: [String: String] = [:]
        for diagram in diagrams {
            guard let dot = encoder.encode(diagram) else {
                update.failures.append(RenderUpdate.Failure(id: diagram.id, error: .worker(message: "the library has no such diagram")))
                continue
            }
            let hash = ContentHash.sha256(dot)
            hashes[diagram.id] = hash
            var needed: [RenderFormat] = []
            for format in formats {
                let path = plan.path(of: diagram, format: format)
                switch cache.state(of: diagram.id, dotHash: hash, path: path) {
                case .current: update.unchanged.append(RenderCache.join(output, path))
                case .missing where check: update.missing.append(RenderCache.join(output, path))
                case .stale where check: update.stale.append(RenderCache.join(output, path))
                case .missing, .stale: needed.append(format)
                }
            }
            if !needed.isEmpty { requests.append((diagram, dot, needed)) }
        }
        if check { return update }
        let outcomes = render(requests)
        let applied = RenderUpdate.apply(outcomes, to: output, check: false)
        update.written = applied.written
        update.unchanged += applied.unchanged
        update.failures += applied.failures
        update.laidOut = requests.filter { $0.formats.contains { $0 != .dot } }.map(\.diagram.id)

        let landed = Set(applied.written + applied.unchanged)
        var next = manifest
        let known = Set(plan.diagrams.map(\.id))
        next.diagrams = next.diagrams.filter { known.contains($0.key) }
        for outcome in outcomes {
            guard case let .success(files) = outcome.files, let hash = hashes[outcome.id], let version else { continue }
            var entry = manifest.diagrams[outcome.id].flatMap { $0.dot == hash && $0.graphviz == version ? $0 : nil }
                ?? RenderManifest.Entry(dot: hash, graphviz: version)
            for file in files where landed.contains(RenderCache.join(output, file.path)) {
                entry.files[file.path] = ContentHash.sha256(file.bytes)
            }
            next.diagrams[outcome.id] = entry
        }
        let path = RenderManifest.path(in: output)
        let bytes = next.bytes
        if AtomicFile.read(path) != bytes {
            do { try AtomicFile.write(bytes, to: path) } catch {
                update.failures.append(RenderUpdate.Failure(id: RenderManifest.fileName, error: error))
            }
        }
        return update
    }
}
