import ProbisModel

extension BPMNGraphReader {
    /// The leaf lanes in document order (a lane with a child lane set names the `group` of its children)
    /// and each flow node's lane.
    struct Lanes {
        var lanes: [Lane]
        var assignment: [String: LaneID]
    }

    /// A lane id from a BPMN id: without the `lane_` prefix probis writes.
    static func laneID(_ id: String) -> LaneID {
        LaneID(id.hasPrefix("lane_") ? String(id.dropFirst(5)) : id)
    }

    func readLanes(_ reader: inout Reader, nodes: [String: XMLNode]) throws(Diagnostic) -> Lanes {
        var result = Lanes(lanes: [], assignment: [:])
        let elementIDs = Set(process.children.compactMap { $0.attribute("id") })
        func walk(_ laneSet: XMLNode, group: String?) throws(Diagnostic) {
            for lane in laneSet.children("lane", in: model) {
                let id = lane.attribute("id") ?? "lane-\(result.lanes.count + 1)"
                let name = lane.attribute("name").flatMap { $0.isEmpty ? nil : $0 } ?? id
                if let child = lane.child("childLaneSet", in: model) {
                    try walk(child, group: name)
                    continue
                }
                let laneID = Self.laneID(id)
                result.lanes.append(Lane(id: laneID, title: name, role: lane.attribute("role").flatMap(LaneRole.init(rawValue:)), group: group))
                for ref in lane.children("flowNodeRef", in: model) {
                    let node = ref.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    guard nodes[node] != nil else {
                        if elementIDs.contains(node) { continue }
                        throw .error(.bpmnMissingNode, at: at(ref), "lane '\(id)' lists '\(node)', which is not a flow node of the process")
                    }
                    result.assignment[node] = laneID
                }
            }
        }
        for laneSet in process.children("laneSet", in: model) { try walk(laneSet, group: nil) }
        if result.lanes.isEmpty {
            result.lanes = [Lane(id: "pelaksana", title: title)]
            for id in nodes.keys { result.assignment[id] = "pelaksana" }
        } else {
            for (id, node) in nodes.sorted(by: { $0.key < $1.key }) where result.assignment[id] == nil {
                reader.warnings.append(.warning(.bpmnNotRepresented, at: at(node), "'\(id)' is in no lane; placed in lane '\(result.lanes[0].id)'"))
            }
        }
        return result
    }
}
