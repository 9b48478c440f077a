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
}
