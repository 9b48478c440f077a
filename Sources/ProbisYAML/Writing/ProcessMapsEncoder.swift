import ProbisModel
import Yams

/// Writes model documents as ProcessMaps YAML, in the key order of the format documentation.
///
/// Reading a written document gives back an equal document (`ProcessMapsDecoder`); the text is stable
/// for equal documents. Lines are not wrapped, except in scenarios, which wrap near
/// ``scenarioLineWidth`` columns so that their long generated descriptions read and diff well.
public enum ProcessMapsEncoder {
    /// The column after which a scenario's lines wrap (at a space).
    public static let scenarioLineWidth = 100

    /// The YAML text of a document.
    public static func encode(_ document: Document) -> String {
        let node = DocumentWriter().document(document)
        let width = document.kind == .scenario ? scenarioLineWidth : -1
        // Serializing a tree of plain strings cannot fail; fall back to an empty text rather than trap.
        return (try? Yams.serialize(node: node, width: width, allowUnicode: true, sortKeys: false)) ?? ""
    }
}

/// Builds the node tree of each document kind.
struct DocumentWriter {
    func document(_ document: Document) -> Node {
        var builder = header(document.header)
        switch document {
        case let .region(region):
            if region.profile != region.header.id.rawValue { builder.add("profile", region.profile) }
            if let regulation = region.regulation {
                var nested = NodeBuilder(ProcessMapsFormat.regulation)
                nested.add("title", regulation.title)
                nested.add("short-title", regulation.shortTitle)
                nested.add("source", regulation.source)
                builder.add("regulation", node: nested.node)
            }
        case let .artifactCatalog(catalog):
            builder.add("artifacts", nodes: catalog.artifacts.map { artifact($0, source: catalog.header.source) })
        case let .organizationType(type):
            builder.add("structure-levels", type.structureLevels)
            builder.add("positions", nodes: type.positions.map { position($0, source: type.header.source) })
            if let flow = type.flow {
                var nested = NodeBuilder(ProcessMapsFormat.flow)
                if flow.lanes != OrganizationType.defaultLanes(for: type.positions) { nested.add("lanes", nodes: flow.lanes.map { lane($0, positions: type.positions) }) }
                nested.add("steps", nodes: steps(flow, source: type.header.source))
                nested.add("sop", node: sopNode(flow.sop))
                builder.add("flow", node: nested.node)
            }
        case let .organization(organization):
            addOrganization(organization, to: &builder)
        case let .petaLintasFungsi(map):
            builder.add("organization", map.organization)
            if let mechanism = map.mechanism {
                var nested = NodeBuilder(ProcessMapsFormat.mechanism)
                nested.add("kind", mechanism.kind.rawValue)
                nested.add("scope", mechanism.scope?.rawValue)
                nested.add("mode", mechanism.mode?.rawValue)
                builder.add("mechanism", node: nested.node)
            }
            builder.add("lanes", nodes: map.flow.lanes.map { lane($0, positions: []) })
            builder.add("steps", nodes: steps(map.flow, source: map.header.source))
            builder.add("sop", node: sopNode(map.flow.sop))
        case let .petaProses(map):
            builder.add("level", map.level)
            builder.add("parent", node: map.parent.map(processReference))
            builder.add("processes", nodes: map.processes.map { process($0, source: map.header.source) })
        case let .petaSubproses(map):
            builder.add("parent", node: processReference(map.parent))
            builder.add("processes", nodes: map.processes.map { process($0, source: map.header.source) })
        case let .petaRelasi(map):
            builder.add("parties", nodes: map.parties.map(party))
            builder.add("relations", nodes: map.relations.map { relation($0, source: map.header.source) })
        case let .scenario(scenario):
            addScenario(scenario, to: &builder)
        }
        return builder.node
    }

    private func header(_ header: DocumentHeader) -> NodeBuilder {
        var builder = NodeBuilder(ProcessMapsFormat.document(header.kind))
        builder.add("kind", header.kind.rawValue)
        builder.add("id", header.id)
        builder.add("title", header.title)
        builder.add("region", header.region)
        builder.add("source", header.source)
        add(header.citation, to: &builder, source: header.source)
        if header.kind == .scenario {
            // Folded, so that a scenario's long generated description wraps (see `encode`).
            builder.add("description", node: header.description.map { Node($0, .implicit, .folded) })
        } else {
            builder.add("description", header.description)
        }
        return builder
    }

    /// `cite:` as a plain item when the document's source matches, else as `{source, item}`.
    private func add(_ citation: Citation?, to builder: inout NodeBuilder, source: String?) {
        guard let citation else { return }
        if citation.source == source {
            builder.add("cite", citation.item)
        } else {
            var nested = NodeBuilder(ProcessMapsFormat.citation)
            nested.add("source", citation.source)
            nested.add("item", citation.item)
            builder.add("cite", node: nested.node)
        }
    }

    private func artifact(_ artifact: Artifact, source: String?) -> Node {
        var builder = NodeBuilder(ProcessMapsFormat.artifact)
        builder.add("id", artifact.id)
        builder.add("title", artifact.title)
        builder.add("kind", artifact.kind.rawValue)
        builder.add("contents", artifact.contents)
        add(artifact.citation, to: &builder, source: source)
        return builder.node
    }

