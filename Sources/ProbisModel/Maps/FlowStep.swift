/// The five SOP AP symbols as node kinds of a peta lintas fungsi.
public enum StepKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// Capsule: where the flow begins.
    case start
    /// Capsule: where the flow ends.
    case end
    /// Box: an activity done by the lane's actor.
    case activity
    /// Diamond: a decision with labelled branches.
    case decision
    /// Pentagon: an off-page connector to another map.
    case connector
}

/// What a decision branch means, for rules and for the simulator.
public enum BranchMeaning: String, CaseIterable, Hashable, Sendable, Codable {
    /// The result meets the target and is accepted (Ya).
    case diterima
    /// The result goes back for improvement (Tidak → perbaikan).
    case perbaikan
    /// A request is approved.
    case disetujui
    /// A request is refused; the answer gives reasons.
    case ditolak
    /// The task is carried out by one official.
    case individu
    /// The task is carried out by a tim kerja.
    case timKerja = "tim-kerja"
}

/// One labelled branch of a decision.
public struct Branch: Hashable, Sendable, Codable {
    /// The label on the arrow, e.g. "Ya", "Tidak", "Tim Kerja".
    public var label: String
    /// The step the branch leads to.
    public var target: Reference<StepID>
    /// What taking the branch means, if the simulator or a rule needs to know.
    public var meaning: BranchMeaning?
    /// Where the branch was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a branch.
    public init(label: String, target: Reference<StepID>, meaning: BranchMeaning? = nil, location: SourceLocation? = nil) {
        self.label = label
        self.target = target
        self.meaning = meaning
        self.location = location
    }
}

/// One node of a peta lintas fungsi: start, end, activity, decision or connector.
public struct FlowStep: Hashable, Sendable, Codable, Identifiable {
    /// Id, unique within the map.
    public var id: StepID
    /// The symbol.
    public var kind: StepKind
    /// The lane of the actor who does the step.
    public var lane: Reference<LaneID>
    /// Other lanes that take part ("bersama", "dan/atau").
    public var participants: [Reference<LaneID>]
    /// The stage, for stage flows.
    public var stage: Stage?
    /// For activities the action as the text words it, without the subject, e.g. "menyusun dan menetapkan
    /// perjanjian kinerja dan sasaran kinerja pegawai"; for decisions the question; for start, end and
    /// connectors a short label.
    public var text: String
    /// Artifacts the step needs.
    public var inputs: [Reference<ArtifactID>]
    /// Artifacts the step produces or sends.
    public var outputs: [Reference<ArtifactID>]
    /// Successors for every kind but decisions (which use `branches`). Read from `next:`, or the following
    /// step when `next:` is absent. Two or more on a start or an activity make a parallel split (AND): every
    /// listed step runs.
    public var next: [Reference<StepID>]
    /// Whether the step is the parallel join of a split: it starts only when every branch of the split has
    /// arrived. Read from `join: true`.
    public var isJoin: Bool
    /// Decision branches.
    public var branches: [Branch]
    /// How often the step runs.
    public var cadence: Cadence
    /// For connectors: the map the flow continues in.
    public var connectsTo: Reference<DocumentID>?
    /// Where the regulation states the step.
    public var citation: Citation?
    /// Free text for the reader, e.g. how a garbled line was read.
    public var note: String?
    /// The SOP's Waktu as written on the step, e.g. "15 menit".
    public var waktu: String?
    /// Where the step was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a step.
    public init(
        id: StepID, kind: StepKind = .activity, lane: Reference<LaneID>, participants: [Reference<LaneID>] = [],
        stage: Stage? = nil, text: String, inputs: [Reference<ArtifactID>] = [],
        outputs: [Reference<ArtifactID>] = [], next: [Reference<StepID>] = [], isJoin: Bool = false,
        branches: [Branch] = [], cadence: Cadence = .kegiatan, connectsTo: Reference<DocumentID>? = nil,
        citation: Citation? = nil, note: String? = nil, waktu: String? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.lane = lane
        self.participants = participants
        self.stage = stage
        self.text = text
        self.inputs = inputs
        self.outputs = outputs
        self.next = next
        self.isJoin = isJoin
        self.branches = branches
        self.cadence = cadence
        self.connectsTo = connectsTo
        self.citation = citation
        self.note = note
        self.waktu = waktu
        self.location = location
    }

    /// Successor step ids in order: branch targets for decisions, `next` otherwise.
    public var successors: [StepID] {
        kind == .decision ? branches.map(\.target.id) : next.map(\.id)
    }

    /// Whether the step is a parallel split: a start or an activity whose `next` lists two or more
    /// different steps.
    public var isSplit: Bool { (kind == .start || kind == .activity) && Set(next.map(\.id)).count > 1 }

    /// Whether the step encodes something the regulation says (activities and decisions do).
    public var encodesRegulation: Bool { kind == .activity || kind == .decision }
}
