/// One document of a ProcessMaps library.
public enum Document: Hashable, Sendable, Codable {
    case region(Region)
    case artifactCatalog(ArtifactCatalog)
    case organizationType(OrganizationType)
    case organization(Organization)
    case petaProses(PetaProses)
    case petaSubproses(PetaSubproses)
    case petaRelasi(PetaRelasi)
    case petaLintasFungsi(LintasFungsiMap)
    case scenario(Scenario)

    /// The document's header.
    public var header: DocumentHeader {
        get {
            switch self {
            case let .region(value): value.header
            case let .artifactCatalog(value): value.header
            case let .organizationType(value): value.header
            case let .organization(value): value.header
            case let .petaProses(value): value.header
            case let .petaSubproses(value): value.header
            case let .petaRelasi(value): value.header
            case let .petaLintasFungsi(value): value.header
            case let .scenario(value): value.header
            }
        }
        set {
            switch self {
            case var .region(value): value.header = newValue; self = .region(value)
            case var .artifactCatalog(value): value.header = newValue; self = .artifactCatalog(value)
            case var .organizationType(value): value.header = newValue; self = .organizationType(value)
            case var .organization(value): value.header = newValue; self = .organization(value)
            case var .petaProses(value): value.header = newValue; self = .petaProses(value)
            case var .petaSubproses(value): value.header = newValue; self = .petaSubproses(value)
            case var .petaRelasi(value): value.header = newValue; self = .petaRelasi(value)
            case var .petaLintasFungsi(value): value.header = newValue; self = .petaLintasFungsi(value)
            case var .scenario(value): value.header = newValue; self = .scenario(value)
            }
        }
    }

    /// The document's id.
    public var id: DocumentID { header.id }

    /// The document's kind.
    public var kind: DocumentKind { header.kind }

    /// The peta lintas fungsi the document holds: an organization type's stage flow or a standalone map.
    public var crossFunctionalMap: CrossFunctionalMap? {
        switch self {
        case let .organizationType(value): value.flow
        case let .petaLintasFungsi(value): value.flow
        default: nil
        }
    }
}
