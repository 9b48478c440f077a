/// A regulation that sets a region's Sistem Kerja.
public struct Regulation: Hashable, Sendable, Codable {
    /// Full title, e.g. "Peraturan Gubernur Kalimantan Timur Nomor 50 Tahun 2023 tentang …".
    public var title: String
    /// Short name for tables, e.g. "Pergub Kaltim 50/2023".
    public var shortTitle: String
    /// The seed file name of the text in `docs/regulations/`.
    public var source: String

    /// Creates a regulation description.
    public init(title: String, shortTitle: String, source: String) {
        self.title = title
        self.shortTitle = shortTitle
        self.source = source
    }
}

/// A region (province, regency or city) and the regulation profile its rules come from.
public struct Region: Hashable, Sendable, Codable {
    /// Id (e.g. `kaltim`), title, citation.
    public var header: DocumentHeader
    /// The regulation on Sistem Kerja.
    public var regulation: Regulation?
    /// The rule profile that applies: the id of a region whose regional rules this one follows; its own id
    /// when omitted.
    public var profile: String

    /// Creates a region.
    public init(header: DocumentHeader, regulation: Regulation?, profile: String? = nil) {
        self.header = header
        self.regulation = regulation
        self.profile = profile ?? header.id.rawValue
    }
}

/// A document or letter that steps take in, produce or send.
public struct Artifact: Hashable, Sendable, Codable, Identifiable {
    /// Whether an artifact is a letter.
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        /// A document such as a perjanjian kinerja or a plan.
        case dokumen
        /// A letter such as a surat permohonan pelibatan.
        case surat
    }

    /// Id, unique across the library.
    public var id: ArtifactID
    /// Title in Bahasa Indonesia.
    public var title: String
    /// Document or letter.
    public var kind: Kind
    /// What the artifact must contain at least, e.g. the four contents of a surat permohonan pelibatan.
    public var contents: [String]
    /// Where the regulation describes the artifact.
    public var citation: Citation?
    /// Where the artifact was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates an artifact.
    public init(id: ArtifactID, title: String, kind: Kind, contents: [String] = [], citation: Citation? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.kind = kind
        self.contents = contents
        self.citation = citation
        self.location = location
    }
}

/// A catalog of artifacts; a library may hold several (national, and one per region).
public struct ArtifactCatalog: Hashable, Sendable, Codable {
    /// Id, title, region and citation.
    public var header: DocumentHeader
    /// The artifacts, in order.
    public var artifacts: [Artifact]

    /// Creates a catalog.
    public init(header: DocumentHeader, artifacts: [Artifact]) {
        self.header = header
        self.artifacts = artifacts
    }
}
