import ProbisModel

/// What a diagram draws.
public enum DiagramKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// An organization type's stage flow as swimlanes.
    case stageFlow = "stage-flow"
    /// An organization type's kedudukan: the tree of positions.
    case kedudukan
    /// A standalone peta lintas fungsi as swimlanes.
    case petaLintasFungsi = "peta-lintas-fungsi"
    /// A peta proses of any level.
    case petaProses = "peta-proses"
    /// A peta subproses framed by its parent process.
    case petaSubproses = "peta-subproses"
    /// A peta relasi.
    case petaRelasi = "peta-relasi"
    /// An organization's kedudukan by unit.
    case units
}

/// One picture drawn from a document: its id names the output files (`kaltim.pd-tipe-3.svg`,
/// `kaltim.pd-tipe-3.kedudukan.svg`).
public struct Diagram: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file name without extension: the document id, plus `.kedudukan` for an organization structure.
    public var id: String
    /// The document drawn.
    public var document: DocumentID
    /// What is drawn.
    public var kind: DiagramKind

    /// Creates a diagram description.
    public init(id: String, document: DocumentID, kind: DiagramKind) {
        self.id = id
        self.document = document
        self.kind = kind
    }

    /// The suffix of an organization structure's diagram id.
    public static let kedudukanSuffix = ".kedudukan"

    /// The diagrams a document gives, in file-name order: none for regions, artifact catalogs and scenarios; the stage
    /// flow (when the type has one) and the kedudukan for an organization type; one for every map.
    public static func diagrams(of document: Document) -> [Diagram] {
        let id = document.id
        switch document {
        case .region, .artifactCatalog, .scenario:
            return []
        case .organization:
            return [Diagram(id: id.rawValue, document: id, kind: .stageFlow),
                    Diagram(id: id.rawValue + kedudukanSuffix, document: id, kind: .units)]
        case let .organizationType(type):
            let structure = Diagram(id: id.rawValue + kedudukanSuffix, document: id, kind: .kedudukan)
            guard type.flow != nil else { return [structure] }
            return [Diagram(id: id.rawValue, document: id, kind: .stageFlow), structure]
        case .petaLintasFungsi:
            return [Diagram(id: id.rawValue, document: id, kind: .petaLintasFungsi)]
        case .petaProses:
            return [Diagram(id: id.rawValue, document: id, kind: .petaProses)]
        case .petaSubproses:
            return [Diagram(id: id.rawValue, document: id, kind: .petaSubproses)]
        case .petaRelasi:
            return [Diagram(id: id.rawValue, document: id, kind: .petaRelasi)]
        }
    }

    public var description: String { id }

    public static func < (lhs: Diagram, rhs: Diagram) -> Bool { lhs.id < rhs.id }
}
