import ProbisModel

/// Turns one BPMN process element into lanes and steps (see ``BPMNImport``).
struct BPMNGraphReader {
    let file: String
    let process: XMLNode
    let title: String
    let model = BPMNImport.model
    static let flowNodeNames = BPMNImport.tasks.union(["startEvent", "endEvent", "intermediateThrowEvent", "exclusiveGateway", "parallelGateway"])
    static let structural: Set<String> = [
        "laneSet", "sequenceFlow", "dataObjectReference", "documentation", "extensionElements", "ioSpecification", "property",
    ]

    init(reader: Reader, process: XMLNode, title: String) {
        self.file = reader.file
        self.process = process
        self.title = title
    }

    func at(_ node: XMLNode) -> SourceLocation { SourceLocation(file: file, line: node.line, column: node.column) }

    /// The first element, in document order, whose meaning a map cannot hold, with the nearest element
    /// around it that has an id.
    func firstUnsupported(_ node: XMLNode, owner: XMLNode? = nil) -> (node: XMLNode, owner: XMLNode?)? {
        if node.namespace == model, BPMNImport.unsupported.contains(node.name) { return (node, owner) }
        for child in node.children {
            if let found = firstUnsupported(child, owner: node.attribute("id") != nil ? node : owner) { return found }
        }
        return nil
    }

    /// A step id from a BPMN id: the id without the `_` probis adds before ids that start with a digit.
    static func stepID(_ id: String) -> StepID {
        if id.hasPrefix("_"), let second = id.dropFirst().first, second.isNumber { return StepID(String(id.dropFirst())) }
        return StepID(id)
    }

