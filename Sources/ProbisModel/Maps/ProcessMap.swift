/// The three bands of a peta proses (PermenPANRB 19/2018).
public enum ProcessCategory: String, CaseIterable, Hashable, Sendable, Codable {
    /// Proses inti / operasional: serves external users directly.
    case inti
    /// Proses manajemen: steers and controls.
    case manajemen
    /// Proses pendukung: internal support.
    case pendukung

    /// "Proses Inti", "Proses Manajemen", "Proses Pendukung".
    public var title: String {
        switch self {
        case .inti: "Proses Inti"
        case .manajemen: "Proses Manajemen"
        case .pendukung: "Proses Pendukung"
        }
    }
}

/// Supplier, input, output and customer of a process (the SIPOC description around the process itself).
public struct SIPOC: Hashable, Sendable, Codable {
    /// Who supplies the inputs.
    public var suppliers: [String]
    /// What goes in.
    public var inputs: [String]
    /// What comes out.
    public var outputs: [String]
    /// Who receives the outputs.
    public var customers: [String]

    /// Creates a SIPOC description.
    public init(suppliers: [String] = [], inputs: [String] = [], outputs: [String] = [], customers: [String] = []) {
        self.suppliers = suppliers
        self.inputs = inputs
        self.outputs = outputs
        self.customers = customers
    }

    /// Whether every list is empty.
    public var isEmpty: Bool { suppliers.isEmpty && inputs.isEmpty && outputs.isEmpty && customers.isEmpty }
}

/// One process box of a peta proses or peta subproses, with its children in the same document.
public struct ProcessNode: Hashable, Sendable, Codable {
    /// Dotted code: `01`, `01.03`, `01.03.01`.
    public var code: String
    /// Title in Bahasa Indonesia.
    public var title: String
    /// Band; children inherit their parent's when they do not say.
    public var category: ProcessCategory?
    /// SIPOC description.
    public var sipoc: SIPOC
    /// The map that details the process one level down (a peta proses, subproses or lintas fungsi, or an
    /// organization type's stage flow).
    public var detail: Reference<DocumentID>?
    /// Child processes, in order.
    public var children: [ProcessNode]
    /// The keys whose values are an assumption, not the regulation text (`assumed:`), e.g. `category`.
    public var assumed: [String]
    /// Where the regulation describes the process.
    public var citation: Citation?
    /// Where the process was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a process node.
    public init(
        code: String, title: String, category: ProcessCategory? = nil, sipoc: SIPOC = SIPOC(),
        detail: Reference<DocumentID>? = nil, children: [ProcessNode] = [], assumed: [String] = [],
        citation: Citation? = nil, location: SourceLocation? = nil
    ) {
        self.code = code
        self.title = title
        self.category = category
        self.sipoc = sipoc
        self.detail = detail
        self.children = children
        self.assumed = assumed
        self.citation = citation
        self.location = location
    }

    /// This node and all its descendants, depth first, parents before children.
    public var flattened: [ProcessNode] { [self] + children.flatMap(\.flattened) }
}

/// Names one process of another map: the map's id and the process code.
public struct ProcessReference: Hashable, Sendable, Codable {
    /// The map holding the process.
    public var map: Reference<DocumentID>
    /// The process code within it.
    public var code: String
    /// Where the reference was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a reference.
    public init(map: Reference<DocumentID>, code: String, location: SourceLocation? = nil) {
        self.map = map
        self.code = code
        self.location = location
    }
}

/// A peta proses of level 0, 1 … n: a tree of processes in the inti / manajemen / pendukung bands.
public struct PetaProses: Hashable, Sendable, Codable {
    /// Id, title, region and citation.
    public var header: DocumentHeader
    /// 0 for the institution's value chain, 1 and up for breakdowns.
    public var level: Int
    /// The process this map breaks down; required above level 0.
    public var parent: ProcessReference?
    /// Top processes of the map.
    public var processes: [ProcessNode]

    /// Creates a peta proses.
    public init(header: DocumentHeader, level: Int, parent: ProcessReference? = nil, processes: [ProcessNode]) {
        self.header = header
        self.level = level
        self.parent = parent
        self.processes = processes
    }

    /// Every process of the map, depth first.
    public var allProcesses: [ProcessNode] { processes.flatMap(\.flattened) }
}

/// A peta subproses: the child processes of one parent process, in sequence, framed by the parent.
public struct PetaSubproses: Hashable, Sendable, Codable {
    /// Id, title, region and citation.
    public var header: DocumentHeader
    /// The parent process.
    public var parent: ProcessReference
    /// The children in sequence.
    public var processes: [ProcessNode]

    /// Creates a peta subproses.
    public init(header: DocumentHeader, parent: ProcessReference, processes: [ProcessNode]) {
        self.header = header
        self.parent = parent
        self.processes = processes
    }
}
