import ProbisModel

extension BPMNProcess {
    /// The BPMN 2.0 model namespace.
    public static let modelNamespace = "http://www.omg.org/spec/BPMN/20100524/MODEL"
    /// The namespace of probis's own attributes (`probis:role` on lanes, `probis:means` on branches), which
    /// modelers keep and ignore.
    public static let probisNamespace = "https://probis.id/ns/bpmn"

    /// The whole BPMN 2.0 document: definitions with one collaboration and participant, the executable
    /// process with its lane set, flow nodes, sequence flows and data objects, then the BPMNDI diagram.
    ///
    /// - Parameters:
    ///   - id: the document's id, used for the definitions id and the target namespace.
    ///   - diagram: where everything is drawn (``diagram(columns:)``).
    /// - Returns: the XML text; the same process and diagram give the same bytes.
    public func xml(id: String, diagram: BPMNDiagram) -> String {
        var w = XMLWriter()
        w.open("bpmn:definitions", [
            ("xmlns:bpmn", Self.modelNamespace), ("xmlns:bpmndi", "http://www.omg.org/spec/BPMN/20100524/DI"),
            ("xmlns:dc", "http://www.omg.org/spec/DD/20100524/DC"), ("xmlns:di", "http://www.omg.org/spec/DD/20100524/DI"),
            ("xmlns:probis", Self.probisNamespace), ("id", "definitions"),
            ("targetNamespace", "https://probis.id/maps/" + id), ("exporter", "probis"), ("exporterVersion", "0.1.0"),
        ])
        w.open("bpmn:collaboration", [("id", "collaboration"), ("name", isCollaboration ? name : nil)])
        let groups = laneGroups
        if isCollaboration {
            for (index, group) in groups.enumerated() {
                w.empty("bpmn:participant", [("id", "participant_\(index + 1)"), ("name", group.title), ("processRef", "process_\(index + 1)")])
            }
            for flow in messageFlows {
                w.empty("bpmn:messageFlow", [
                    ("id", flow.id), ("name", flow.name), ("sourceRef", flow.source), ("targetRef", flow.target),
                    ("messageRef", node(flow.source)?.message),
                ])
            }
            w.close("bpmn:collaboration")
            for flow in messageFlows {
                if let message = node(flow.source)?.message { w.empty("bpmn:message", [("id", message), ("name", flow.name)]) }
            }
            for (index, group) in groups.enumerated() { writeProcess(&w, id: "process_\(index + 1)", name: group.title ?? name, participant: index) }
        } else {
            w.empty("bpmn:participant", [("id", "participant"), ("name", name), ("processRef", "process")])
            w.close("bpmn:collaboration")
            writeProcess(&w, id: "process", name: name, participant: 0)
        }
        writeDiagram(&w, diagram)
        w.close("bpmn:definitions")
        return w.text
    }

    /// One process: the whole map's, or one participant's in a collaboration.
    private func writeProcess(_ w: inout XMLWriter, id: String, name: String, participant: Int) {
        let collaboration = isCollaboration
        let member = { (node: String) in !collaboration || self.participant(of: node) == participant }
        w.open("bpmn:process", [("id", id), ("name", name), ("isExecutable", "true")])
        writeLanes(&w, participant: collaboration ? participant : nil)
        writeNodes(&w, nodes.filter { member($0.id) })
        for flow in flows where member(flow.source) {
            w.empty("bpmn:sequenceFlow", [
                ("id", flow.id), ("name", flow.name), ("sourceRef", flow.source), ("targetRef", flow.target),
                ("probis:means", flow.meaning?.rawValue),
            ])
        }
        for artifact in collaboration ? artifacts(of: participant) : artifacts {
            w.empty("bpmn:dataObject", [("id", dataObject(artifact.id, participant: participant))])
            w.empty("bpmn:dataObjectReference", [
                ("id", dataReference(artifact.id, participant: participant)), ("name", artifact.title),
                ("dataObjectRef", dataObject(artifact.id, participant: participant)), ("probis:artifact", artifact.id.rawValue),
            ])
        }
        w.close("bpmn:process")
    }

    /// The lane set: every lane, with a parent lane per group; or, for one participant of a collaboration,
    /// the lanes of its group.
    private func writeLanes(_ w: inout XMLWriter, participant: Int?) {
        if let participant {
            w.open("bpmn:laneSet", [("id", "laneset_\(participant + 1)")])
            for lane in laneGroups[participant].lanes {
                w.open("bpmn:lane", [("id", Self.laneID(lane.id)), ("name", lane.title), ("probis:role", lane.role?.rawValue)])
                refs(&w, lane)
                w.close("bpmn:lane")
            }
            w.close("bpmn:laneSet")
            return
        }
        w.open("bpmn:laneSet", [("id", "laneset")])
        for (index, group) in laneGroups.enumerated() {
            if let title = group.title {
                w.open("bpmn:lane", [("id", "group_\(index + 1)"), ("name", title)])
                for lane in group.lanes { refs(&w, lane) }
                w.open("bpmn:childLaneSet", [("id", "laneset_group_\(index + 1)")])
            }
            for lane in group.lanes {
                w.open("bpmn:lane", [("id", Self.laneID(lane.id)), ("name", lane.title), ("probis:role", lane.role?.rawValue)])
                refs(&w, lane)
                w.close("bpmn:lane")
            }
            if group.title != nil {
                w.close("bpmn:childLaneSet")
                w.close("bpmn:lane")
            }
        }
        w.close("bpmn:laneSet")
    }