    func read(into reader: inout Reader) throws(Diagnostic) -> BPMNImport.Result {
        if let (bad, owner) = firstUnsupported(process) {
            let what = bad.attribute("id").map { "\(bad.name) '\($0)'" }
                ?? "\(bad.name) of \(owner.map { "\($0.name)\($0.attribute("id").map { " '\($0)'" } ?? "")" } ?? "the process")"
            throw .error(.bpmnUnsupported, at: at(bad), "\(what) cannot be represented in a peta lintas fungsi (it has no compensation, sub-processes, boundary or catch events, inclusive, complex or event-based gateways); remove or replace it in the modeler")
        }
        // Flow nodes and flows.
        var nodes: [XMLNode] = []
        var flows: [XMLNode] = []
        var dataRefs: [String: XMLNode] = [:]
        for child in process.children where child.namespace == model {
            if Self.flowNodeNames.contains(child.name) { nodes.append(child) }
            else if child.name == "sequenceFlow" { flows.append(child) }
            else if child.name == "dataObjectReference", let id = child.attribute("id") { dataRefs[id] = child }
            else if child.name == "dataObject" { continue }
            else if BPMNImport.leftOut.contains(child.name) { reader.leaveOut(child, "a peta lintas fungsi has no place for it") }
            else if !Self.structural.contains(child.name) { reader.leaveOut(child, "not an element probis reads") }
        }
        // Flows name their ends by id: a flow node without one cannot be joined to the flow.
        if let node = nodes.first(where: { $0.attribute("id") == nil }) {
            throw .error(.bpmnMissingNode, at: at(node), "\(node.name) has no 'id', so no sequence flow can reach it; give it an id in the modeler")
        }
        let byID = Dictionary(nodes.compactMap { node in node.attribute("id").map { ($0, node) } }, uniquingKeysWith: { first, _ in first })
        var outgoing: [String: [XMLNode]] = [:], incoming: [String: [XMLNode]] = [:]
        for flow in flows {
            for (key, role) in [("sourceRef", "source"), ("targetRef", "target")] {
                guard let ref = flow.attribute(key), byID[ref] != nil else {
                    let value = flow.attribute(key).map { "'\($0)'" } ?? "nothing"
                    throw .error(.bpmnMissingNode, at: at(flow), "sequence flow '\(flow.attribute("id") ?? "?")' has \(role) \(value), which is not a flow node of the process\(Suggestion.hint(for: flow.attribute(key) ?? "", in: Array(byID.keys)))")
                }
            }
            outgoing[flow.attribute("sourceRef")!, default: []].append(flow)
            incoming[flow.attribute("targetRef")!, default: []].append(flow)
        }
        let lanes = try readLanes(&reader, nodes: byID)
        let isStep = { (node: XMLNode) -> Bool in
            switch node.name {
            case "exclusiveGateway": (outgoing[node.attribute("id")!] ?? []).count >= 2
            case "parallelGateway": false
            default: true
            }
        }

        // Where a flow into a node really leads: through merges, splits and joins to steps. Each gateway is
        // resolved once (chains of gateway diamonds would otherwise take exponential time); a gateway met
        // again while it is being resolved is a cycle of gateways and leads nowhere.
        var joins: Set<StepID> = []
        var resolved: [String: [StepID]] = [:]
        var inProgress: Set<String> = []
        func resolve(_ id: String) -> [StepID] {
            guard let node = byID[id] else { return [] }
            if isStep(node) { return [Self.stepID(id)] }
            if let known = resolved[id] { return known }
            guard inProgress.insert(id).inserted else { return [] }
            var targets: [StepID] = []
            for flow in outgoing[id] ?? [] {
                for target in resolve(flow.attribute("targetRef")!) where !targets.contains(target) { targets.append(target) }
            }
            if node.name == "parallelGateway", (incoming[id] ?? []).count >= 2 { joins.formUnion(targets) }
            inProgress.remove(id)
            resolved[id] = targets
            return targets
        }

        var steps: [FlowStep] = []
        for node in nodes where isStep(node) {
            let id = node.attribute("id")!
            let name = node.attribute("name").flatMap { $0.isEmpty ? nil : $0 }
            let lane = lanes.assignment[id] ?? lanes.lanes[0].id
            var step = FlowStep(id: Self.stepID(id), lane: Reference(lane), text: name ?? id)
            switch node.name {
            case "startEvent":
                step.kind = .start
                step.text = name ?? "Mulai"
                for definition in node.children where definition.name.hasSuffix("EventDefinition") && definition.name != "signalEventDefinition" {
                    reader.leaveOut(definition, "the start step keeps no trigger")
                }
            case "endEvent":
                step.kind = node.attribute("kind") == "connector" ? .connector : .end
                step.text = name ?? (step.kind == .end ? "Selesai" : "")
            case "intermediateThrowEvent":
                step.kind = .connector
                step.text = name ?? ""
            case "exclusiveGateway":
                step.kind = .decision
            default:
                step.kind = .activity
            }
            step.connectsTo = node.attribute("connects-to").map { Reference(DocumentID($0)) }
            if step.kind == .decision {
                for (index, flow) in (outgoing[id] ?? []).enumerated() {
                    let targets = resolve(flow.attribute("targetRef")!)
                    guard targets.count == 1 else {
                        throw .error(.bpmnUnsupported, at: at(flow), "branch '\(flow.attribute("id") ?? "?")' of decision '\(id)' leads to \(targets.count) steps at once; a decision's branch must lead to one step")
                    }
                    var label = flow.attribute("name") ?? ""
                    if label.isEmpty {
                        label = "Cabang \(index + 1)"
                        reader.warnings.append(.warning(.bpmnNotRepresented, at: at(flow), "branch '\(flow.attribute("id") ?? "?")' of decision '\(id)' has no name; labelled '\(label)'"))
                    }
                    step.branches.append(Branch(label: label, target: Reference(targets[0]), meaning: flow.attribute("means").flatMap(BranchMeaning.init(rawValue:))))
                }
            } else {
                var next: [StepID] = []
                for flow in outgoing[id] ?? [] {
                    for target in resolve(flow.attribute("targetRef")!) where !next.contains(target) { next.append(target) }
                }
                step.next = next.map { Reference($0) }
            }
            try readData(node, dataRefs: dataRefs, into: &step)
            steps.append(step)
        }
        for index in steps.indices where joins.contains(steps[index].id) { steps[index].isJoin = true }
        return BPMNImport.Result(title: title, map: CrossFunctionalMap(lanes: lanes.lanes, steps: steps), warnings: reader.warnings.sorted())
    }

    /// Inputs and outputs from a task's data associations.
    func readData(_ node: XMLNode, dataRefs: [String: XMLNode], into step: inout FlowStep) throws(Diagnostic) {
        func artifact(_ ref: XMLNode) throws(Diagnostic) -> Reference<ArtifactID> {
            let id = ref.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let data = dataRefs[id] else {
                throw .error(.bpmnMissingNode, at: at(ref), "data association of '\(node.attribute("id") ?? "?")' names '\(id)', which is not a data object reference of the process")
            }
            return Reference(ArtifactID(data.attribute("artifact") ?? Self.kebab(data.attribute("name") ?? id)))
        }
        for association in node.children("dataInputAssociation", in: model) {
            for source in association.children("sourceRef", in: model) { step.inputs.append(try artifact(source)) }
        }
        for association in node.children("dataOutputAssociation", in: model) {
            if let target = association.child("targetRef", in: model) { step.outputs.append(try artifact(target)) }
        }
    }

    /// An id in kebab case from a title: lower case letters and digits, runs of anything else as one `-`.
    static func kebab(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) { out.append(character) }
            else if !out.isEmpty && !out.hasSuffix("-") { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "artefak" : out
    }
}
