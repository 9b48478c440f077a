extension Validator {
    /// `source:` must name a regulation text of the library: one that a region's `regulation: source:`
    /// names. (A library without regions, e.g. one file checked alone, names none, and nothing is checked.)
    func unknownSources() -> [Diagnostic] {
        let texts = library.documents.compactMap { document -> String? in
            if case let .region(region) = document { return region.regulation?.source }
            return nil
        }
        guard !texts.isEmpty else { return [] }
        let known = Array(Set(texts)).sorted()
        return library.documents.compactMap { document in
            let header = document.header
            guard let source = header.source, !known.contains(source) else { return nil }
            return .error(.unknownSource, at: header.sourceLocation ?? header.location,
                "'\(header.id)' names source '\(source)', which is not a regulation text of the library (the regions' texts: \(known.joined(separator: ", ")))\(Suggestion.hint(for: source, in: known))")
        }
    }

    /// A `cite: {source: …}` that names another text than its document's must name one of the library's too.
    func unknownCitedSources() -> [Diagnostic] {
        let texts = library.documents.compactMap { document -> String? in
            if case let .region(region) = document { return region.regulation?.source }
            return nil
        }
        guard !texts.isEmpty else { return [] }
        let known = Array(Set(texts)).sorted()
        var out: [Diagnostic] = []
        for document in library.documents {
            for citation in Self.citations(in: document) where citation.source != document.header.source && !known.contains(citation.source) {
                out.append(.error(.unknownSource, at: citation.location,
                    "'\(document.header.id)' cites '\(citation.item)' of '\(citation.source)', which is not a regulation text of the library\(Suggestion.hint(for: citation.source, in: known))"))
            }
        }
        return out
    }

    /// Every citation a document writes.
    static func citations(in document: Document) -> [Citation] {
        var all = [document.header.citation].compactMap { $0 }
        switch document {
        case let .artifactCatalog(catalog): all += catalog.artifacts.compactMap(\.citation)
        case let .organizationType(type):
            all += type.positions.compactMap(\.citation) + (type.flow?.steps.compactMap(\.citation) ?? [])
        case let .petaLintasFungsi(map): all += map.flow.steps.compactMap(\.citation)
        case let .petaProses(map): all += map.allProcesses.compactMap(\.citation)
        case let .petaSubproses(map): all += map.processes.flatMap(\.flattened).compactMap(\.citation)
        case let .petaRelasi(map): all += map.relations.compactMap(\.citation)
        case .region, .scenario, .organization: break
        }
        return all
    }
}
