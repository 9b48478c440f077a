import Foundation
import ProbisRender

/// SVG renders kept by content: a diagram's SVG is stored as `<sha256 of Graphviz version and DOT>.svg` in a
/// cache folder, so a pack of an unchanged library lays nothing out again, and an overlay (heat, diff) is
/// cached like any other diagram. Files are written atomically; entries not used by the last run are removed.
public struct SVGCache: Sendable {
    /// The cache folder.
    public var folder: String
    /// The worker processes that run Graphviz for what is not cached.
    public var pool: WorkerPool
    /// The version of the Graphviz that lays diagrams out, part of every key.
    public var graphvizVersion: String

    /// Creates a cache over a folder.
    public init(folder: String, pool: WorkerPool, graphvizVersion: String) {
        self.folder = folder
        self.pool = pool
        self.graphvizVersion = graphvizVersion
    }

    /// What one run did.
    public struct Outcome: Sendable {
        /// The SVG text by request key, or the error that stopped its render.
        public var svgs: [String: Result<String, RenderError>] = [:]
        /// How many were laid out now (the others came from the cache).
        public var laidOut = 0
    }

    /// The SVG of every request, from the cache or laid out now (in parallel); then prunes the cache to the
    /// entries this run used.
    /// - Parameter requests: a unique key and the DOT text for each diagram.
    public func svgs(for requests: [(key: String, dot: String)]) -> Outcome {
        var outcome = Outcome()
        let names = requests.map { ContentHash.sha256(graphvizVersion + "\n" + $0.dot) + ".svg" }
        var missing: [Int] = []
        for (index, request) in requests.enumerated() {
            if let bytes = AtomicFile.read(folder + "/" + names[index]) {
                outcome.svgs[request.key] = .success(String(decoding: bytes, as: UTF8.self))
            } else {
                missing.append(index)
            }
        }
        let jobs = missing.map { RenderJob(id: requests[$0].key, dot: requests[$0].dot, formats: [.svg]) }
        let results = pool.render(jobs)
        outcome.laidOut = jobs.count
        for (index, result) in zip(missing, results) {
            let key = requests[index].key
            switch result {
            case let .success(outputs):
                let bytes = outputs[.svg] ?? []
                outcome.svgs[key] = .success(String(decoding: bytes, as: UTF8.self))
                try? AtomicFile.write(bytes, to: folder + "/" + names[index])
            case let .failure(error):
                outcome.svgs[key] = .failure(error)
            }
        }
        prune(keeping: Set(names))
        return outcome
    }

    /// Removes cached SVGs that are not in `names`.
    private func prune(keeping names: Set<String>) {
        let present = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in present where name.hasSuffix(".svg") && !names.contains(name) {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }
}
