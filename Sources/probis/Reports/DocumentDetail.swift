import ProbisModel

/// The structure of one document, as `probis show ID --format json` prints it.
///
/// Every document has `id`, `kind`, `title`, `region`, `source`, `citation`, `description` and `file`; the
/// other keys depend on the kind (see README, "probis show --format json").
struct DocumentDetail: Encodable {
    var id: String
    var kind: String
    var title: String
    var region: String?
    var source: String?
    var citation: CitationEntry?
    var description: String?
    var file: String?
    var regulation: Regulation?
    var profile: String?
    var artifacts: [ArtifactEntry]?
    var positions: [PositionEntry]?
    var organization: String?
    var organizationType: String?
    var units: [UnitEntry]?
    var mechanism: MechanismEntry?
    var lanes: [LaneEntry]?
    var stages: [StageEntry]?
    var otherSteps: [StepEntry]?
    var level: Int?
    var parent: ParentEntry?
    var processes: [ProcessEntry]?
    var parties: [PartyEntry]?
    var relations: [RelationEntry]?

    init(_ document: Document, library: Library) {
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

struct UnitEntry: Encodable {
    var id: String, title: String, parent: String?, head: String?
    /// Every person of the unit with the specific people above them.
    var people: [PersonEntry]
    init(_ unit: OrganizationUnit, people: [Person]) {
        id = unit.id.rawValue
        title = unit.title
        parent = unit.parent?.id.rawValue
        head = unit.head?.id.rawValue
        self.people = people.map(PersonEntry.init)
    }
}

struct PersonEntry: Encodable {
    var id: String, position: String, title: String, superior: String?, coordinator: String?
    init(_ person: Person) {
        id = person.id.rawValue
        position = person.position.rawValue
        title = person.title
        superior = person.superior?.rawValue
        coordinator = person.coordinator?.rawValue
    }
}

struct ArtifactEntry: Encodable {
    var id: String, title: String, kind: String, contents: [String], citation: CitationEntry?
    init(_ artifact: Artifact) {
        id = artifact.id.rawValue
        title = artifact.title
        kind = artifact.kind.rawValue
        contents = artifact.contents
        citation = artifact.citation.map(CitationEntry.init)
    }
}

struct PositionEntry: Encodable {
    var id: String, title: String, tier: String, headcount: Int
    var reportsTo: String?
    /// The effective Pejabat Penilai Kinerja.
    var assessor: String?
    var roles: [String]
    var qualifications: Qualifications?
    /// Keys whose values are assumptions, not the text; absent when none.
    var assumed: [String]?
    var citation: CitationEntry?

    init(_ position: Position, in type: OrganizationType) {
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

struct MechanismEntry: Encodable {
    var kind: String, scope: String?, mode: String?
    init(_ mechanism: Mechanism) {
        kind = mechanism.kind.rawValue
        scope = mechanism.scope?.rawValue
        mode = mechanism.mode?.rawValue
    }
}

struct LaneEntry: Encodable {
    var id: String, title: String, positions: [String], role: String?
    init(_ lane: Lane) {
        id = lane.id.rawValue
        title = lane.title
        positions = lane.positions.map(\.id.rawValue)
        role = lane.role?.rawValue
    }
}

struct StageEntry: Encodable {
    var stage: String, title: String, steps: [StepEntry]
}

struct StepEntry: Encodable {
    struct BranchEntry: Encodable { var label: String, to: String, means: String? }
    var id: String, kind: String, lane: String
    /// The lane's title: who does the step.
    var actor: String
    var with: [String]
    var stage: String?
    /// The activity, the decision's question, or the symbol's label.
    var action: String
    var inputs: [String], outputs: [String], next: [String]
    var branches: [BranchEntry]
    var cadence: String
    var citation: CitationEntry?

    init(_ step: FlowStep, in flow: CrossFunctionalMap) {
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
        branches = step.branches.map { BranchEntry(label: $0.label, to: $0.target.id.rawValue, means: $0.meaning?.rawValue) }
        cadence = step.cadence.rawValue
        citation = step.citation.map(CitationEntry.init)
    }
}

struct ParentEntry: Encodable {
    var map: String, code: String
    init(_ reference: ProcessReference) {
        map = reference.map.id.rawValue
        code = reference.code
    }
}

struct ProcessEntry: Encodable {
    var code: String, title: String, category: String?, sipoc: SIPOC, detail: String?
    var children: [ProcessEntry]
    /// Keys whose values are assumptions, not the text; absent when none.
    var assumed: [String]?
    var citation: CitationEntry?
    init(_ node: ProcessNode) {
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

struct PartyEntry: Encodable {
    var id: String, title: String, kind: String, group: String?
    init(_ party: Party) {
        id = party.id.rawValue
        title = party.title
        kind = party.kind.rawValue
        group = party.group
    }
}

struct RelationEntry: Encodable {
    var from: String, to: String, label: String, artifact: String?, citation: CitationEntry?
    init(_ relation: Relation) {
        from = relation.from.id.rawValue
        to = relation.to.id.rawValue
        label = relation.label
        artifact = relation.artifact?.id.rawValue
        citation = relation.citation.map(CitationEntry.init)
    }
}
