import ProbisModel

/// A peta lintas fungsi as BPMN 2.0 sees it: flow nodes with their lanes, sequence flows, lanes (grouped into
/// parent lanes for each lane `group`, e.g. an instansi or unit) and data objects for artifacts.
///
/// It is the one shape both directions share: ``init(map:name:artifactTitle:)`` builds it from a map for the
/// export, and the importer reads a BPMN file into it before turning it back into steps. The gateways that a
/// map leaves implicit are explicit here: a step reached from two or more places gets an exclusive merge
/// gateway before it (a parallel join when the step is marked as a join), and a step other than a decision
/// with two or more successors gets a parallel split gateway after it.
public struct BPMNProcess: Hashable, Sendable {
    /// The BPMN element a node is written as.
    public enum NodeKind: String, Hashable, Sendable, CaseIterable {
        /// A start step.
        case startEvent
        /// An end step, or a connector nothing follows.
        case endEvent
        /// An activity.
        case task
        /// A decision, or a merge before a step reached from several places.
        case exclusiveGateway
        /// A parallel split after a step, or a join before one.
        case parallelGateway
        /// A connector the flow continues after.
        case intermediateThrowEvent
    }

    /// One flow node.
    public struct Node: Hashable, Sendable {
        /// The BPMN id: the step id, or the step id with `__merge` / `__split` / `__join` for added gateways.
        public var id: String
        /// The BPMN element.
        public var kind: NodeKind
        /// The name shown in a modeler: the activity text, the decision's question, an event's label.
        public var name: String?
        /// The lane the node sits in.
        public var lane: LaneID
        /// The step the node stands for; nil for a gateway the export added.
        public var step: StepID?
        /// Where the element was written, for an imported file.
        public var location: SourceLocation?
        /// For a start event other than the map's first: started by a signal (the map's "sewaktu-waktu"
        /// starts), as BPMN allows one blank start event per process.
        public var signalled = false
        /// For a connector step: true (written `probis:kind="connector"`), so that an end or throw event
        /// comes back as a connector.
        public var isConnector = false
        /// For a connector step: the map the flow continues in (`probis:connects-to`).
        public var connectsTo: DocumentID?
        /// For a message start or end event of a collaboration: the id of the message it receives or sends.
        public var message: String? = nil
    }

    /// One sequence flow.
    public struct Flow: Hashable, Sendable {
        /// The BPMN id.
        public var id: String
        /// The source node's id.
        public var source: String
        /// The target node's id.
        public var target: String
        /// The label: a decision branch's label ("Ya", "Tidak").
        public var name: String?
        /// What taking the branch means, kept as the `probis:means` attribute.
        public var meaning: BranchMeaning?
        /// Where the element was written, for an imported file.
        public var location: SourceLocation?
    }

    /// An artifact a step reads or writes, drawn as a data object reference.
    public struct DataUse: Hashable, Sendable {
        /// The node (task) that uses the artifact.
        public var node: String
        /// The artifact.
        public var artifact: ArtifactID
        /// Whether the node produces it (a data output association) rather than reads it.
        public var isOutput: Bool
    }

    /// The participant's (pool's) name: the map's title.
    public var name: String
    /// The lanes in order, top to bottom.
    public var lanes: [Lane]
    /// Flow nodes in the order of the map's steps, each added gateway next to its step.
    public var nodes: [Node]
    /// Sequence flows in order.
    public var flows: [Flow]
    /// The artifacts used, in first-use order, with their titles.
    public var artifacts: [(id: ArtifactID, title: String)] {
        get { artifactList.map { ($0.id, $0.title) } }
        set { artifactList = newValue.map { ArtifactEntry(id: $0.id, title: $0.title) } }
    }
    /// Which nodes read or write which artifacts.
    public var dataUses: [DataUse]
    /// Message flows between participants, for a map exported as a collaboration (see ``isCollaboration``).
    public var messageFlows: [MessageFlow] = []
    /// Each lane's participant once the process is split into one process per lane group.
    var participantLanes: [LaneID: Int]? = nil

    private var artifactList: [ArtifactEntry]

    private struct ArtifactEntry: Hashable, Sendable {
        var id: ArtifactID
        var title: String
    }

    /// Creates a process from its parts (the importer's path).
    public init(name: String, lanes: [Lane], nodes: [Node], flows: [Flow], artifacts: [(id: ArtifactID, title: String)] = [], dataUses: [DataUse] = []) {
        self.name = name
        self.lanes = lanes
        self.nodes = nodes
        self.flows = flows
        self.artifactList = artifacts.map { ArtifactEntry(id: $0.id, title: $0.title) }
        self.dataUses = dataUses
    }

    /// Runs of consecutive lanes with the same group, in order (lanes keep their declared order, so a group
    /// whose lanes are not adjacent gives two runs); lanes without a group form runs titled nil.
    public var laneGroups: [(title: String?, lanes: [Lane])] {
        var groups: [(title: String?, lanes: [Lane])] = []
        for lane in lanes {
            if let last = groups.indices.last, groups[last].title == lane.group {
                groups[last].lanes.append(lane)
            } else {
                groups.append((lane.group, [lane]))
            }
        }
        return groups
    }

    /// The node with an id.
    public func node(_ id: String) -> Node? { nodes.first { $0.id == id } }

    /// The flows leaving a node, in order.
    public func outgoing(_ id: String) -> [Flow] { flows.filter { $0.source == id } }

    /// The flows entering a node, in order.
    public func incoming(_ id: String) -> [Flow] { flows.filter { $0.target == id } }

    /// A BPMN id (an XML NCName) for a model id: the id itself when it is one, else `_` and the id with each
    /// character outside `A–Z a–z 0–9 . - _` replaced by `_`.
    public static func xmlID(_ raw: String) -> String {
        let allowed = raw.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", ".", "-", "_": Character(scalar)
            default: "_"
            }
        }
        let text = String(allowed)
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) || first == "_"
        else { return "_" + text }
        return text
    }
}
