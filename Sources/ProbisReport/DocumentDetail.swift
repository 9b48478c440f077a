import ProbisModel

/// The structure of one document, as `probis show ID --format json` prints it.
///
/// Every document has `id`, `kind`, `title`, `region`, `source`, `citation`, `description` and `file`; the
/// other keys depend on the kind (see README, "probis show --format json").
public struct DocumentDetail: Encodable {
    public var id: String
    public var kind: String
    public var title: String
    public var region: String?
    public var source: String?
    public var citation: CitationEntry?
    public var description: String?
    public var file: String?
    public var regulation: Regulation?
    public var profile: String?
    public var artifacts: [ArtifactEntry]?
    public var positions: [PositionEntry]?
    public var organization: String?
    public var organizationType: String?
    public var units: [UnitEntry]?
    public var mechanism: MechanismEntry?
    public var lanes: [LaneEntry]?
    public var stages: [StageEntry]?
    public var otherSteps: [StepEntry]?
    public var level: Int?
    public var parent: ParentEntry?
    public var processes: [ProcessEntry]?
    public var parties: [PartyEntry]?
    public var relations: [RelationEntry]?

    public init(_ document: Document, library: Library) {
        let header = document.header
        id = header.id.rawValue
        kind = header.kind.rawValue
        title = header.title
        region = header.region?.id.rawValue
        source = header.source
        citation = header.citation.map(CitationEntry.init)
        description = header.description
        file = header.file
        switch document {
        case let .region(value):
            regulation = value.regulation
            profile = value.profile
        case let .artifactCatalog(catalog):
            artifacts = catalog.artifacts.map(ArtifactEntry.init)
        case let .organizationType(type):
            positions = type.positions.map { PositionEntry($0, in: type) }
            if let flow = type.flow { setFlow(flow) }
        case let .organization(value):
            organizationType = value.type.id.rawValue
            let people = library.organizationType(value.type.id).map { value.people(of: $0) }
            units = value.units.map { UnitEntry($0, people: people?.members(of: $0.id) ?? []) }
        case let .petaLintasFungsi(map):
            organization = map.organization?.id.rawValue
            mechanism = map.mechanism.map(MechanismEntry.init)
            setFlow(map.flow)
        case let .petaProses(map):
            level = map.level
            parent = map.parent.map(ParentEntry.init)
            processes = map.processes.map(ProcessEntry.init)
        case let .scenario(scenario):
            organization = scenario.organization.id.rawValue
        case let .petaSubproses(map):
            parent = ParentEntry(map.parent)
            processes = map.processes.map(ProcessEntry.init)
        case let .petaRelasi(map):
            parties = map.parties.map(PartyEntry.init)
            relations = map.relations.map(RelationEntry.init)
        }
    }

    private mutating func setFlow(_ flow: CrossFunctionalMap) {
        lanes = flow.lanes.map(LaneEntry.init)
        let ordered = FlowGraph(flow).topologicalOrder.map { StepEntry($0, in: flow) }
        stages = Stage.allCases.compactMap { stage in
            let steps = ordered.filter { $0.stage == stage.rawValue }
            return steps.isEmpty ? nil : StageEntry(stage: stage.rawValue, title: stage.title, steps: steps)
        }
        otherSteps = ordered.filter { $0.stage == nil }
    }
}

public struct UnitEntry: Encodable {
    public var id: String, title: String, parent: String?, head: String?
    /// Every person of the unit with the specific people above them.
    public var people: [PersonEntry]
    public init(_ unit: OrganizationUnit, people: [Person]) {
        id = unit.id.rawValue
        title = unit.title
        parent = unit.parent?.id.rawValue
        head = unit.head?.id.rawValue
        self.people = people.map(PersonEntry.init)
    }
}

public struct PersonEntry: Encodable {
    public var id: String, position: String, title: String, superior: String?, coordinator: String?
    public init(_ person: Person) {
        id = person.id.rawValue
        position = person.position.rawValue
        title = person.title
        superior = person.superior?.rawValue
        coordinator = person.coordinator?.rawValue
    }
}

public struct ArtifactEntry: Encodable {
    public var id: String, title: String, kind: String, contents: [String], citation: CitationEntry?
    public init(_ artifact: Artifact) {
        id = artifact.id.rawValue
        title = artifact.title
        kind = artifact.kind.rawValue
        contents = artifact.contents
        citation = artifact.citation.map(CitationEntry.init)
    }
}

