import ProbisModel

extension BPMNProcess {
    /// The process of a peta lintas fungsi or stage flow.
    ///
    /// - Parameters:
    ///   - map: the lanes and steps.
    ///   - name: the pool's name, e.g. the document's title.
    ///   - artifactTitle: the catalog title of an artifact, or nil to use its id.
    ///   - participants: whether a map whose lanes fall into several groups becomes one participant per group
    ///     (``splitIntoParticipants(messageName:)``); false keeps one pool. A map with a parallel join keeps
    ///     one pool too: a branch that went to another pool comes back in a new process instance, which the
    ///     join in the first instance would wait for forever.
    public init(map: CrossFunctionalMap, name: String, participants: Bool = true, artifactTitle: (ArtifactID) -> String? = { _ in nil }) {
        var nodes: [Node] = []
        var flows: [Flow] = []
        var artifacts: [(id: ArtifactID, title: String)] = []
        var uses: [DataUse] = []
        // A join step gets a parallel gateway before it instead of an exclusive merge.
        let joins = Set(map.steps.filter(\.isJoin).map(\.id))
        let id = { (step: StepID) in BPMNProcess.xmlID(step.rawValue) }
        var incoming: [StepID: Int] = [:]
        for step in map.steps { for target in Set(step.successors) { incoming[target, default: 0] += 1 } }
        func addFlow(_ source: String, _ target: String, name: String? = nil, meaning: BranchMeaning? = nil) {
            flows.append(Flow(id: "flow_\(flows.count + 1)", source: source, target: target, name: name, meaning: meaning))
        }
        /// The node a flow into a step enters: the step's merge or join gateway when it has one.
        func entry(_ step: StepID) -> String {
            let isJoin = joins.contains(step)
            if isJoin { return id(step) + "__join" }
            return (incoming[step] ?? 0) >= 2 ? id(step) + "__merge" : id(step)
        }
        for step in map.steps {
            let nodeID = id(step.id)
            if joins.contains(step.id) {
                nodes.append(Node(id: nodeID + "__join", kind: .parallelGateway, lane: step.lane.id))
                addFlow(nodeID + "__join", nodeID)
            } else if (incoming[step.id] ?? 0) >= 2 {
                nodes.append(Node(id: nodeID + "__merge", kind: .exclusiveGateway, lane: step.lane.id))
                addFlow(nodeID + "__merge", nodeID)
            }
            let kind: NodeKind = switch step.kind {
            case .start: .startEvent
            case .end: .endEvent
            case .activity: .task
            case .decision: .exclusiveGateway
            case .connector: step.next.isEmpty ? .endEvent : .intermediateThrowEvent
            }
            let signalled = step.kind == .start && nodes.contains { $0.kind == .startEvent }
            nodes.append(Node(id: nodeID, kind: kind, name: step.text.isEmpty ? nil : step.text, lane: step.lane.id, step: step.id, signalled: signalled,
                              isConnector: step.kind == .connector, connectsTo: step.connectsTo?.id))
            if step.kind == .decision {
                for branch in step.branches { addFlow(nodeID, entry(branch.target.id), name: branch.label, meaning: branch.meaning) }
            } else if step.isSplit {
                nodes.append(Node(id: nodeID + "__split", kind: .parallelGateway, lane: step.lane.id))
                addFlow(nodeID, nodeID + "__split")
                for target in step.next { addFlow(nodeID + "__split", entry(target.id)) }
            } else {
                for target in step.next { addFlow(nodeID, entry(target.id)) }
            }
            guard kind == .task else { continue }
            for (list, isOutput) in [(step.inputs, false), (step.outputs, true)] {
                for artifact in list {
                    if !artifacts.contains(where: { $0.id == artifact.id }) {
                        artifacts.append((artifact.id, artifactTitle(artifact.id) ?? artifact.id.rawValue))
                    }
                    uses.append(DataUse(node: nodeID, artifact: artifact.id, isOutput: isOutput))
                }
            }
        }
        self.init(name: name, lanes: map.lanes, nodes: nodes, flows: flows, artifacts: artifacts, dataUses: uses)
        guard participants, !map.steps.contains(where: \.isJoin) else { return }
        let steps = Dictionary(map.steps.map { (id($0.id), $0) }, uniquingKeysWith: { first, _ in first })
        let groups = Dictionary(map.lanes.map { ($0.id, $0.group ?? $0.title) }, uniquingKeysWith: { first, _ in first })
        let lanes = Dictionary(nodes.map { ($0.id, $0.lane) }, uniquingKeysWith: { first, _ in first })
        splitIntoParticipants { flow in
            // The letter: the sending activity's first output (a split gateway sends for the step before it).
            // Only activities' artifacts are exported, so only they name messages.
            let source = flow.source.hasSuffix("__split") ? String(flow.source.dropLast(7)) : flow.source
            if let step = steps[source], step.kind == .activity, let letter = step.outputs.first { return artifactTitle(letter.id) ?? letter.id.rawValue }
            return "Pesan kepada " + (lanes[flow.target].flatMap { groups[$0] } ?? flow.target)
        }
    }
}
