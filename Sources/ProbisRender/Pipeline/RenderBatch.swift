import ProbisModel
import ProbisDOT

/// One file of a render: its path relative to the output folder and its bytes.
public struct RenderedFile: Hashable, Sendable {
    /// Path relative to the output folder, e.g. `kaltim/organisasi/kaltim.pd-tipe-3.svg`.
    public var path: String
    /// The file's content.
    public var bytes: [UInt8]

    /// Creates a rendered file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// The result of rendering one diagram: all its files, or the error that stopped it.
public struct RenderOutcome: Sendable {
    /// The diagram's id, for messages.
    public var id: String
    /// The files in the order of the formats asked, or the error.
    public var files: Result<[RenderedFile], RenderError>

    /// Creates an outcome.
    public init(id: String, files: Result<[RenderedFile], RenderError>) {
        self.id = id
        self.files = files
    }
}

/// Renders diagrams of a plan to bytes: DOT from the encoder, SVG, PNG and PDF from worker processes.
public struct RenderBatch: Sendable {
    /// The library and where its files go.
    public var plan: RenderPlan
    /// The formats to produce, in order.
    public var formats: [RenderFormat]
    /// The worker processes that run Graphviz.
    public var pool: WorkerPool

    /// Creates a batch.
    public init(plan: RenderPlan, formats: [RenderFormat], pool: WorkerPool) {
        self.plan = plan
        self.formats = formats
        self.pool = pool
    }

    /// Renders the diagrams, each in its own worker; one diagram's failure does not stop the others.
    /// - Returns: one outcome per diagram, in the order given.
    public func render(_ diagrams: [Diagram]) -> [RenderOutcome] {
        let encoder = DOTEncoder(plan: plan)
        let texts = diagrams.map { encoder.encode($0) }
        let graphvizFormats = formats.filter { $0 != .dot }
        var results = texts.map { text -> Result<[RenderFormat: [UInt8]], RenderError> in
            text == nil ? .failure(.worker(message: "the library has no such diagram")) : .success([:])
        }
        if !graphvizFormats.isEmpty {
            let wanted = texts.indices.filter { texts[$0] != nil }
            let rendered = pool.render(wanted.map { RenderJob(id: diagrams[$0].id, dot: texts[$0]!, formats: graphvizFormats) })
            for (index, result) in zip(wanted, rendered) { results[index] = result }
        }
        return diagrams.indices.map { index in
            let diagram = diagrams[index]
            return RenderOutcome(id: diagram.id, files: results[index].map { outputs in
                formats.map { format in
                    RenderedFile(path: plan.path(of: diagram, format: format),
                                 bytes: format == .dot ? Array((texts[index] ?? "").utf8) : outputs[format] ?? [])
                }
            })
        }
    }
}
