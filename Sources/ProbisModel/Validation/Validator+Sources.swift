extension Validator {
    /// The regulation texts of the library: those its regions' `regulation: source:` name, sorted.
    var regulationTexts: [String] {
        Array(Set(library.documents.compactMap { document -> String? in
            if case let .region(region) = document { return region.regulation?.source }
            return nil
        })).sorted()
    }

    /// `source:` must name a regulation text of the library: one that a region's `regulation: source:`
    /// names. (A library without regions, e.g. one file checked alone, names none, and nothing is checked.)
    func unknownSources() -> [Diagnostic] {
        let known = regulationTexts
        guard !known.isEmpty else { return [] }
        return library.documents.compactMap { document in
            let header = document.header
            guard let source = header.source, !known.contains(source) else { return nil }
            return .error(.unknownSource, at: header.sourceLocation ?? header.location,
                "'\(header.id)' names source '\(source)', which is not a regulation text of the library (the regions' texts: \(known.joined(separator: ", ")))\(Suggestion.hint(for: source, in: known))")
        }
    }

    /// A `cite: {source: …}` that names another text than its document's must name one of the library's too.
    func unknownCitedSources() -> [Diagnostic] {
        let known = regulationTexts
        guard !known.isEmpty else { return [] }
        return library.citedElements.compactMap { cited in
            let citation = cited.citation
            guard citation.source != library.document(cited.document)?.header.source, !known.contains(citation.source) else { return nil }
            return .error(.unknownSource, at: citation.location,
                "'\(cited.document)' cites '\(citation.item)' of '\(citation.source)', which is not a regulation text of the library\(Suggestion.hint(for: citation.source, in: known))")
        }
    }
}
