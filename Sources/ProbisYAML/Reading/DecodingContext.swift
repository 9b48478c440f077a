import ProbisModel
import Yams

/// Collects the diagnostics of decoding one file and turns Yams marks into source locations.
final class DecodingContext {
    /// The file's path as given.
    let file: String
    /// Errors and warnings so far, in the order found.
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    /// The location of a node (its first character).
    func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Records an error.
    func error(_ code: Diagnostic.Code, at location: SourceLocation, _ message: String) {
        diagnostics.append(.error(code, at: location, message))
    }

    /// Records a finding made elsewhere (in a file this one names, such as an ABK table).
    func record(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records an error at a node.
    func error(_ code: Diagnostic.Code, at node: Node, _ message: String) {
        error(code, at: location(of: node), message)
    }

    /// How a node's type is named in messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case let .scalar(scalar): scalar.string.isEmpty ? "nothing" : "'\(preview(scalar.string))'"
        }
    }

    /// A scalar shortened for a one-line message.
    static func preview(_ text: String) -> String {
        let flat = text.map { $0.isNewline ? " " : $0 }
        return flat.count > 60 ? String(flat.prefix(57)) + "…" : String(flat)
    }
}
