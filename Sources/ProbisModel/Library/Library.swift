/// A ProcessMaps library: every document read, indexed by id.
///
/// Building a library never fails: duplicate ids are kept (the validator reports them) and lookups return
/// the first document with an id.
public struct Library: Sendable {
    /// Documents in the order given (the loader gives them sorted by file path).
    public let documents: [Document]
    private let byID: [DocumentID: Int]
    private let artifactsByID: [ArtifactID: Artifact]

    /// Creates a library from documents.
    ///
    /// Complexity: O(n) in the number of documents and artifacts.
    public init(documents: [Document]) {
        self.documents = documents
        var byID: [DocumentID: Int] = [:]
        var artifacts: [ArtifactID: Artifact] = [:]
        for (index, document) in documents.enumerated() {
            if byID[document.id] == nil { byID[document.id] = index }
            if case let .artifactCatalog(catalog) = document {
                for artifact in catalog.artifacts where artifacts[artifact.id] == nil {
                    artifacts[artifact.id] = artifact
                }
            }
        }
        self.byID = byID
        self.artifactsByID = artifacts
    }

    /// The document with an id, if any.
    public func document(_ id: DocumentID) -> Document? { byID[id].map { documents[$0] } }

    /// The artifact with an id, from any catalog.
    public func artifact(_ id: ArtifactID) -> Artifact? { artifactsByID[id] }

    /// Every artifact id of every catalog.
    public var artifactIDs: Set<ArtifactID> { Set(artifactsByID.keys) }

    /// The organization type with an id, if that document is one.
    public func organizationType(_ id: DocumentID) -> OrganizationType? {
        if case let .organizationType(value)? = document(id) { return value }
        return nil
    }

    /// The region with an id, if that document is one.
    public func region(_ id: DocumentID) -> Region? {
        if case let .region(value)? = document(id) { return value }
        return nil
    }

    /// Every organization type, in library order.
    public var organizationTypes: [OrganizationType] {
        documents.compactMap { if case let .organizationType(value) = $0 { value } else { nil } }
    }

    /// Every document id, sorted.
    public var ids: [DocumentID] { byID.keys.sorted() }

    /// The region a document belongs to: its own `region:`, or for a region document itself.
    public func region(of document: Document) -> Region? {
        if case let .region(region) = document { return region }
        return document.header.region.flatMap { region($0.id) }
    }
}
