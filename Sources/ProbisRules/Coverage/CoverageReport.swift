import ProbisModel

/// What the library encodes of each regulation text, what the rules enforce, and what is not encoded yet;
/// computed from the data every time, never kept by hand (`probis coverage`).
public struct CoverageReport: Sendable, Codable {
    /// One regulation text.
    public struct Source: Sendable, Codable {
        /// The seed file.
        public var source: String
        /// The regulation's short title, from the region that names the file.
        public var regulation: String?
        /// The region whose regulation it is.
        public var region: String?
        /// Organization types and maps that encode the text (`source:` is this file).
        public var documents: [DocumentEntry]
        /// Each cited item with the elements that cite it, in order of first citation.
        public var items: [ItemEntry]
        /// Rules that enforce an item of this text.
        public var rules: [RuleEntry]
        /// Pasal headings found in the text.
        public var pasalInText: [Int]
        /// Pasal some element of the library cites.
        public var pasalEncoded: [Int]
        /// Pasal a rule enforces.
        public var pasalEnforced: [Int]
        /// Pasal in the text that neither the data nor a rule encodes.
        public var pasalNotEncoded: [Int]
        /// Elements of documents encoding the text whose values are assumptions, not the text.
        public var assumptions: [AssumptionEntry]
        /// Passages of the text that disagree, with the reading the region's profile chooses.
        public var conflicts: [ConflictEntry]
    }

    /// Passages of one text that disagree, and the reading chosen.
    public struct ConflictEntry: Sendable, Codable {
        public var id: String
        public var question: String
        public var passages: [PassageEntry]
        /// The item of the passage the profile reads.
        public var chosen: String
    }

    /// One passage of a conflict.
    public struct PassageEntry: Sendable, Codable {
        public var item: String
        public var wording: String
    }

    /// An element with assumed values.
    public struct AssumptionEntry: Sendable, Codable {
        public var document: String
        public var element: String
        public var keys: [String]
        public var file: String?
    }

    /// A document that encodes a text.
    public struct DocumentEntry: Sendable, Codable {
        public var id: String
        public var kind: String
        public var title: String
        public var file: String?
        public var item: String?
    }

    /// A cited item and where.
    public struct ItemEntry: Sendable, Codable {
        public var item: String
        public var elements: [ElementEntry]
    }

    /// One citing element.
    public struct ElementEntry: Sendable, Codable {
        public var document: String
        public var element: String
        public var file: String?
    }

    /// A rule's provision in one text.
    public struct RuleEntry: Sendable, Codable {
        public var id: String
        public var item: String
        public var severity: String
    }

    /// A rule and what it enforces.
    public struct Rule: Sendable, Codable {
        public var id: String
        public var summary: String
        public var provisions: [Provision]
    }

    /// Where a rule comes from in one region's text.
    public struct Provision: Sendable, Codable {
        public var region: String
        public var source: String
        public var item: String
        public var severity: String
    }

    /// One entry per regulation text, sorted by file name.
    public var sources: [Source]
    /// Every rule.
    public var rules: [Rule]

    /// Builds the report.
    /// - Parameters:
    ///   - texts: the regulation texts by seed file name, to find Pasal not encoded; texts not given are
    ///     reported without that list.
    public init(library: Library, rules ruleBook: RuleBook, texts: [String: String]) {
        let cited = library.citedElements
        let assumed = library.assumedElements
        var names: [String: (regulation: String, region: String)] = [:]
        for case let .region(region) in library.documents {
            if let regulation = region.regulation, names[regulation.source] == nil {
                names[regulation.source] = (regulation.shortTitle, region.header.id.rawValue)
            }
        }
        let provisions = ruleBook.provisions
        let files = Set(cited.map(\.citation.source)).union(texts.keys).union(provisions.map(\.profile.text))
        sources = files.sorted().map { file in
            var items: [ItemEntry] = []
            var index: [String: Int] = [:]
            for entry in cited where entry.citation.source == file {
                let element = ElementEntry(document: entry.document.rawValue, element: entry.element, file: entry.file)
                if let position = index[entry.citation.item] {
                    items[position].elements.append(element)
                } else {
                    index[entry.citation.item] = items.count
                    items.append(ItemEntry(item: entry.citation.item, elements: [element]))
                }
            }
            let documents = library.documents.filter { $0.header.source == file && $0.kind != .region && $0.kind != .artifactCatalog }
                .map { DocumentEntry(id: $0.id.rawValue, kind: $0.kind.rawValue, title: $0.header.title, file: $0.header.file, item: $0.header.citation?.item) }
            let ruleEntries = provisions.filter { $0.profile.text == file }
                .map { RuleEntry(id: $0.rule.id, item: $0.provision.item, severity: $0.provision.severity.rawValue) }
                .sorted { $0.id < $1.id }
            let encoded = Set(items.flatMap { PasalNumbers.mentioned(in: $0.item) })
            let enforced = Set(ruleEntries.flatMap { PasalNumbers.mentioned(in: $0.item) })
            let inText = texts[file].map(PasalNumbers.headings) ?? []
            return Source(
                source: file, regulation: names[file]?.regulation, region: names[file]?.region,
                documents: documents, items: items, rules: ruleEntries,
                pasalInText: inText, pasalEncoded: encoded.sorted(), pasalEnforced: enforced.sorted(),
                pasalNotEncoded: inText.filter { !encoded.contains($0) && !enforced.contains($0) },
                assumptions: assumed.filter { $0.source == file }.map {
                    AssumptionEntry(document: $0.document.rawValue, element: $0.element, keys: $0.keys, file: $0.file)
                },
                conflicts: ruleBook.profiles.values.filter { $0.text == file }.sorted { $0.id < $1.id }.flatMap(\.conflicts).map { conflict in
                    ConflictEntry(id: conflict.id, question: conflict.question,
                                  passages: conflict.passages.map { PassageEntry(item: $0.item, wording: $0.wording) }, chosen: conflict.chosen)
                })
        }
        rules = ruleBook.rules.map { rule in
            Rule(id: rule.id, summary: rule.summary, provisions: provisions.filter { $0.rule.id == rule.id }.map {
                Provision(region: $0.profile.id, source: $0.profile.text, item: $0.provision.item, severity: $0.provision.severity.rawValue)
            })
        }
    }
}
