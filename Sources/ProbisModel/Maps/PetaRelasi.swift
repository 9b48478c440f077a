/// One party of a peta relasi: a unit, a jabatan, an instansi or an outside party.
public struct Party: Hashable, Sendable, Codable, Identifiable {
    /// What a party is.
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        /// A jabatan (position).
        case jabatan
        /// An organization unit.
        case unit
        /// A government agency (instansi) or Perangkat Daerah.
        case instansi
        /// A party outside government.
        case eksternal
    }

    /// Id, unique within the map.
    public var id: PartyID
    /// Title in Bahasa Indonesia.
    public var title: String
    /// What the party is.
    public var kind: Kind
    /// A group the party belongs to, drawn as a frame (e.g. "Instansi Pemohon").
    public var group: String?
    /// Where the party was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a party.
    public init(id: PartyID, title: String, kind: Kind, group: String? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.kind = kind
        self.group = group
        self.location = location
    }
}

/// A labelled relation: what passes from one party to another.
public struct Relation: Hashable, Sendable, Codable {
    /// Sender.
    public var from: Reference<PartyID>
    /// Receiver.
    public var to: Reference<PartyID>
    /// What passes, in Bahasa Indonesia, e.g. "surat permohonan pelibatan".
    public var label: String
    /// The artifact that passes, if it is one of the catalog's.
    public var artifact: Reference<ArtifactID>?
    /// Where the regulation states the relation.
    public var citation: Citation?
    /// Where the relation was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a relation.
    public init(
        from: Reference<PartyID>, to: Reference<PartyID>, label: String, artifact: Reference<ArtifactID>? = nil,
        citation: Citation? = nil, location: SourceLocation? = nil
    ) {
        self.from = from
        self.to = to
        self.label = label
        self.artifact = artifact
        self.citation = citation
        self.location = location
    }
}

/// A peta relasi: the parties that take part in a process and the labelled relations between them.
public struct PetaRelasi: Hashable, Sendable, Codable {
    /// Id, title, region and citation.
    public var header: DocumentHeader
    /// The parties, in order.
    public var parties: [Party]
    /// The relations, in order.
    public var relations: [Relation]

    /// Creates a peta relasi.
    public init(header: DocumentHeader, parties: [Party], relations: [Relation]) {
        self.header = header
        self.parties = parties
        self.relations = relations
    }
}
