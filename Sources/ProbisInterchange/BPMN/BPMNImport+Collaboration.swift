import ProbisModel

extension Reader {
    /// The processes of a collaboration's participants joined into one process, for a file with two or more
    /// participants whose processes have flow nodes (as probis writes a map whose lanes fall into several
    /// groups): each participant becomes a parent lane (its name the `group` of its lanes), and each message
    /// flow from a message end event to a message start event becomes sequence flows from what precedes the
    /// end event to what follows the start event, the two events dropped. Message flows between other elements
    /// are left out with a warning; one naming an element that no participant's process holds (nor a
    /// participant) stops the import (``Diagnostic/Code/bpmnMissingNode``).
    ///
    /// - Parameters:
    ///   - pools: each participant with its process, in the collaboration's order.
    ///   - messageFlows: the collaboration's message flows.
    /// - Returns: one process element to read as a peta lintas fungsi.
    mutating func merged(_ pools: [(participant: XMLNode, process: XMLNode)], messageFlows: [XMLNode]) throws(Diagnostic) -> XMLNode {
        var elements: [String: XMLNode] = [:]
        for (_, process) in pools { for child in process.children { if let id = child.attribute("id") { elements[id] = child } } }
        let model = self.model
        let hasMessage = { (node: XMLNode) in node.child("messageEventDefinition", in: model) != nil }
        var joined: [(send: String, receive: String)] = []
        let known = Array(elements.keys) + pools.compactMap { $0.participant.attribute("id") }
        for flow in messageFlows {
            for (key, role) in [("sourceRef", "source"), ("targetRef", "target")] {
                let ref = flow.attribute(key) ?? ""
                guard !known.contains(ref) else { continue }
                throw .error(.bpmnMissingNode, at: at(flow), "message flow '\(flow.attribute("id") ?? "?")' has \(role) '\(ref)', which is not an element of a participant's process\(Suggestion.hint(for: ref, in: known))")
            }
            guard let source = flow.attribute("sourceRef"), let target = flow.attribute("targetRef"),
                  let send = elements[source], let receive = elements[target],
                  send.name == "endEvent", receive.name == "startEvent", hasMessage(send), hasMessage(receive)
            else {
                leaveOut(flow, "only a message flow from a message end event to a message start event becomes a flow between steps")
                continue
            }
            joined.append((source, target))
        }
        let dropped = Set(joined.flatMap { [$0.send, $0.receive] })
        var flows: [XMLNode] = []
        var laneSet = XMLNode(namespace: model, name: "laneSet", attributes: ["id": "laneset"], children: [], text: "", line: 1, column: 1)
        for (participant, process) in pools {
            let id = participant.attribute("id") ?? "participant"
            let name = participant.attribute("name") ?? process.attribute("name") ?? id
            var children = process.children("laneSet", in: model).flatMap { $0.children("lane", in: model) }.map { withoutRefs($0, to: dropped) }
            if children.isEmpty {
                let refs = process.children.filter { BPMNGraphReader.flowNodeNames.contains($0.name) }.compactMap { $0.attribute("id") }.filter { !dropped.contains($0) }
                    .map { XMLNode(namespace: model, name: "flowNodeRef", attributes: [:], children: [], text: $0, line: participant.line, column: participant.column) }
                children = [XMLNode(namespace: model, name: "lane", attributes: ["id": "lane_" + id, "name": name], children: refs, text: "", line: participant.line, column: participant.column)]
            }
            let childSet = XMLNode(namespace: model, name: "childLaneSet", attributes: ["id": "laneset_" + id], children: children, text: "", line: participant.line, column: participant.column)
            laneSet.children.append(XMLNode(namespace: model, name: "lane", attributes: ["id": id, "name": name], children: [childSet], text: "", line: participant.line, column: participant.column))
            flows += process.children("sequenceFlow", in: model)
        }
        var result = XMLNode(namespace: model, name: "process", attributes: pools[0].process.attributes, children: [laneSet], text: "", line: pools[0].process.line, column: pools[0].process.column)
        var ordered: [(order: Int, node: XMLNode)] = []
        for (_, process) in pools {
            for child in process.children where child.name != "laneSet" && child.name != "sequenceFlow" {
                if let id = child.attribute("id"), dropped.contains(id) { continue }
                // probis writes the map's step order (`probis:order`) on the steps of a collaboration.
                if let order = child.attribute("order").flatMap(Int.init) { ordered.append((order, child)) } else { result.children.append(child) }
            }
        }
        result.children += ordered.sorted { $0.order < $1.order }.map(\.node)
        // Flows into a message end event continue from its message start event's successors.
        for flow in flows {
            guard let source = flow.attribute("sourceRef"), let target = flow.attribute("targetRef"), !dropped.contains(source) else { continue }
            guard let pair = joined.first(where: { $0.send == target }) else {
                result.children.append(flow)
                continue
            }
            let onward = flows.filter { $0.attribute("sourceRef") == pair.receive }
            for (index, next) in onward.enumerated() {
                var copy = flow
                copy.attributes["targetRef"] = next.attribute("targetRef")
                if index > 0 { copy.attributes["id"] = (flow.attribute("id") ?? "flow") + "__\(index + 1)" }
                result.children.append(copy)
            }
        }
        return result
    }

    /// A lane without the flow node references to the dropped message events, at every depth.
    private func withoutRefs(_ lane: XMLNode, to dropped: Set<String>) -> XMLNode {
        var copy = lane
        copy.children = lane.children.compactMap { child in
            if child.name == "flowNodeRef", dropped.contains(child.text.trimmingCharacters(in: .whitespacesAndNewlines)) { return nil }
            return child.children.isEmpty ? child : withoutRefs(child, to: dropped)
        }
        return copy
    }
}
