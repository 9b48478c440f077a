import Foundation
import ProbisModel

/// One row of `probis list`.
///
/// JSON: `{"id", "kind", "title", "region": String?, "citation": {"source", "item"}?, "file": String?}`.
public struct DocumentSummary: Encodable {
    public var id: String
    public var kind: String
    public var title: String
    public var region: String?
    public var citation: CitationEntry?
    public var file: String?

    public init(_ document: Document) {
        let header = document.header
        id = header.id.rawValue
        kind = header.kind.rawValue
        title = header.title
        region = header.region?.id.rawValue ?? (document.kind == .region ? header.id.rawValue : nil)
        citation = header.citation.map(CitationEntry.init)
        file = header.file
    }
}

/// A citation as JSON: `{"source", "item"}`.
public struct CitationEntry: Encodable {
    public var source: String
    public var item: String

    public init(_ citation: Citation) {
        source = citation.source
        item = citation.item
    }
}
