import ProbisModel
import Yams

extension DocumentReader {
    /// Lanes and steps of a peta lintas fungsi, from a mapping that holds `lanes:` and `steps:`.
    ///
    /// - Parameters:
    ///   - positions: the organization type's positions, when the map is its stage flow; a lane written as
    ///     just a position id takes its title from the position.
    ///   - defaultLanes: the lanes when `lanes:` is absent.
    func crossFunctionalMap(_ reader: MappingReader, source: String?, positions: [Position], defaultLanes: [Lane]) -> CrossFunctionalMap? {
        var lanes = defaultLanes
        if reader.has("lanes") {
            lanes = each(reader.list("lanes")) { lane($0, positions: positions) }
        }
        let items = reader.list("steps") ?? []
        var steps: [FlowStep] = []
        var explicitNext: [Bool] = []
        for item in items {
            guard let (step, explicit) = self.step(item, source: source) else { continue }
            steps.append(step)
            explicitNext.append(explicit)
        }
        // A step without `next:` continues with the step written after it.
        for index in steps.indices where !explicitNext[index] && index + 1 < steps.count {
            let step = steps[index]
            let continues = step.kind == .start || step.kind == .activity || (step.kind == .connector && step.connectsTo == nil)
            if continues { steps[index].next = [Reference(steps[index + 1].id, at: step.location)] }
        }
        return CrossFunctionalMap(lanes: lanes, steps: steps, sop: sopInfo(reader))
    }

    private func lane(_ node: Node, positions: [Position]) -> Lane? {
        guard var reader = MappingReader(node, what: "lane", element: ProcessMapsFormat.lane, context: context) else {
            return nil
        }
        let id: LaneID? = identifier(reader, "id")
        if let id { reader.what = "lane '\(id)'" }
        let role = reader.enumeration("role", LaneRole.self)
        var members: [Reference<PositionID>] = reader.references("positions")
        var title = reader.string("title")
        if let id, let position = positions.first(where: { $0.id.rawValue == id.rawValue }), !reader.has("positions"), role == nil {
            // A lane written as a position's id stands for that position.
            members = [Reference(position.id, at: reader.location)]
            title = title ?? position.title
        }
        title = title ?? role?.title
        guard let id else { return nil }
        guard let title else {
            reader.missing("title")
            return nil
        }
        return Lane(id: id, title: title, positions: members, role: role, group: reader.string("group"), location: reader.location)
    }

    /// A step and whether its `next:` was written.
    private func step(_ node: Node, source: String?) -> (FlowStep, Bool)? {
        guard var reader = MappingReader(node, what: "step", element: ProcessMapsFormat.step, context: context) else { return nil }
        let id: StepID? = identifier(reader, "id")
        if let id { reader.what = "step '\(id)'" }
        let kind = reader.enumeration("type", StepKind.self) ?? .activity
        let lane: Reference<LaneID>? = reader.reference("lane")
        let text = stepText(reader, kind: kind)
        let branches = kind == .decision ? each(reader.list("branches", required: true)) { branch($0, step: reader.what) } : []
        if kind != .decision, reader.has("branches") {
            context.error(.misplacedKey, at: reader.location("branches"), "only a decision has 'branches'; \(reader.what) is a \(kind.rawValue)")
        }
        if kind == .decision || kind == .end, reader.has("next") {
            let hint = kind == .decision ? " (a decision leads on through its branches)" : ""
            context.error(.misplacedKey, at: reader.location("next"), "\(reader.what) is a \(kind.rawValue) and cannot have 'next'\(hint)")
        }
        let next: [Reference<StepID>] = kind == .decision || kind == .end ? [] : reader.references("next")
        let isJoin = reader.bool("join") ?? false
        if isJoin, kind == .start || kind == .connector {
            context.error(.misplacedKey, at: reader.location("join"),
                "only an activity, a decision or an end can be a parallel join; \(reader.what) is a \(kind.rawValue)")
        }
        let connectsTo: Reference<DocumentID>? = reader.reference("connects-to")
        if kind != .connector, reader.has("connects-to") {
            context.error(.misplacedKey, at: reader.location("connects-to"), "only a connector has 'connects-to'; \(reader.what) is a \(kind.rawValue)")
        }
        let step = FlowStep(
            id: id ?? StepID(""), kind: kind, lane: lane ?? Reference(LaneID("")),
            participants: reader.references("with"), stage: reader.enumeration("stage", Stage.self), text: text ?? "",
            inputs: reader.references("inputs"), outputs: reader.references("outputs"), next: next, isJoin: isJoin, branches: branches,
            cadence: reader.enumeration("cadence", Cadence.self) ?? .kegiatan, connectsTo: connectsTo,
            citation: citation(reader, source: source), note: reader.string("note"), waktu: reader.string("waktu"),
            location: reader.location)
        guard id != nil, lane != nil, text != nil else { return nil }
        return (step, reader.has("next"))
    }

    /// The step's text from the key its kind takes: `action` for activities, `question` for decisions,
    /// `label` (optional) for the other symbols.
    private func stepText(_ reader: MappingReader, kind: StepKind) -> String? {
        let own: String
        switch kind {
        case .activity: own = "action"
        case .decision: own = "question"
        case .start, .end, .connector: own = "label"
        }
        for other in ["action", "question", "label"] where other != own && reader.has(other) {
            context.error(.misplacedKey, at: reader.location(other),
                "\(reader.what) is a \(kind.rawValue), which takes '\(own)', not '\(other)'")
        }
        switch kind {
        case .activity, .decision: return reader.string(own, required: true)
        case .start: return reader.string(own) ?? "Mulai"
        case .end: return reader.string(own) ?? "Selesai"
        case .connector: return reader.string(own) ?? ""
        }
    }

    private func branch(_ node: Node, step: String) -> Branch? {
        guard let reader = MappingReader(node, what: "branch of \(step)", element: ProcessMapsFormat.branch, context: context) else {
            return nil
        }
        // An empty or missing label is reported by the validator ("branch N of decision … has no label").
        let label = reader.string("label")
        let target: Reference<StepID>? = reader.reference("to")
        let meaning = reader.enumeration("means", BranchMeaning.self)
        guard let target else { return nil }
        return Branch(label: label ?? "", target: target, meaning: meaning, location: reader.location)
    }
}
