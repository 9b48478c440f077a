import ProbisModel
import Yams

extension DocumentReader {
    /// The deepest process tree a file may hold; real maps stop at level 4 or 5.
    static let maximumProcessDepth = 12

    /// `kind: peta-proses`.
    func petaProses(_ node: Node) -> Document? {
        guard var reader = root(node, kind: .petaProses) else { return nil }
        let header = self.header(&reader, kind: .petaProses)
        let level = reader.int("level", in: 0...20)
        let parent = processReference(reader)
        let processes = each(reader.list("processes")) { process($0, source: header?.source, depth: 1) }
        guard let header, let level else { return nil }
        return .petaProses(PetaProses(header: header, level: level, parent: parent, processes: processes))
    }

    /// `kind: peta-subproses`.
    func petaSubproses(_ node: Node) -> Document? {
        guard var reader = root(node, kind: .petaSubproses) else { return nil }
        let header = self.header(&reader, kind: .petaSubproses)
        if !reader.has("parent") { reader.missing("parent") }
        let parent = processReference(reader)
        let processes = each(reader.list("processes")) { process($0, source: header?.source, depth: 1) }
        guard let header, let parent else { return nil }
        return .petaSubproses(PetaSubproses(header: header, parent: parent, processes: processes))
    }

    private func processReference(_ reader: MappingReader) -> ProcessReference? {
        guard let nested = reader.mapping("parent", what: "'parent' of \(reader.what)", element: ProcessMapsFormat.processParent) else { return nil }
        let map: Reference<DocumentID>? = nested.reference("map")
        let code = nested.string("code")
        guard let map, let code else { return nil }
        return ProcessReference(map: map, code: code, location: nested.location("code"))
    }

    private func process(_ node: Node, source: String?, depth: Int) -> ProcessNode? {
        guard var reader = MappingReader(node, what: "process", element: ProcessMapsFormat.process, context: context) else { return nil }
        let code = reader.string("code")
        if let code { reader.what = "process '\(code)'" }
        let title = reader.string("title")
        let category = reader.enumeration("category", ProcessCategory.self)
        var sipoc = SIPOC()
        if let nested = reader.mapping("sipoc", what: "'sipoc' of \(reader.what)", element: ProcessMapsFormat.sipoc) {
            sipoc = SIPOC(suppliers: nested.strings("suppliers"), inputs: nested.strings("inputs"),
                          outputs: nested.strings("outputs"), customers: nested.strings("customers"))
        }
        let detail: Reference<DocumentID>? = reader.reference("detail")
        var children: [ProcessNode] = []
        if depth >= Self.maximumProcessDepth, reader.has("children") {
            context.error(.tooDeep, at: reader.location("children"),
                "processes nest deeper than \(Self.maximumProcessDepth) levels; split the map into child maps with 'detail:'")
        } else {
            children = each(reader.list("children")) { process($0, source: source, depth: depth + 1) }
        }
        let assumed = self.assumed(reader)
        let citation = self.citation(reader, source: source)
        guard let code, let title else { return nil }
        return ProcessNode(code: code, title: title, category: category, sipoc: sipoc, detail: detail,
                           children: children, assumed: assumed, citation: citation, location: reader.location)
    }

    /// `kind: peta-relasi`.
    func petaRelasi(_ node: Node) -> Document? {
        guard var reader = root(node, kind: .petaRelasi) else { return nil }
        let header = self.header(&reader, kind: .petaRelasi)
        let parties = each(reader.list("parties")) { party($0) }
        let relations = each(reader.list("relations")) { relation($0, source: header?.source) }
        guard let header else { return nil }
        return .petaRelasi(PetaRelasi(header: header, parties: parties, relations: relations))
    }

    private func party(_ node: Node) -> Party? {
        guard var reader = MappingReader(node, what: "party", element: ProcessMapsFormat.party, context: context) else { return nil }
        let id: PartyID? = identifier(reader, "id")
        if let id { reader.what = "party '\(id)'" }
        let title = reader.string("title")
        let kind = reader.enumeration("kind", Party.Kind.self)
        let group = reader.string("group")
        guard let id, let title, let kind else { return nil }
        return Party(id: id, title: title, kind: kind, group: group, location: reader.location)
    }

    private func relation(_ node: Node, source: String?) -> Relation? {
        guard var reader = MappingReader(node, what: "relation", element: ProcessMapsFormat.relation, context: context) else { return nil }
        let label = reader.string("label")
        if let label { reader.what = "relation '\(label)'" }
        let from: Reference<PartyID>? = reader.reference("from")
        let to: Reference<PartyID>? = reader.reference("to")
        let artifact: Reference<ArtifactID>? = reader.reference("artifact")
        let citation = self.citation(reader, source: source)
        guard let label, let from, let to else { return nil }
        return Relation(from: from, to: to, label: label, artifact: artifact, citation: citation, location: reader.location)
    }
}
