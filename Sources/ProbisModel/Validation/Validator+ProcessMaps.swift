extension Validator {
    /// A peta proses: codes well formed, unique and nested under their parents; level and parent consistent;
    /// every `detail` resolves.
    func checkPetaProses(_ map: PetaProses) -> [Diagnostic] {
        let owner = map.header.id
        var out: [Diagnostic] = []
        var parentCode: String?
        if map.level > 0 && map.parent == nil {
            out.append(.error(.missingParent, at: map.header.location,
                "peta proses '\(owner)' is level \(map.level) but names no parent process (add 'parent: {map: …, code: …}')"))
        }
        if let parent = map.parent {
            parentCode = parent.code
            out += checkParent(parent, owner: owner, expectedLevel: map.level - 1)
        }
        for process in map.processes {
            if map.level == 0 && process.category == nil {
                out.append(.error(.missingCategory, at: process.location,
                    "process '\(process.code)' of level-0 map '\(owner)' names no category (inti, manajemen or pendukung)"))
            }
        }
        out += checkProcessTree(map.processes, parentCode: parentCode, owner: owner, encodes: map.header)
        return out
    }

    /// A peta subproses: its parent resolves and its processes are the parent's children.
    func checkPetaSubproses(_ map: PetaSubproses) -> [Diagnostic] {
        var out = checkParent(map.parent, owner: map.header.id, expectedLevel: nil)
        if map.processes.isEmpty {
            out.append(.error(.emptyMap, at: map.header.location, "peta subproses '\(map.header.id)' has no processes"))
        }
        out += checkProcessTree(map.processes, parentCode: map.parent.code, owner: map.header.id, encodes: map.header)
        return out
    }

    private func checkParent(_ parent: ProcessReference, owner: DocumentID, expectedLevel: Int?) -> [Diagnostic] {
        if let problem = checkDocumentReference(parent.map, from: "'\(owner)'", role: "parent map", kinds: [.petaProses]) {
            return [problem]
        }
        guard case let .petaProses(parentMap)? = library.document(parent.map.id) else { return [] }
        var out: [Diagnostic] = []
        let codes = parentMap.allProcesses.map(\.code)
        if !codes.contains(parent.code) {
            out.append(.error(.danglingReference, at: parent.location,
                "'\(owner)' names parent process '\(parent.code)', which is not a process of '\(parentMap.header.id)'\(Suggestion.hint(for: parent.code, in: codes))"))
        }
        if let expectedLevel, parentMap.level != expectedLevel {
            out.append(.error(.levelMismatch, at: parent.map.location,
                "'\(owner)' is level \(expectedLevel + 1) but its parent map '\(parentMap.header.id)' is level \(parentMap.level)"))
        }
        return out
    }

    private func checkProcessTree(_ roots: [ProcessNode], parentCode: String?, owner: DocumentID, encodes header: DocumentHeader) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var seen: [String: SourceLocation?] = [:]
        var stack: [(node: ProcessNode, parent: String?)] = roots.reversed().map { ($0, parentCode) }
        while let (node, parent) = stack.popLast() {
            if !Self.isWellFormedCode(node.code) {
                out.append(.error(.processCode, at: node.location,
                    "process code '\(node.code)' is not a dotted code of two-digit parts, e.g. '01' or '01.03.02'"))
            } else if let parent, !(node.code.hasPrefix(parent + ".") && Self.depth(node.code) == Self.depth(parent) + 1) {
                out.append(.error(.processCode, at: node.location,
                    "process code '\(node.code)' does not continue its parent's code '\(parent)' (expected '\(parent).NN')"))
            } else if parent == nil, Self.depth(node.code) != 1 {
                out.append(.error(.processCode, at: node.location,
                    "top process code '\(node.code)' of a level-0 map must have one part, e.g. '01'"))
            }
            if let earlier = seen[node.code] {
                let at = earlier.map { " (first at line \($0.line))" } ?? ""
                out.append(.error(.duplicateId, at: node.location, "duplicate process code '\(node.code)' in '\(owner)'\(at)"))
            } else {
                seen[node.code] = node.location
            }
            if let detail = node.detail,
               let problem = checkDocumentReference(detail, from: "process '\(node.code)'", role: "detail map",
                                                    kinds: [.petaProses, .petaSubproses, .petaLintasFungsi, .organizationType, .petaRelasi]) {
                out.append(problem)
            }
            if header.encodesRegulation && node.citation == nil {
                out.append(.error(.missingCitation, at: node.location,
                    "process '\(node.code)' encodes \(header.source!) but has no citation (add 'cite:')"))
            }
            stack += node.children.reversed().map { ($0, node.code) }
        }
        return out
    }

    /// The number of parts of a dotted code.
    static func depth(_ code: String) -> Int { code.split(separator: ".", omittingEmptySubsequences: false).count }

    /// Whether a code is two-digit parts joined by dots: `01`, `01.03`, `01.03.02`.
    static func isWellFormedCode(_ code: String) -> Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// A peta relasi: unique parties, relations between known parties, artifacts in a catalog.
    func checkPetaRelasi(_ map: PetaRelasi) -> [Diagnostic] {
        let owner = map.header.id
        var out = duplicates(map.parties.map { ($0.id, $0.location) }, what: "party", owner: owner)
        let ids = Set(map.parties.map(\.id))
        let names = map.parties.map(\.id.rawValue)
        for relation in map.relations {
            for end in [relation.from, relation.to] where !ids.contains(end.id) {
                out.append(.error(.danglingReference, at: end.location,
                    "relation '\(relation.label)' names party '\(end.id)', which is not a party of '\(owner)'\(Suggestion.hint(for: end.id.rawValue, in: names))"))
            }
            if let artifact = relation.artifact {
                out += checkArtifacts([artifact], owner: "relation '\(relation.label)'")
            }
            if map.header.encodesRegulation && relation.citation == nil {
                out.append(.error(.missingCitation, at: relation.location,
                    "relation '\(relation.label)' encodes \(map.header.source!) but has no citation (add 'cite:')"))
            }
        }
        if map.relations.isEmpty {
            out.append(.warning(.emptyMap, at: map.header.location, "peta relasi '\(owner)' has no relations"))
        }
        return out
    }
}
