import ProbisModel
import Yams

/// Decodes one ProcessMaps file into a model document, reporting every problem at its line and column.
///
/// Never traps: malformed, hostile or binary input gives located errors and no document.
public enum ProcessMapsDecoder {
    /// The outcome of decoding one file.
    public struct Result: Sendable {
        /// The document, when the file could be read far enough to build one. A document may come with
        /// errors (e.g. one unknown key); callers treat any error as failure.
        public var document: Document?
        /// What went wrong, in the order found.
        public var diagnostics: [Diagnostic]
    }

    /// Decodes a file's bytes.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - file: the path to name in diagnostics.
    public static func decode(_ bytes: [UInt8], file: String) -> Result {
        switch SourceText.decode(bytes, file: file) {
        case let .failure(problem):
            return Result(document: nil, diagnostics: [problem])
        case let .success(source):
            return decode(source)
        }
    }

    /// Decodes a file's text.
    public static func decode(text: String, file: String) -> Result {
        decode(Array(text.utf8), file: file)
    }

    static func decode(_ source: SourceText) -> Result {
        let root: Node
        switch YAMLParser.parse(source) {
        case let .failure(problem): return Result(document: nil, diagnostics: [problem])
        case let .success(node): root = node
        }
        let context = DecodingContext(file: source.file)
        let document = DocumentReader(context: context).document(root)
        return Result(document: document, diagnostics: context.diagnostics)
    }
}

/// Reads the document kinds; one extension per kind.
struct DocumentReader {
    let context: DecodingContext

    /// Keys every document may have.

    /// Reads the root mapping, dispatching on `kind`.
    func document(_ root: Node) -> Document? {
        guard case let .mapping(mapping) = root else {
            context.error(.wrongType, at: root,
                "a ProcessMaps file must hold a mapping with 'kind:' and 'id:', found \(DecodingContext.describe(root))")
            return nil
        }
        guard let kindNode = MappingReader.value(of: "kind", in: mapping) else {
            context.error(.missingKey, at: root, "document is missing required key 'kind' (one of: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            return nil
        }
        guard case let .scalar(scalar) = kindNode, let kind = DocumentKind(rawValue: scalar.string) else {
            let text = kindNode.scalar?.string ?? ""
            let allowed = DocumentKind.allCases.map(\.rawValue)
            let hint = Suggestion.closest(to: text, in: allowed).map { "did you mean '\($0)'?" }
                ?? "expected one of: " + allowed.joined(separator: ", ")
            context.error(.unknownValue, at: kindNode, "'kind' cannot be \(DecodingContext.describe(kindNode)) (\(hint))")
            return nil
        }
        switch kind {
        case .region: return region(root)
        case .artifactCatalog: return artifactCatalog(root)
        case .organizationType: return organizationType(root)
        case .organization: return organization(root)
        case .petaLintasFungsi: return lintasFungsi(root)
        case .petaProses: return petaProses(root)
        case .petaSubproses: return petaSubproses(root)
        case .petaRelasi: return petaRelasi(root)
        case .scenario: return scenario(root)
        }
    }

    /// Opens the root mapping of a kind with its keys from the format.
    func root(_ node: Node, kind: DocumentKind) -> MappingReader? {
        MappingReader(node, what: kind.rawValue, element: ProcessMapsFormat.document(kind), context: context)
    }

    /// Reads the keys every document shares.
    func header(_ reader: inout MappingReader, kind: DocumentKind) -> DocumentHeader? {
        let id: DocumentID? = identifier(reader, "id")
        if let id { reader.what = "\(kind.rawValue) '\(id)'" }
        let title = reader.string("title")
        let region: Reference<DocumentID>? = reader.reference("region")
        let source = reader.string("source")
        let citation = self.citation(reader, source: source)
        let description = reader.string("description")
        guard let id, let title else { return nil }
        var header = DocumentHeader(id: id, kind: kind, title: title, region: region, source: source,
                                    citation: citation, description: description, file: context.file,
                                    location: reader.location)
        header.sourceLocation = sourceLocation(reader)
        return header
    }

    /// An id: letters, digits, `-`, `_` and `.`, no spaces.
    func identifier<ID: ModelIdentifier>(_ reader: MappingReader, _ key: String, required: Bool? = nil) -> ID? {
        guard let text = reader.string(key, required: required) else { return nil }
        guard Self.isValidIdentifier(text) else {
            context.error(.invalidId, at: reader.location(key),
                "'\(key)' of \(reader.what) is '\(DecodingContext.preview(text))'; ids use letters, digits, '-', '_' and '.' only")
            return nil
        }
        return ID(rawValue: text)
    }

    static func isValidIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 200 && text.unicodeScalars.allSatisfy { scalar in
            (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))) || "-_.".unicodeScalars.contains(scalar)
        }
    }

    /// `assumed:`: the element's keys whose values are assumptions, each one the format allows there.
    func assumed(_ reader: MappingReader) -> [String] {
        guard case let .list(.oneOf(allowed))? = reader.element.key("assumed")?.value else { return [] }
        return reader.strings("assumed").filter { key in
            guard !allowed.contains(key) else { return true }
            let hint = Suggestion.closest(to: key, in: allowed).map { "did you mean '\($0)'?" } ?? "expected one of: " + allowed.joined(separator: ", ")
            context.error(.unknownValue, at: reader.location("assumed"), "'assumed' of \(reader.what) cannot include '\(DecodingContext.preview(key))' (\(hint))")
            return false
        }
    }

    /// `cite:` as an item (the document's `source` supplies the file) or as `{source:, item:}`.
    func citation(_ reader: MappingReader, source: String?) -> Citation? {
        guard let node = reader.node("cite") else { return nil }
        let location = context.location(of: node)
        if case let .scalar(scalar) = node {
            guard !scalar.string.allSatisfy(\.isWhitespace) else {
                context.error(.missingKey, at: location, "'cite' of \(reader.what) is empty")
                return nil
            }
            guard let source else {
                context.error(.missingKey, at: location,
                    "'cite' of \(reader.what) names an item but no source (give the document 'source:', or write cite: {source: …, item: …})")
                return nil
            }
            return Citation(source: source, item: scalar.string, location: location)
        }
        guard let nested = MappingReader(node, what: "'cite' of \(reader.what)", element: ProcessMapsFormat.citation, context: context) else {
            return nil
        }
        let file = nested.string("source") ?? source
        guard let item = nested.string("item") else { return nil }
        guard let file else {
            nested.missing("source")
            return nil
        }
        return Citation(source: file, item: item, location: location)
    }

    /// Reads each item of a list with a closure, skipping items that fail.
    func each<T>(_ items: [Node]?, _ read: (Node) -> T?) -> [T] {
        (items ?? []).compactMap(read)
    }
}
