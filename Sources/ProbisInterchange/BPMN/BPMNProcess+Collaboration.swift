import ProbisModel

extension BPMNProcess {
    /// A message flow between two participants: a letter passed from one lane group (instansi, unit) to another.
    public struct MessageFlow: Hashable, Sendable {
        /// The BPMN id (`messageflow_N`).
        public var id: String
        /// The sending message end event's id.
        public var source: String
        /// The receiving message start event's id.
        public var target: String
        /// The message's name: the sending activity's first output artifact (the letter), else "Pesan kepada"
        /// and the receiving group; numbered "(2)", "(3)" when an earlier message has the name.
        public var name: String

        /// Creates a message flow.
        public init(id: String, source: String, target: String, name: String) {
            self.id = id
            self.source = source
            self.target = target
            self.name = name
        }
    }

    /// Each lane's participant (the index of its lane group) when lanes can be drawn as a collaboration of
    /// several pools: two or more lane groups, every lane in a titled group, no group title used twice (a group
    /// whose lanes are not adjacent stays one pool with nested lanes). Nil otherwise.
    static func participants(of lanes: [Lane]) -> [LaneID: Int]? {
        let groups = BPMNProcess(name: "", lanes: lanes, nodes: [], flows: []).laneGroups
        let titles = groups.compactMap(\.title)
        guard groups.count >= 2, titles.count == groups.count, Set(titles).count == titles.count else { return nil }
        var result: [LaneID: Int] = [:]
        for (index, group) in groups.enumerated() { for lane in group.lanes { result[lane.id] = index } }
        return result
    }

    /// Whether the process is written as one participant per lane group with message flows between them.
    public var isCollaboration: Bool { participantOfLane != nil }

    /// Each lane's participant, for a process split by ``splitIntoParticipants(messageName:)``; nil for one pool.
    public var participantOfLane: [LaneID: Int]? { participantLanes }

    /// The participant (lane group index) of a node; 0 for a one-pool process.
    func participant(of node: String) -> Int {
        guard let lanes = participantOfLane, let lane = self.node(node)?.lane else { return 0 }
        return lanes[lane] ?? 0
    }

    /// Cuts every sequence flow between two lane groups into a message end event on the sending side, a
    /// message flow, and a message start event on the receiving side, so that each group's process starts and
    /// ends on its own; flows are numbered again in order. Does nothing when the lanes do not form separate
    /// groups (``participants(of:)``).
    ///
    /// - Parameter messageName: the message's name for a flow that crosses groups.
    mutating func splitIntoParticipants(messageName: (Flow) -> String) {
        guard let participants = Self.participants(of: lanes) else { return }
        participantLanes = participants
        let laneOf = Dictionary(nodes.map { ($0.id, $0.lane) }, uniquingKeysWith: { first, _ in first })
        var newNodes = nodes
        var newFlows: [Flow] = []
        for flow in flows {
            guard let source = laneOf[flow.source], let target = laneOf[flow.target], participants[source] != participants[target] else {
                newFlows.append(flow)
                continue
            }
            let number = messageFlows.count + 1
            // Message names are unique (bpmnlint reports root elements with the same name): a second message with
            // the same letter is numbered.
            var name = messageName(flow)
            let base = name
            var copy = 1
            while messageFlows.contains(where: { $0.name == name }) {
                copy += 1
                name = "\(base) (\(copy))"
            }
            let send = Node(id: "message_\(number)__send", kind: .endEvent, name: name, lane: source, message: "message_\(number)")
            let receive = Node(id: "message_\(number)__receive", kind: .startEvent, name: name, lane: target, message: "message_\(number)")
            let sourceIndex = newNodes.firstIndex { $0.id == flow.source }!
            newNodes.insert(send, at: newNodes.index(after: sourceIndex))
            newNodes.insert(receive, at: newNodes.firstIndex { $0.id == flow.target }!)
            newFlows.append(Flow(id: "", source: flow.source, target: send.id, name: flow.name, meaning: flow.meaning))
            newFlows.append(Flow(id: "", source: receive.id, target: flow.target))
            messageFlows.append(MessageFlow(id: "messageflow_\(number)", source: send.id, target: receive.id, name: name))
        }
        for index in newFlows.indices { newFlows[index].id = "flow_\(index + 1)" }
        nodes = newNodes
        flows = newFlows
    }

    /// The id of a data object reference, per participant in a collaboration (a letter's data object is drawn
    /// in each pool that uses it).
    func dataReference(_ artifact: ArtifactID, participant: Int) -> String {
        Self.dataReferenceID(artifact) + (isCollaboration ? "__p\(participant + 1)" : "")
    }

    /// The id of a data object, per participant in a collaboration.
    func dataObject(_ artifact: ArtifactID, participant: Int) -> String {
        Self.dataObjectID(artifact) + (isCollaboration ? "__p\(participant + 1)" : "")
    }

    /// The artifacts the nodes of one participant use, in first-use order.
    func artifacts(of participant: Int) -> [(id: ArtifactID, title: String)] {
        artifacts.filter { artifact in dataUses.contains { $0.artifact == artifact.id && self.participant(of: $0.node) == participant } }
    }
}
