import Foundation

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
    /// Diagrams are encoded and checked on the worker pool's lanes, so that this work runs in parallel and
    /// overlaps the layout of the diagrams found stale before.
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
        let (plan, formats) = (plan, formats)
        let scans = ScanBox(count: diagrams.count)
        let results = pool.render(count: diagrams.count) { index in
            let scan = Scan(diagram: diagrams[index], plan: plan, encoder: encoder, cache: cache, formats: formats)
            scans.store(index, scan)
            let rendered = scan.needed.filter { $0 != .dot }
            guard !check, let dot = scan.dot, !rendered.isEmpty else { return nil }
            return RenderJob(id: scan.diagram.id, dot: dot, formats: rendered)
        }

        var update = RenderUpdate()
        var outcomes: [(outcome: RenderOutcome, hash: String)] = []
        for (scan, result) in zip(scans.values, results) {
            let join = { (path: String) in RenderCache.join(output, path) }
            update.unchanged += scan.current.map(join)
            guard let dot = scan.dot, let hash = scan.hash else {
                update.failures.append(RenderUpdate.Failure(id: scan.diagram.id, error: .worker(message: "the library has no such diagram")))
                continue
            }
            if check {
                update.missing += scan.missing.map(join)
                update.stale += scan.stale.map(join)
                continue
            }
            guard !scan.needed.isEmpty else { continue }
            if result != nil { update.laidOut.append(scan.diagram.id) }
            let files = (result ?? .success([:])).map { outputs in
                scan.needed.map { format in
                    RenderedFile(path: plan.path(of: scan.diagram, format: format),
                                 bytes: format == .dot ? Array(dot.utf8) : outputs[format] ?? [])
                }
            }
            outcomes.append((RenderOutcome(id: scan.diagram.id, files: files), hash))
        }
        guard let version else { return update }

        let applied = RenderUpdate.apply(outcomes.map(\.outcome), to: output, check: false)
        update.written = applied.written
        update.unchanged += applied.unchanged
        update.failures += applied.failures
        let landed = Set(applied.written + applied.unchanged)
        let next = manifest.recording(outcomes, landed: landed, in: output, graphviz: version, keeping: Set(plan.diagrams.map(\.id)))
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

/// One diagram encoded, hashed and its files looked up in the cache.
private struct Scan: Sendable {
    var diagram: Diagram
    /// The DOT text; `nil` when the library cannot draw the diagram.
    var dot: String?
    var hash: String?
    /// Paths (relative to the output folder) of the files that are current, missing and stale.
    var current: [String] = [], missing: [String] = [], stale: [String] = []
    /// The formats whose files are missing or stale, in the order asked.
    var needed: [RenderFormat] = []

    init(diagram: Diagram, plan: RenderPlan, encoder: DOTEncoder, cache: RenderCache, formats: [RenderFormat]) {
        self.diagram = diagram
        dot = encoder.encode(diagram)
        guard let dot else { return }
        let hash = ContentHash.sha256(dot)
        self.hash = hash
        for format in formats {
            let path = plan.path(of: diagram, format: format)
            switch cache.state(of: diagram.id, dotHash: hash, path: path) {
            case .current:
                current.append(path)
                continue
            case .missing: missing.append(path)
            case .stale: stale.append(path)
            }
            needed.append(format)
        }
    }
}

/// The scans of one update, filled from the pool's lanes.
private final class ScanBox: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Scan?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ index: Int, _ scan: Scan) {
        lock.lock()
        slots[index] = scan
        lock.unlock()
    }

    /// Every scan, in order (each index is scanned exactly once before the pool returns).
    var values: [Scan] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
