/// Checks a library for what the file format cannot express: unique ids across files, references that
/// resolve, flows that can be walked from start to end, and citations where a document encodes a
/// regulation. Regional rules are separate (`RuleBook`).
///
/// Messages are one line, in English, quote the offending value and suggest a fix where one is obvious.
public struct Validator: Sendable {
    /// The library checked.
    public let library: Library

    /// Creates a validator for a library.
    public init(library: Library) { self.library = library }

    /// Validates every document and the library as a whole; diagnostics sorted by location.
    public static func validate(_ library: Library) -> [Diagnostic] {
        Validator(library: library).run()
    }

    /// Runs every check.
    public func run() -> [Diagnostic] {
        var out: [Diagnostic] = []
        out += duplicateDocumentIDs()
        out += duplicateArtifactIDs()
        out += unknownSources()
        out += unknownCitedSources()
        for document in library.documents {
            out += checkHeader(document)
            switch document {
            case .region: break
            case let .artifactCatalog(catalog): out += checkCatalog(catalog)
            case let .organizationType(type): out += checkOrganizationType(type)
            case let .organization(organization): out += checkOrganization(organization)
            case let .petaLintasFungsi(map): out += checkLintasFungsi(map)
            case let .petaProses(map): out += checkPetaProses(map)
            case let .petaSubproses(map): out += checkPetaSubproses(map)
            case let .petaRelasi(map): out += checkPetaRelasi(map)
            case let .scenario(scenario): out += checkScenario(scenario)
            }
        }
        return out.sorted()
    }

    // MARK: Library-wide uniqueness

    private func duplicateDocumentIDs() -> [Diagnostic] {
        var first: [DocumentID: DocumentHeader] = [:]
        var out: [Diagnostic] = []
        for document in library.documents {
            let header = document.header
            if let earlier = first[header.id] {
                out.append(.error(.duplicateId, at: header.location,
                    "duplicate document id '\(header.id)': already used by \(place(earlier.location, earlier.file))"))
            } else {
                first[header.id] = header
            }
        }
        return out
    }

    private func duplicateArtifactIDs() -> [Diagnostic] {
        var first: [ArtifactID: Artifact] = [:]
        var out: [Diagnostic] = []
        for case let .artifactCatalog(catalog) in library.documents {
            for artifact in catalog.artifacts {
                if let earlier = first[artifact.id] {
                    out.append(.error(.duplicateId, at: artifact.location,
                        "duplicate artifact id '\(artifact.id)': already used at \(place(earlier.location, nil))"))
                } else {
                    first[artifact.id] = artifact
                }
            }
        }
        return out
    }

    // MARK: Headers and catalogs

    private func checkHeader(_ document: Document) -> [Diagnostic] {
        let header = document.header
        var out: [Diagnostic] = []
        if let region = header.region {
            if library.region(region.id) == nil {
                let regions = library.documents.filter { $0.kind == .region }.map(\.id.rawValue)
                out.append(.error(.danglingReference, at: region.location,
                    "'\(header.id)' names region '\(region.id)', which is not a region of the library\(Suggestion.hint(for: region.id.rawValue, in: regions))"))
            }
        }
        if header.encodesRegulation, header.citation == nil, document.kind != .region, document.kind != .artifactCatalog {
            out.append(.error(.missingCitation, at: header.location,
                "'\(header.id)' encodes \(header.source!) but has no citation (add 'cite:' with the Pasal or Lampiran item)"))
        }
        return out
    }

    private func checkCatalog(_ catalog: ArtifactCatalog) -> [Diagnostic] {
        guard catalog.header.encodesRegulation else { return [] }
        return catalog.artifacts.filter { $0.citation == nil && !$0.contents.isEmpty }.map { artifact in
            .error(.missingCitation, at: artifact.location,
                   "artifact '\(artifact.id)' lists required contents from \(catalog.header.source!) but has no citation")
        }
    }

    // MARK: Helpers shared by the checks

    /// `file:line:col` of an earlier definition, or its file, or "another document".
    func place(_ location: SourceLocation?, _ file: String?) -> String {
        location.map(\.description) ?? file ?? "another document"
    }

    /// Reports references to documents that do not exist or are not of an expected kind.
    func checkDocumentReference(
        _ reference: Reference<DocumentID>, from owner: String, role: String, kinds: Set<DocumentKind>
    ) -> Diagnostic? {
        guard let target = library.document(reference.id) else {
            let candidates = library.documents.filter { kinds.contains($0.kind) }.map(\.id.rawValue)
            return .error(.danglingReference, at: reference.location,
                "\(owner) names \(role) '\(reference.id)', which is not a document of the library\(Suggestion.hint(for: reference.id.rawValue, in: candidates))")
        }
        guard kinds.contains(target.kind) else {
            let expected = kinds.map(\.rawValue).sorted().joined(separator: " or ")
            return .error(.wrongReferenceKind, at: reference.location,
                "\(owner) names \(role) '\(reference.id)', which is a \(target.kind.rawValue), not a \(expected)")
        }
        return nil
    }

    /// Reports artifact references that are in no catalog.
    func checkArtifacts(_ references: [Reference<ArtifactID>], owner: String) -> [Diagnostic] {
        let known = library.artifactIDs
        return references.filter { !known.contains($0.id) }.map { reference in
            .error(.danglingReference, at: reference.location,
                "\(owner) names artifact '\(reference.id)', which is in no artifact catalog\(Suggestion.hint(for: reference.id.rawValue, in: known.map(\.rawValue).sorted()))")
        }
    }

    /// Reports ids that occur more than once in a list.
    func duplicates<ID: ModelIdentifier>(
        _ items: [(id: ID, location: SourceLocation?)], what: String, owner: DocumentID
    ) -> [Diagnostic] {
        var first: [ID: SourceLocation?] = [:]
        var out: [Diagnostic] = []
        for item in items {
            if let earlier = first[item.id] {
                let at = earlier.map { " (first at line \($0.line))" } ?? ""
                out.append(.error(.duplicateId, at: item.location,
                    "duplicate \(what) id '\(item.id)' in '\(owner)'\(at)"))
            } else {
                first[item.id] = item.location
            }
        }
        return out
    }
}
