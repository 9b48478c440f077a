import ProbisModel

/// One element of the library that cites a regulation.
public struct CitedElement: Hashable, Sendable, Codable {
    /// The citation.
    public var citation: Citation
    /// The document the element belongs to.
    public var document: DocumentID
    /// The element, e.g. `step 'rencana-1'`, `position 'kasubbag'`, or `document`.
    public var element: String
    /// The file the element was read from.
    public var file: String?

    /// Creates an entry.
    public init(citation: Citation, document: DocumentID, element: String, file: String?) {
        self.citation = citation
        self.document = document
        self.element = element
        self.file = file
    }
}

extension Library {
    /// Every citation in the library with the element that carries it, in library order.
    public var citedElements: [CitedElement] {
        var out: [CitedElement] = []
        for document in documents {
            let header = document.header
            func add(_ citation: Citation?, _ element: String) {
                guard let citation else { return }
                out.append(CitedElement(citation: citation, document: header.id, element: element, file: header.file))
            }
            add(header.citation, "document")
            switch document {
            case .region, .scenario, .organization: break
            case let .artifactCatalog(catalog):
                for artifact in catalog.artifacts { add(artifact.citation, "artifact '\(artifact.id)'") }
            case let .organizationType(type):
                for position in type.positions { add(position.citation, "position '\(position.id)'") }
                for step in type.flow?.steps ?? [] { add(step.citation, "step '\(step.id)'") }
            case let .petaLintasFungsi(map):
                for step in map.flow.steps { add(step.citation, "step '\(step.id)'") }
            case let .petaProses(map):
                for process in map.allProcesses { add(process.citation, "process '\(process.code)'") }
            case let .petaSubproses(map):
                for process in map.processes.flatMap(\.flattened) { add(process.citation, "process '\(process.code)'") }
            case let .petaRelasi(map):
                for relation in map.relations { add(relation.citation, "relation '\(relation.label)'") }
            }
        }
        return out
    }
}

/// Reading Pasal numbers out of citation items and regulation texts.
public enum PasalNumbers {
    /// The Pasal numbers an item mentions: "Pasal 16 ayat (2) huruf a, Pasal 19 ayat (2)" → [16, 19].
    public static func mentioned(in item: String) -> [Int] {
        var numbers: [Int] = []
        var rest = Substring(item)
        while let range = rest.firstRange(of: "Pasal ") {
            rest = rest[range.upperBound...]
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if let number = Int(digits) { numbers.append(number) }
        }
        return numbers
    }

    /// The Pasal headings of a regulation text: lines that are "Pasal N" (possibly after a section title on
    /// the same line, as in "Bagian Ketiga Penugasan Pasal 12"), in order, without repeats.
    public static func headings(in text: String) -> [Int] {
        var seen: Set<Int> = []
        var out: [Int] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let cleaned = line.filter { $0 != "*" && $0 != "#" }.trimmingWhitespace()
            guard let range = cleaned.ranges(of: "Pasal ").last else { continue }
            let before = cleaned[..<range.lowerBound]
            guard before.isEmpty || before.last == " " else { continue }
            let tail = cleaned[range.upperBound...]
            guard !tail.isEmpty, tail.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(tail) else { continue }
            if seen.insert(number).inserted { out.append(number) }
        }
        return out
    }
}

private extension StringProtocol {
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

}

