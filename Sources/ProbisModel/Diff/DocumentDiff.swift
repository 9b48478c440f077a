/// What changed between two versions of a map or an organization: for SOP revision ("what does this
/// proposed revision change?") and for a before/after reorganization.
///
/// Steps, lanes, positions and units are matched by id; a step whose id is only in one version but whose
/// kind, stage and wording match a step only in the other is taken to be the same step renumbered.
public struct DocumentDiff: Hashable, Sendable, Codable {
    /// One change, with the element it concerns and what it was and became.
    public struct Change: Hashable, Sendable, Codable {
        /// What kind of change.
        public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
            case stepAdded = "langkah-ditambah"
            case stepRemoved = "langkah-dihapus"
            case stepRenumbered = "langkah-diberi-id-baru"
            case actorChanged = "pelaku-berubah"
            case participantsChanged = "peserta-berubah"
            case stageChanged = "tahap-berubah"
            case reworded = "rumusan-berubah"
            case artifactsChanged = "dokumen-berubah"
            case rerouted = "alur-berubah"
            case kindChanged = "jenis-berubah"
            case laneAdded = "lajur-ditambah"
            case laneRemoved = "lajur-dihapus"
            case positionAdded = "jabatan-ditambah"
            case positionRemoved = "jabatan-dihapus"
            case positionConverted = "jabatan-disetarakan"
            case reportingMoved = "atasan-berubah"
            case assessorChanged = "penilai-berubah"
            case headcountChanged = "jumlah-berubah"
            case rolesChanged = "peran-berubah"
            case unitAdded = "unit-ditambah"
            case unitRemoved = "unit-dihapus"
            case unitMoved = "unit-dipindah"
            case unitStaffChanged = "pegawai-unit-berubah"
        }

        /// The kind.
        public var kind: Kind
        /// The element: a step, lane, position or unit id (the new id for a renumbered step).
        public var element: String
        /// What it was, in A (`nil` for an addition).
        public var before: String?
        /// What it is, in B (`nil` for a removal).
        public var after: String?

        /// Creates a change.
        public init(_ kind: Kind, _ element: String, before: String? = nil, after: String? = nil) {
            self.kind = kind
            self.element = element
            self.before = before
            self.after = after
        }
    }

    /// The two documents compared.
    public var a: DocumentID
    public var b: DocumentID
    /// The changes, in B's order of elements, removals where the element stood in A.
    public var changes: [Change]

    /// Whether nothing changed.
    public var isEmpty: Bool { changes.isEmpty }
}

extension DocumentDiff {
    /// The changes from document A to document B. Documents of different kinds compare what they share:
    /// positions, flows, units. An organization's flow is its type's.
    public init(from a: Document, to b: Document, in library: Library) {
        self.a = a.id
        self.b = b.id
        var changes: [Change] = []
        let typeA = Self.type(of: a, in: library), typeB = Self.type(of: b, in: library)
        if let typeA, let typeB { changes += Self.positions(typeA.positions, typeB.positions) }
        if case let .organization(orgA) = a, case let .organization(orgB) = b { changes += Self.units(orgA, orgB) }
        if let flowA = Self.flow(of: a, type: typeA), let flowB = Self.flow(of: b, type: typeB) {
            changes += Self.lanes(flowA, flowB)
            changes += Self.steps(flowA, flowB)
        }
        self.changes = changes
    }

    private static func type(of document: Document, in library: Library) -> OrganizationType? {
        switch document {
        case let .organizationType(type): type
        case let .organization(organization): library.organizationType(organization.type.id)
        default: nil
        }
    }

    private static func flow(of document: Document, type: OrganizationType?) -> CrossFunctionalMap? {
        if case let .petaLintasFungsi(map) = document { return map.flow }
        return type?.flow
    }
}