    private func refs(_ w: inout XMLWriter, _ lane: Lane) {
        for node in nodes where node.lane == lane.id { w.leaf("bpmn:flowNodeRef", node.id) }
    }

    private func writeNodes(_ w: inout XMLWriter, _ nodes: [Node]) {
        for node in nodes {
            let element = "bpmn:" + node.kind.rawValue
            w.open(element, [
                ("id", node.id), ("name", node.name), ("probis:kind", node.isConnector ? "connector" : nil),
                ("probis:connects-to", node.connectsTo?.rawValue),
                // A collaboration writes each group's steps in its own process: the map's step order is kept here.
                ("probis:order", isCollaboration && node.step != nil ? self.nodes.firstIndex { $0.id == node.id }.map { String($0 + 1) } : nil),
            ])
            for flow in incoming(node.id) { w.leaf("bpmn:incoming", flow.id) }
            for flow in outgoing(node.id) { w.leaf("bpmn:outgoing", flow.id) }
            if node.signalled { w.empty("bpmn:signalEventDefinition", [("id", node.id + "__signal")]) }
            if let message = node.message { w.empty("bpmn:messageEventDefinition", [("id", node.id + "__message"), ("messageRef", message)]) }
            let data = { (artifact: ArtifactID) in self.dataReference(artifact, participant: self.participant(of: node.id)) }
            let uses = dataUses.enumerated().filter { $0.element.node == node.id }
            if uses.contains(where: { !$0.element.isOutput }) {
                w.empty("bpmn:property", [("id", node.id + "__input"), ("name", "__targetRef_placeholder")])
            }
            for (index, use) in uses where !use.isOutput {
                w.open("bpmn:dataInputAssociation", [("id", Self.associationID(index))])
                w.leaf("bpmn:sourceRef", data(use.artifact))
                w.leaf("bpmn:targetRef", node.id + "__input")
                w.close("bpmn:dataInputAssociation")
            }
            for (index, use) in uses where use.isOutput {
                w.open("bpmn:dataOutputAssociation", [("id", Self.associationID(index))])
                w.leaf("bpmn:targetRef", data(use.artifact))
                w.close("bpmn:dataOutputAssociation")
            }
            w.close(element)
        }
    }

    private func writeDiagram(_ w: inout XMLWriter, _ diagram: BPMNDiagram) {
        w.open("bpmndi:BPMNDiagram", [("id", "diagram")])
        w.open("bpmndi:BPMNPlane", [("id", "plane"), ("bpmnElement", "collaboration")])
        let collaboration = isCollaboration
        if !collaboration { shape(&w, "participant", diagram.pool, [("isHorizontal", "true")]) }
        for (index, group) in laneGroups.enumerated() {
            if collaboration, let bounds = diagram.shapes["participant_\(index + 1)"] {
                shape(&w, "participant_\(index + 1)", bounds, [("isHorizontal", "true")])
            } else if group.title != nil, let bounds = diagram.shapes["group_\(index + 1)"] {
                shape(&w, "group_\(index + 1)", bounds, [("isHorizontal", "true")])
            }
            for lane in group.lanes {
                if let bounds = diagram.shapes[Self.laneID(lane.id)] { shape(&w, Self.laneID(lane.id), bounds, [("isHorizontal", "true")]) }
            }
        }
        for node in nodes {
            guard let bounds = diagram.shapes[node.id] else { continue }
            shape(&w, node.id, bounds, node.kind == .exclusiveGateway ? [("isMarkerVisible", "true")] : [])
        }
        for participant in collaboration ? Array(laneGroups.indices) : [0] {
            for artifact in collaboration ? artifacts(of: participant) : artifacts {
                let id = dataReference(artifact.id, participant: participant)
                if let bounds = diagram.shapes[id] { shape(&w, id, bounds, []) }
            }
        }
        for flow in flows {
            guard let points = diagram.edges[flow.id] else { continue }
            edge(&w, flow.id, points, label: diagram.labels[flow.id])
        }
        for index in dataUses.indices {
            if let points = diagram.associations[Self.associationID(index)] { edge(&w, Self.associationID(index), points, label: nil) }
        }
        for flow in messageFlows {
            if let points = diagram.edges[flow.id] { edge(&w, flow.id, points, label: nil) }
        }
        w.close("bpmndi:BPMNPlane")
        w.close("bpmndi:BPMNDiagram")
    }

    private func shape(_ w: inout XMLWriter, _ element: String, _ bounds: BPMNDiagram.Bounds, _ extra: [(String, String?)]) {
        w.open("bpmndi:BPMNShape", [("id", element + "_di"), ("bpmnElement", element)] + extra)
        bound(&w, bounds)
        w.close("bpmndi:BPMNShape")
    }

    private func edge(_ w: inout XMLWriter, _ element: String, _ points: [BPMNDiagram.Point], label: BPMNDiagram.Bounds?) {
        w.open("bpmndi:BPMNEdge", [("id", element + "_di"), ("bpmnElement", element)])
        for point in points { w.empty("di:waypoint", [("x", format(point.x)), ("y", format(point.y))]) }
        if let label {
            w.open("bpmndi:BPMNLabel")
            bound(&w, label)
            w.close("bpmndi:BPMNLabel")
        }
        w.close("bpmndi:BPMNEdge")
    }

    private func bound(_ w: inout XMLWriter, _ b: BPMNDiagram.Bounds) {
        w.empty("dc:Bounds", [("x", format(b.x)), ("y", format(b.y)), ("width", format(b.width)), ("height", format(b.height))])
    }
}