    private func position(_ position: Position, source: String?) -> Node {
        var builder = NodeBuilder(ProcessMapsFormat.position)
        builder.add("id", position.id)
        builder.add("title", position.title)
        builder.add("tier", position.tier.rawValue)
        if position.headcount != 1 { builder.add("headcount", position.headcount) }
        builder.add("reports-to", position.reportsTo)
        builder.add("assessor", position.assessor)
        builder.add("roles", position.roles.map(\.rawValue))
        if let qualifications = position.qualifications {
            var nested = NodeBuilder(ProcessMapsFormat.qualifications)
            nested.add("education", qualifications.education)
            nested.add("grade", qualifications.grade)
            nested.add("experience", qualifications.experience)
            builder.add("qualifications", node: nested.node)
        }
        builder.add("assumed", position.assumed)
        add(position.citation, to: &builder, source: source)
        builder.add("note", position.note)
        return builder.node
    }

    private func lane(_ lane: Lane, positions: [Position]) -> Node {
        var builder = NodeBuilder(ProcessMapsFormat.lane)
        builder.add("id", lane.id)
        let position = positions.first { $0.id.rawValue == lane.id.rawValue }
        let standsForPosition = position != nil && lane.positions.map(\.id) == [position!.id] && lane.role == nil
        if !(standsForPosition && lane.title == position!.title) && !(lane.role?.title == lane.title) {
            builder.add("title", lane.title)
        }
        if !standsForPosition { builder.add("positions", lane.positions) }
        builder.add("role", lane.role?.rawValue)
        builder.add("group", lane.group)
        return builder.node
    }

    private func steps(_ flow: CrossFunctionalMap, source: String?) -> [Node] {
        flow.steps.enumerated().map { index, step in
            var builder = NodeBuilder(ProcessMapsFormat.step)
            builder.add("id", step.id)
            if step.kind != .activity { builder.add("type", step.kind.rawValue) }
            builder.add("lane", step.lane)
            builder.add("with", step.participants)
            builder.add("stage", step.stage?.rawValue)
            switch step.kind {
            case .activity: builder.add("action", step.text)
            case .decision: builder.add("question", step.text)
            case .start: if step.text != "Mulai" { builder.add("label", step.text) }
            case .end: if step.text != "Selesai" { builder.add("label", step.text) }
            case .connector: if !step.text.isEmpty { builder.add("label", step.text) }
            }
            if step.cadence != .kegiatan { builder.add("cadence", step.cadence.rawValue) }
            builder.add("inputs", step.inputs)
            builder.add("outputs", step.outputs)
            builder.add("connects-to", step.connectsTo)
            if step.kind != .decision && step.kind != .end {
                let following = index + 1 < flow.steps.count ? [flow.steps[index + 1].id] : []
                let implicit = (step.kind == .connector && step.connectsTo != nil) ? [] : following
                let next = step.next.map(\.id)
                if next != implicit {
                    if next.isEmpty {
                        builder.addEmptyList("next")
                    } else {
                        builder.add("next", step.next)
                    }
                }
            }
            if step.isJoin { builder.add("join", true) }
            builder.add("branches", nodes: step.branches.map { branch in
                var nested = NodeBuilder(ProcessMapsFormat.branch)
                nested.add("label", branch.label)
                nested.add("to", branch.target)
                nested.add("means", branch.meaning?.rawValue)
                return nested.node
            })
            builder.add("waktu", step.waktu)
            add(step.citation, to: &builder, source: source)
            builder.add("note", step.note)
            return builder.node
        }
    }

    private func processReference(_ reference: ProcessReference) -> Node {
        var builder = NodeBuilder(ProcessMapsFormat.processParent)
        builder.add("map", reference.map)
        builder.add("code", reference.code)
        return builder.node
    }

    private func process(_ process: ProcessNode, source: String?) -> Node {
        var builder = NodeBuilder(ProcessMapsFormat.process)
        builder.add("code", process.code)
        builder.add("title", process.title)
        builder.add("category", process.category?.rawValue)
        if !process.sipoc.isEmpty {
            var nested = NodeBuilder(ProcessMapsFormat.sipoc)
            nested.add("suppliers", process.sipoc.suppliers)
            nested.add("inputs", process.sipoc.inputs)
            nested.add("outputs", process.sipoc.outputs)
            nested.add("customers", process.sipoc.customers)
            builder.add("sipoc", node: nested.node)
        }
        builder.add("detail", process.detail)
        builder.add("assumed", process.assumed)
        add(process.citation, to: &builder, source: source)
        builder.add("children", nodes: process.children.map { self.process($0, source: source) })
        return builder.node
    }

    private func party(_ party: Party) -> Node {
        var builder = NodeBuilder(ProcessMapsFormat.party)
        builder.add("id", party.id)
        builder.add("title", party.title)
        builder.add("kind", party.kind.rawValue)
        builder.add("group", party.group)
        return builder.node
    }

    private func relation(_ relation: Relation, source: String?) -> Node {
        var builder = NodeBuilder(ProcessMapsFormat.relation)
        builder.add("from", relation.from)
        builder.add("to", relation.to)
        builder.add("label", relation.label)
        builder.add("artifact", relation.artifact)
        add(relation.citation, to: &builder, source: source)
        return builder.node
    }
}
