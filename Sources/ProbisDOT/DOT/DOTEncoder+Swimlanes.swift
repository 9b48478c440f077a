import ProbisModel

extension DOTEncoder {
    /// The attribute that marks the clusters ProbisRender adjusts after the layout (Graphviz ignores
    /// attributes it does not know): stage bands are widened to the full width of their first and last
    /// columns, and lane rows (lanes, and frames of grouped lanes) are stretched until neighbours touch.
    public static let finishAttribute = "probis"
    /// The value of ``finishAttribute`` on a stage band.
    public static let stageBand = "stage-band"
    /// The value of ``finishAttribute`` on a lane or a frame of grouped lanes.
    public static let laneRow = "lane-row"

    /// A peta lintas fungsi as swimlanes: one lane per ``Lane`` top to bottom in declared order, all of equal
    /// length and touching, coloured by role; time left to right; the stages as titled bands over the lanes,
    /// each as wide as its columns; the five SOP AP symbols; perbaikan loops dashed; artifacts in the boxes.
    func swimlanes(_ map: CrossFunctionalMap, diagram: Diagram, header: DocumentHeader, details: [String]) -> DOTGraph {
        let layout = SwimlaneLayout(map)
        var graph = DOTGraph(name: diagram.id, attributes: Theme.graph(rankdir: "LR"), nodeDefaults: Theme.node, edgeDefaults: Theme.edge)
        graph.attributes["label"] = title(header, details: details)
        graph.attributes["newrank"] = .text("true")
        graph.attributes["splines"] = .text("polyline")
        graph.attributes["nodesep"] = .text("0.25")
        graph.attributes["ranksep"] = .text("0.35")

        let lanes = map.lanes
        let laneIndex = Dictionary(lanes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let stepLane = map.steps.map { laneIndex[$0.lane.id] ?? 0 }
        let numbers = stepNumbers(layout)

        // Header row: the stage bands.
        var header: [DOTStatement] = []
        var inStage = Set<Int>()
        for span in layout.stages {
            let colors = Theme.stages[Stage.allCases.firstIndex(of: span.stage)!]
            var band = DOTSubgraph(name: "cluster_stage_\(span.stage.rawValue)")
            band.attributes["label"] = .html("<FONT FACE=\"\(Theme.boldFont)\" POINT-SIZE=\"12\">\(HTMLText.escape(span.stage.title))</FONT>")
            band.attributes["style"] = .text("filled,rounded")
            band.attributes["fillcolor"] = .text(colors.fill)
            band.attributes["color"] = .text(colors.border)
            band.attributes["labeljust"] = .text("c")
            band.attributes["margin"] = .text("4")
            band.attributes[Self.finishAttribute] = .text(Self.stageBand)
            band.statements = (span.first...span.last).map { column in
                inStage.insert(column)
                return .node(headID(column), rail())
            }
            header.append(.subgraph(band))
        }
        header += (0..<layout.columnCount).filter { !inStage.contains($0) }.map { .node(headID($0), rail()) }
        graph.statements.append(.comment("stage bands"))
        graph.statements += header
        graph.statements.append(.comment("footer: an invisible row under the lanes"))
        graph.statements += (0..<layout.columnCount).map { .node(footID($0), rail()) }

        // Lanes, inside their group bands.
        graph.statements.append(.comment("lanes"))
        var laneClusters: [DOTSubgraph] = []
        for (index, lane) in lanes.enumerated() {
            let colors = Theme.laneColors(role: lane.role, tier: laneTier(lane, diagram: diagram))
            var cluster = DOTSubgraph(name: "cluster_lane_\(index)")
            cluster.attributes["label"] = .html("<FONT FACE=\"\(Theme.boldFont)\" POINT-SIZE=\"11\">\(HTMLText.lines(lane.title, width: 70, align: "LEFT"))</FONT>")
            cluster.attributes["labeljust"] = .text("l")
            cluster.attributes["labelloc"] = .text("t")
            cluster.attributes["style"] = .text("filled")
            cluster.attributes["fillcolor"] = .text(colors.fill)
            cluster.attributes["color"] = .text(colors.border)
            cluster.attributes["penwidth"] = .text("1.2")
            cluster.attributes[Self.finishAttribute] = .text(Self.laneRow)
            cluster.statements = (0..<layout.columnCount).map { .node(railID(lane: index, column: $0), rail()) }
            for (step, position) in zip(map.steps, map.steps.indices) where stepLane[position] == index {
                cluster.statements.append(.node(stepID(step.id), stepNode(step, number: numbers[position], map: map, diagram: diagram)))
            }
            laneClusters.append(cluster)
        }
        graph.statements += groupBands(lanes, clusters: laneClusters)

        // Rails keep the lanes equally long and give the grid its columns. The lane order is held by rungs
        // (from each row at column c to the row below at c + 1, which cross when two lanes swap), by the
        // header and footer rows, and by flat edges from header to footer (which forbid the mirror image).
        graph.statements.append(.comment("rails and rungs"))
        var invisible = DOTAttributes()
        invisible["style"] = .text("invis")
        invisible["weight"] = .text("10")
        let rows = [headID] + lanes.indices.map { lane in { railID(lane: lane, column: $0) } } + [footID]
        for row in rows {
            for column in 1..<layout.columnCount { graph.statements.append(.edge(row(column - 1), row(column), invisible)) }
        }
        var rung = DOTAttributes()
        rung["style"] = .text("invis")
        for (upper, lower) in zip(rows, rows.dropFirst()) {
            for column in 1..<layout.columnCount { graph.statements.append(.edge(upper(column - 1), lower(column), rung)) }
        }
        for column in [0, layout.columnCount - 1] {
            for (upper, lower) in zip(rows, rows.dropFirst()) {
                graph.statements.append(.edge(upper(column), lower(column), rung))
            }
            graph.statements.append(.edge(headID(column), footID(column), rung))
        }

        // Columns: rank=same across the header, every lane and the steps of the column.
        graph.statements.append(.comment("columns"))
        for column in 0..<layout.columnCount {
            let steps = map.steps.indices.filter { layout.columns[$0] == column }.map { stepID(map.steps[$0].id) }
            graph.statements.append(.sameRank(rows.map { $0(column) } + steps))
        }

        graph.statements.append(.comment("flow"))
        graph.statements += flowEdges(map, layout: layout)
        return graph
    }

    /// Lane clusters wrapped in a band for each run of consecutive lanes that share a `group`.
    private func groupBands(_ lanes: [Lane], clusters: [DOTSubgraph]) -> [DOTStatement] {
        var statements: [DOTStatement] = []
        var index = 0
        var bandNumber = 0
        while index < lanes.count {
            guard let group = lanes[index].group else {
                statements.append(.subgraph(clusters[index]))
                index += 1
                continue
            }
            var band = DOTSubgraph(name: "cluster_group_\(bandNumber)")
            band.attributes["label"] = .html("<FONT FACE=\"\(Theme.boldFont)\" POINT-SIZE=\"12\">\(HTMLText.escape(group))</FONT>")
            band.attributes["labeljust"] = .text("l")
            band.attributes["labelloc"] = .text("t")
            band.attributes["style"] = .text("rounded,filled")
            band.attributes["fillcolor"] = .text(Theme.groupFill)
            band.attributes["color"] = .text("#7a7a7a")
            band.attributes["penwidth"] = .text("2")
            band.attributes["margin"] = .text("10")
            band.attributes[Self.finishAttribute] = .text(Self.laneRow)
            while index < lanes.count, lanes[index].group == group {
                band.statements.append(.subgraph(clusters[index]))
                index += 1
            }
            statements.append(.subgraph(band))
            bandNumber += 1
        }
        return statements
    }

    /// SOP numbers of activities and decisions, in flow order (1, 2, …); `nil` for the other symbols.
    private func stepNumbers(_ layout: SwimlaneLayout) -> [Int?] {
        let steps = layout.graph.map.steps
        var numbers = [Int?](repeating: nil, count: steps.count)
        let order = layout.graph.graph.topologicalOrder(ignoring: layout.loopEdges)
            .sorted { (layout.columns[$0], $0) < (layout.columns[$1], $1) }
        var next = 1
        for index in order where steps[index].encodesRegulation {
            numbers[index] = next
            next += 1
        }
        return numbers
    }

    /// The tier of the position a lane stands for, when the diagram is an organization type's or an
    /// organization's stage flow and the lane names one of its positions.
    private func laneTier(_ lane: Lane, diagram: Diagram) -> JabatanTier? {
        let type: OrganizationType? = switch library.document(diagram.document) {
        case let .organizationType(type)?: type
        case let .organization(organization)?: library.organizationType(organization.type.id)
        default: nil
        }
        guard let type, let first = lane.positions.first else { return nil }
        return type.position(first.id)?.tier
    }

    func headID(_ column: Int) -> String { "head:\(column)" }
    func railID(lane: Int, column: Int) -> String { "rail:\(lane):\(column)" }
    func footID(_ column: Int) -> String { "foot:\(column)" }
    func stepID(_ id: StepID) -> String { "step:\(id.rawValue)" }

    /// An invisible point that holds a grid position.
    func rail() -> DOTAttributes {
        ["shape": "point", "style": "invis", "width": "0", "height": "0", "label": ""]
    }
}