public struct PositionEntry: Encodable {
    public var id: String, title: String, tier: String, headcount: Int
    public var reportsTo: String?
    /// The effective Pejabat Penilai Kinerja.
    public var assessor: String?
    public var roles: [String]
    public var qualifications: Qualifications?
    /// Keys whose values are assumptions, not the text; absent when none.
    public var assumed: [String]?
    public var citation: CitationEntry?

    public init(_ position: Position, in type: OrganizationType) {
        id = position.id.rawValue
        title = position.title
        tier = position.tier.rawValue
        headcount = position.headcount
        reportsTo = position.reportsTo?.id.rawValue
        assessor = type.assessor(of: position.id)?.id.rawValue
        roles = position.roles.map(\.rawValue)
        qualifications = position.qualifications
        assumed = position.assumed.isEmpty ? nil : position.assumed
        citation = position.citation.map(CitationEntry.init)
    }
}

public struct MechanismEntry: Encodable {
    public var kind: String, scope: String?, mode: String?
    public init(_ mechanism: Mechanism) {
        kind = mechanism.kind.rawValue
        scope = mechanism.scope?.rawValue
        mode = mechanism.mode?.rawValue
    }
}

public struct LaneEntry: Encodable {
    public var id: String, title: String, positions: [String], role: String?
    public init(_ lane: Lane) {
        id = lane.id.rawValue
        title = lane.title
        positions = lane.positions.map(\.id.rawValue)
        role = lane.role?.rawValue
    }
}

public struct StageEntry: Encodable {
    public var stage: String, title: String, steps: [StepEntry]
}

public struct StepEntry: Encodable {
    public struct BranchEntry: Encodable { var label: String, to: String, means: String? }
    public var id: String, kind: String, lane: String
    /// The lane's title: who does the step.
    public var actor: String
    public var with: [String]
    public var stage: String?
    /// The activity, the decision's question, or the symbol's label.
    public var action: String
    public var inputs: [String], outputs: [String], next: [String]
    /// `true` on a parallel join; absent otherwise.
    public var join: Bool?
    public var branches: [BranchEntry]
    public var cadence: String
    public var citation: CitationEntry?

    public init(_ step: FlowStep, in flow: CrossFunctionalMap) {
        id = step.id.rawValue
        kind = step.kind.rawValue
        lane = step.lane.id.rawValue
        actor = flow.lane(step.lane.id)?.title ?? step.lane.id.rawValue
        with = step.participants.map { flow.lane($0.id)?.title ?? $0.id.rawValue }
        stage = step.stage?.rawValue
        action = step.text
        inputs = step.inputs.map(\.id.rawValue)
        outputs = step.outputs.map(\.id.rawValue)
        next = step.kind == .decision ? [] : step.next.map(\.id.rawValue)
        join = step.isJoin ? true : nil
        branches = step.branches.map { BranchEntry(label: $0.label, to: $0.target.id.rawValue, means: $0.meaning?.rawValue) }
        cadence = step.cadence.rawValue
        citation = step.citation.map(CitationEntry.init)
    }
}

public struct ParentEntry: Encodable {
    public var map: String, code: String
    public init(_ reference: ProcessReference) {
        map = reference.map.id.rawValue
        code = reference.code
    }
}

public struct ProcessEntry: Encodable {
    public var code: String, title: String, category: String?, sipoc: SIPOC, detail: String?
    public var children: [ProcessEntry]
    /// Keys whose values are assumptions, not the text; absent when none.
    public var assumed: [String]?
    public var citation: CitationEntry?
    public init(_ node: ProcessNode) {
        code = node.code
        title = node.title
        category = node.category?.rawValue
        sipoc = node.sipoc
        detail = node.detail?.id.rawValue
        children = node.children.map(ProcessEntry.init)
        assumed = node.assumed.isEmpty ? nil : node.assumed
        citation = node.citation.map(CitationEntry.init)
    }
}

public struct PartyEntry: Encodable {
    public var id: String, title: String, kind: String, group: String?
    public init(_ party: Party) {
        id = party.id.rawValue
        title = party.title
        kind = party.kind.rawValue
        group = party.group
    }
}

public struct RelationEntry: Encodable {
    public var from: String, to: String, label: String, artifact: String?, citation: CitationEntry?
    public init(_ relation: Relation) {
        from = relation.from.id.rawValue
        to = relation.to.id.rawValue
        label = relation.label
        artifact = relation.artifact?.id.rawValue
        citation = relation.citation.map(CitationEntry.init)
    }
}
