import Foundation
import ProbisModel
import ProbisRender

/// Renders diagrams of a plan to bytes: DOT from the encoder, the Graphviz formats from worker processes.
struct RenderRun {
    /// The result for one diagram: its files (path relative to the output folder, bytes) or the error.
    struct Outcome {
        var diagram: Diagram
        var files: Result<[(path: String, bytes: [UInt8])], RenderError>
    }

    var plan: RenderPlan
    var formats: [RenderFormat]
    var pool = WorkerPool(executable: WorkerPool.currentExecutable)

    /// Renders the diagrams; one diagram's failure does not stop the others. Outcomes are in diagram order.
    func render(_ diagrams: [Diagram]) -> [Outcome] {
        let encoder = DOTEncoder(plan: plan)
        let texts = diagrams.map { encoder.encode($0) ?? "" }
        let graphvizFormats = formats.filter { $0 != .dot }
        let results: [Result<[RenderFormat: [UInt8]], RenderError>]
        if graphvizFormats.isEmpty {
            results = diagrams.map { _ in .success([:]) }
        } else {
            results = pool.render(zip(diagrams, texts).map { RenderJob(id: $0.id, dot: $1, formats: graphvizFormats) })
        }
        return zip(diagrams, zip(texts, results)).map { diagram, pair in
            let (text, result) = pair
            return Outcome(diagram: diagram, files: result.map { outputs in
                formats.map { format in
                    (plan.path(of: diagram, format: format), format == .dot ? Array(text.utf8) : outputs[format] ?? [])
                }
            })
        }
    }
}
