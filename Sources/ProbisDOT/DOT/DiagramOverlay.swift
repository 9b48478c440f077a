import ProbisModel

/// Marks laid over a swimlane diagram without changing its layout: simulation heat (steps coloured by
/// waiting time, lanes by utilization) or the changes of a revision (added, removed, changed steps).
///
/// ```swift
/// var overlay = DiagramOverlay(caption: "Panas: waktu tunggu per langkah")
/// overlay.steps["evaluasi-1"] = .init(fill: "#f4a582", note: "tunggu 4,0 jam")
/// let dot = DOTEncoder(plan: plan).encode(diagram, overlay: overlay)
/// ```
public struct DiagramOverlay: Hashable, Sendable {
    /// How one step or lane is marked.
    public struct Mark: Hashable, Sendable {
        /// Fill colour, replacing the theme's.
        public var fill: String?
        /// Border colour, drawn thicker.
        public var border: String?
        /// A short line added under the step's text (ignored for lanes).
        public var note: String?

        /// Creates a mark.
        public init(fill: String? = nil, border: String? = nil, note: String? = nil) {
            self.fill = fill
            self.border = border
            self.note = note
        }
    }

    /// Marks by step id.
    public var steps: [StepID: Mark]
    /// Marks by lane id.
    public var lanes: [LaneID: Mark]
    /// A line added to the diagram's title, saying what the marks mean.
    public var caption: String?

    /// Creates an overlay.
    public init(steps: [StepID: Mark] = [:], lanes: [LaneID: Mark] = [:], caption: String? = nil) {
        self.steps = steps
        self.lanes = lanes
        self.caption = caption
    }

    /// Whether the overlay marks nothing.
    public var isEmpty: Bool { steps.isEmpty && lanes.isEmpty && caption == nil }
}

extension DOTEncoder {
    /// The diagram with an overlay applied, or `nil` as for ``graph(for:)``. Only swimlane diagrams (stage
    /// flows and peta lintas fungsi) take step and lane marks; every diagram takes the caption.
    public func graph(for diagram: Diagram, overlay: DiagramOverlay) -> DOTGraph? {
        guard var graph = graph(for: diagram) else { return nil }
        guard !overlay.isEmpty else { return graph }
        let flow: CrossFunctionalMap? = switch library.document(diagram.document) {
        case let .organizationType(type)? where diagram.kind == .stageFlow: type.flow
        case let .petaLintasFungsi(map)? where diagram.kind == .petaLintasFungsi: map.flow
        default: nil
        }
        var laneClusters: [String: DiagramOverlay.Mark] = [:]
        var stepNodes: [String: DiagramOverlay.Mark] = [:]
        if let flow {
            for (index, lane) in flow.lanes.enumerated() { if let mark = overlay.lanes[lane.id] { laneClusters["cluster_lane_\(index)"] = mark } }
            for step in flow.steps { if let mark = overlay.steps[step.id] { stepNodes[stepID(step.id)] = mark } }
        }
        graph.statements = graph.statements.map { Self.mark($0, nodes: stepNodes, clusters: laneClusters) }
        if let caption = overlay.caption, case let .html(title)? = graph.attributes["label"] {
            let line = "<BR/><FONT POINT-SIZE=\"10\" COLOR=\"\(Theme.loop)\">\(HTMLText.escape(caption))</FONT>"
            graph.attributes["label"] = .html(title + line)
        }
        return graph
    }

    /// The diagram with an overlay as DOT text.
    public func encode(_ diagram: Diagram, overlay: DiagramOverlay) -> String? { graph(for: diagram, overlay: overlay)?.text }

    private static func mark(_ statement: DOTStatement, nodes: [String: DiagramOverlay.Mark], clusters: [String: DiagramOverlay.Mark]) -> DOTStatement {
        switch statement {
        case let .node(id, attributes):
            guard let mark = nodes[id] else { return statement }
            var marked = attributes
            if let fill = mark.fill { marked["fillcolor"] = .text(fill) }
            if let border = mark.border {
                marked["color"] = .text(border)
                marked["penwidth"] = .text("2.5")
            }
            if let note = mark.note, case let .html(label)? = attributes["label"] {
                marked["label"] = .html("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD>\(label)</TD></TR>"
                    + "<TR><TD><FONT POINT-SIZE=\"8\" COLOR=\"\(Theme.loop)\">\(HTMLText.escape(note))</FONT></TD></TR></TABLE>")
            }
            return .node(id, marked)
        case var .subgraph(subgraph):
            if let mark = clusters[subgraph.name], let fill = mark.fill { subgraph.attributes["fillcolor"] = .text(fill) }
            subgraph.statements = subgraph.statements.map { mark($0, nodes: nodes, clusters: clusters) }
            return .subgraph(subgraph)
        default:
            return statement
        }
    }
}
