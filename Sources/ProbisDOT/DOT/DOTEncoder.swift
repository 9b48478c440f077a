import ProbisModel

/// Turns the diagrams of a library into DOT text: the first, pure stage of rendering.
///
/// The text depends only on the library and the diagram: ids are quoted, strings escaped, and every list
/// is written in the order of the documents, so the same input always gives byte-identical DOT.
///
/// ```swift
/// let plan = RenderPlan(library: library, mapsRoot: "ProcessMaps")
/// let dot = DOTEncoder(plan: plan).encode(plan.diagrams[0])
/// ```
public struct DOTEncoder: Sendable {
    /// The library and where its renders go (for links between maps).
    public let plan: RenderPlan

    /// Creates an encoder for a plan.
    public init(plan: RenderPlan) { self.plan = plan }

    /// The library drawn.
    public var library: Library { plan.library }

    /// The diagram as a DOT graph, or `nil` when its document is not in the library or is not of the kind
    /// the diagram draws.
    public func graph(for diagram: Diagram) -> DOTGraph? {
        guard var graph = drawing(diagram) else { return nil }
        graph.attributes[Paper.attribute] = .text(plan.paper.name)
        return graph
    }

    /// The diagram's graph by kind.
    private func drawing(_ diagram: Diagram) -> DOTGraph? {
        switch (diagram.kind, library.document(diagram.document)) {
        case let (.stageFlow, .organizationType(type)?):
            guard let flow = type.flow else { return nil }
            return swimlanes(flow, diagram: diagram, header: type.header,
                             details: ["Mekanisme kerja \(type.header.title)", DocumentKind.organizationType.title])
        case let (.kedudukan, .organizationType(type)?):
            return kedudukan(type, diagram: diagram)
        case let (.stageFlow, .organization(organization)?):
            guard let type = library.organizationType(organization.type.id), let flow = type.flow else { return nil }
            return swimlanes(flow.naming(organization, type: type), diagram: diagram, header: organization.header,
                             details: ["Mekanisme kerja \(type.header.title)", DocumentKind.organization.title])
        case let (.units, .organization(organization)?):
            guard let type = library.organizationType(organization.type.id) else { return nil }
            return units(organization, type: type, diagram: diagram)
        case let (.petaLintasFungsi, .petaLintasFungsi(map)?):
            return swimlanes(map.flow, diagram: diagram, header: map.header, details: [DocumentKind.petaLintasFungsi.title])
        case let (.petaProses, .petaProses(map)?):
            return petaProses(map, diagram: diagram)
        case let (.petaSubproses, .petaSubproses(map)?):
            return petaSubproses(map, diagram: diagram)
        case let (.petaRelasi, .petaRelasi(map)?):
            return petaRelasi(map, diagram: diagram)
        default:
            return nil
        }
    }

    /// The diagram as DOT text, or `nil` as for ``graph(for:)``.
    public func encode(_ diagram: Diagram) -> String? { graph(for: diagram)?.text }

    /// The title block of a document: its title over its kind, id, region and citation.
    func title(_ header: DocumentHeader, details: [String]) -> DOTValue {
        var line = details
        line.append(header.id.rawValue)
        if let region = header.region.flatMap({ library.region($0.id) }) {
            line.append(region.regulation?.shortTitle ?? region.header.title)
        }
        if let citation = header.citation { line.append(citation.item) }
        return Theme.title(header.title, details: line)
    }

    /// The title of an artifact from the library's catalogs, or its id when no catalog has it.
    func artifactTitle(_ id: ArtifactID) -> String { library.artifact(id)?.title ?? id.rawValue }

    /// A note listing artifacts as an HTML table: one row per artifact, letters marked with an envelope.
    func artifactNote(_ ids: [Reference<ArtifactID>]) -> String {
        var rows: [String] = []
        for reference in ids {
            let artifact = library.artifact(reference.id)
            let mark = artifact?.kind == .surat ? "✉ " : "▤ "
            let text = HTMLText.lines(artifactTitle(reference.id), width: 30)
            rows.append("<TR><TD BGCOLOR=\"\(Theme.artifact)\" COLOR=\"\(Theme.artifactBorder)\"><FONT POINT-SIZE=\"8\">\(mark)\(text)</FONT></TD></TR>")
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"1\" CELLPADDING=\"2\">" + rows.joined() + "</TABLE>"
    }
}
