/// The kinds of document a ProcessMaps library holds; the YAML `kind:` value is the raw value.
public enum DocumentKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// A region and the regulation that sets its Sistem Kerja.
    case region
    /// A catalog of artifacts: documents and letters that steps take in and give out.
    case artifactCatalog = "artifact-catalog"
    /// An organization type with its positions and stage flow.
    case organizationType = "organization-type"
    /// A concrete Perangkat Daerah or unit kerja: an organization type's positions placed in units.
    case organization
    /// Peta proses (level 0, 1 … n).
    case petaProses = "peta-proses"
    /// Peta subproses: the children of one process in sequence.
    case petaSubproses = "peta-subproses"
    /// Peta relasi: parties and what passes between them.
    case petaRelasi = "peta-relasi"
    /// Peta lintas fungsi: swimlanes with activities, decisions and flows.
    case petaLintasFungsi = "peta-lintas-fungsi"
    /// A simulation scenario: an organization type with staffing, workload and run settings.
    case scenario

    /// Indonesian name for diagrams and tables.
    public var title: String {
        switch self {
        case .region: "Wilayah"
        case .artifactCatalog: "Katalog Dokumen"
        case .organizationType: "Tipe Organisasi"
        case .organization: "Organisasi"
        case .petaProses: "Peta Proses"
        case .petaSubproses: "Peta Subproses"
        case .petaRelasi: "Peta Relasi"
        case .petaLintasFungsi: "Peta Lintas Fungsi"
        case .scenario: "Skenario Simulasi"
        }
    }
}

/// What every document has: its id, kind, title, region, the regulation it encodes and where it was read.
public struct DocumentHeader: Hashable, Sendable, Codable {
    /// Unique across the library.
    public var id: DocumentID
    /// The document's kind.
    public var kind: DocumentKind
    /// Title in Bahasa Indonesia.
    public var title: String
    /// The region whose rules apply; `nil` for national or general documents.
    public var region: Reference<DocumentID>?
    /// The seed file of the regulation the document encodes. When set, every element that encodes the
    /// regulation must carry a citation.
    public var source: String?
    /// Where in the regulation the document as a whole comes from.
    public var citation: Citation?
    /// Free text for the reader: what the document shows, and where a garbled text was read by intent.
    public var description: String?
    /// The file the document was read from, as given; `nil` for documents built in code.
    @IgnoredByEquality public var file: String?
    /// Where the document starts; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?
    /// Where `source:` was written, if it was; ignored by equality.
    @IgnoredByEquality public var sourceLocation: SourceLocation?

    /// Creates a header.
    public init(
        id: DocumentID, kind: DocumentKind, title: String, region: Reference<DocumentID>? = nil,
        source: String? = nil, citation: Citation? = nil, description: String? = nil,
        file: String? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.region = region
        self.source = source
        self.citation = citation
        self.description = description
        self.file = file
        self.location = location
    }

    /// Whether the document encodes a regulation text (it names a `source`).
    public var encodesRegulation: Bool { source != nil }
}
