/// The graph of a peta lintas fungsi: lanes in declared order, and steps linked by `next` and branches.
///
/// The same structure serves an organization type's stage flow (lanes are its positions and the team
/// roles) and a standalone map such as an assignment mechanism (lanes are parties).
public struct CrossFunctionalMap: Hashable, Sendable, Codable {
    /// Lanes, top to bottom.
    public var lanes: [Lane]
    /// Steps in the order written; the first `start` step is where the flow begins.
    public var steps: [FlowStep]
    /// The SOP identity data written with the map, if any.
    public var sop: SOPInfo?

    /// Creates a map.
    public init(lanes: [Lane], steps: [FlowStep], sop: SOPInfo? = nil) {
        self.lanes = lanes
        self.steps = steps
        self.sop = sop
    }

    /// The lane with an id, if any.
    public func lane(_ id: LaneID) -> Lane? { lanes.first { $0.id == id } }

    /// The step with an id, if any.
    public func step(_ id: StepID) -> FlowStep? { steps.first { $0.id == id } }

    /// The start steps in order.
    public var starts: [FlowStep] { steps.filter { $0.kind == .start } }

    /// Activity steps of a stage in the order written.
    public func activities(in stage: Stage) -> [FlowStep] {
        steps.filter { $0.stage == stage && $0.kind == .activity }
    }
}

/// Which assignment mechanism a peta lintas fungsi encodes, for the rules that apply to mechanisms.
public struct Mechanism: Hashable, Sendable, Codable {
    /// How the assignment arises.
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        /// Penunjukan: appointment by a superior.
        case penunjukan
        /// Pengajuan sukarela: the official volunteers.
        case pengajuanSukarela = "pengajuan-sukarela"
        /// Pertanggungjawaban pelaksanaan tugas: reporting on the work done.
        case pertanggungjawaban
        /// Pelaksanaan tugas: how the work itself is carried out.
        case pelaksanaanTugas = "pelaksanaan-tugas"
    }

    /// How far the assignment reaches.
    public enum Scope: String, CaseIterable, Hashable, Sendable, Codable {
        /// Dalam unit organisasi.
        case dalamUnit = "dalam-unit"
        /// Lintas unit organisasi.
        case lintasUnit = "lintas-unit"
        /// Lintas Perangkat Daerah.
        case lintasPerangkatDaerah = "lintas-perangkat-daerah"
        /// Lintas instansi pemerintah.
        case lintasInstansi = "lintas-instansi"
    }

    /// Individual or team work.
    public enum Mode: String, CaseIterable, Hashable, Sendable, Codable {
        /// Individu.
        case individu
        /// Tim kerja.
        case timKerja = "tim-kerja"
    }

    /// The kind of mechanism.
    public var kind: Kind
    /// Its scope, if it has one.
    public var scope: Scope?
    /// Individual or team, if the mechanism is specific to one.
    public var mode: Mode?
    /// Where the kind, scope and mode were written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a mechanism description.
    public init(kind: Kind, scope: Scope? = nil, mode: Mode? = nil, location: SourceLocation? = nil) {
        self.kind = kind
        self.scope = scope
        self.mode = mode
        self.location = location
    }
}

/// A standalone peta lintas fungsi document, e.g. an assignment mechanism or a Perangkat Daerah's own map.
public struct LintasFungsiMap: Hashable, Sendable, Codable {
    /// Id, title, region and citation.
    public var header: DocumentHeader
    /// The organization type whose positions the lanes may name.
    public var organization: Reference<DocumentID>?
    /// The assignment mechanism the map encodes, if it is one.
    public var mechanism: Mechanism?
    /// The lanes and steps.
    public var flow: CrossFunctionalMap

    /// Creates a map document.
    public init(header: DocumentHeader, organization: Reference<DocumentID>? = nil, mechanism: Mechanism? = nil, flow: CrossFunctionalMap) {
        self.header = header
        self.organization = organization
        self.mechanism = mechanism
        self.flow = flow
    }
}
