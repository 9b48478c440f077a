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

/// Renders rows as a plain-text table with aligned columns.
public enum TextTable {
    public static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
