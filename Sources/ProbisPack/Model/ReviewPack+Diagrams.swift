import ProbisDOT
import ProbisModel

/// One diagram the pack shows: a document's own diagram, a simulation's heat overlay or a diff's marks.
struct PackDiagram: Sendable {
    /// Unique within the pack: the diagram id, `panas:SCENARIO` or `beda:SCENARIO`.
    var key: String
    /// The DOT text to lay out.
    var dot: String
}

extension ReviewPack {
    /// Every diagram the pages show, as DOT to lay out (keys are unique). Documents with errors are not drawn.
    public var diagramRequests: [(key: String, dot: String)] {
        let encoder = DOTEncoder(plan: plan)
        var requests: [(key: String, dot: String)] = []
        for document in pageDocuments where !hasErrors(document) {
            for diagram in Diagram.diagrams(of: document) {
                if let dot = encoder.encode(diagram) { requests.append((diagram.id, dot)) }
            }
        }
        for result in simulations {
            if let (_, dot) = heat(result, encoder: encoder) { requests.append((Self.heatKey(result.scenario.header.id), dot)) }
        }
        for pair in comparisons {
            if let dot = changes(pair, encoder: encoder) { requests.append((Self.diffKey(pair.after), dot)) }
            if let dot = kedudukanChanges(pair, encoder: encoder) { requests.append((Self.kedudukanDiffKey(pair.after), dot)) }
        }
        return requests
    }

    static func heatKey(_ scenario: DocumentID) -> String { "panas:" + scenario.rawValue }
    static func diffKey(_ scenario: DocumentID) -> String { "beda:" + scenario.rawValue }
    static func kedudukanDiffKey(_ scenario: DocumentID) -> String { "beda-kedudukan:" + scenario.rawValue }

    /// The heat overlay of a run on its organization type's swimlane, with the overlay itself.
    func heat(_ result: ScenarioResult, encoder: DOTEncoder) -> (DiagramOverlay, String)? {
        guard let summary = result.summary,
              case let .organizationType(type)? = library.document(DocumentID(summary.organization)),
              let flow = type.flow, !hasErrors(.organizationType(type)) else { return nil }
        let overlay = DiagramOverlay.heat(summary, on: flow)
        let diagram = Diagram(id: type.header.id.rawValue, document: type.header.id, kind: .stageFlow)
        return encoder.encode(diagram, overlay: overlay).map { (overlay, $0) }
    }

    /// The after organization type's swimlane with the pair's changes marked.
    func changes(_ pair: ScenarioPair, encoder: DOTEncoder) -> String? {
        guard let diff = pair.diff, let document = library.document(diff.b), !hasErrors(document),
              let diagram = Diagram.diagrams(of: document).first else { return nil }
        return encoder.encode(diagram, overlay: .changes(diff))
    }

    /// The after organization's kedudukan with the reorganization marked, when the pair runs on two
    /// organizations (people) without errors.
    func kedudukanChanges(_ pair: ScenarioPair, encoder: DOTEncoder) -> String? {
        guard let diff = pair.diff, case let .organization(before)? = library.document(diff.a),
              case let .organization(after)? = library.document(diff.b),
              !hasErrors(.organization(before)), !hasErrors(.organization(after)) else { return nil }
        return KedudukanChanges.dot(from: before, to: after, library: library, encoder: encoder)
    }
}
