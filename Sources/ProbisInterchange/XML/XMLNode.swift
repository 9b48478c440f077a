import Foundation
import FoundationXML
import ProbisModel

/// A parsed XML element with its namespace, attributes, children and where it starts: the small tree the
/// BPMN importer walks. Built with FoundationXML's `XMLParser` (namespaces processed, no external entities).
struct XMLNode: Sendable {
    /// The namespace URI, empty for none.
    var namespace: String
    /// The local name.
    var name: String
    /// Attributes by qualified name as written (`id`, `probis:means`).
    var attributes: [String: String]
    /// Child elements in order.
    var children: [XMLNode]
    /// The element's text content (direct character data).
    var text: String
    /// Line and column of the start tag.
    var line: Int, column: Int

    /// The first child with a local name in a namespace.
    func child(_ name: String, in namespace: String) -> XMLNode? {
        children.first { $0.name == name && $0.namespace == namespace }
    }

    /// Children with a local name in a namespace.
    func children(_ name: String, in namespace: String) -> [XMLNode] {
        children.filter { $0.name == name && $0.namespace == namespace }
    }

    /// An attribute by local name, whatever prefix it was written with.
    func attribute(_ local: String) -> String? {
        if let value = attributes[local] { return value }
        return attributes.first { $0.key.hasSuffix(":" + local) }?.value
    }

    /// Parses a document.
    /// - Returns: the root element, or the parser's message with the line and column it stopped at.
    static func parse(_ bytes: [UInt8]) -> Result<XMLNode, XMLFailure> {
        let delegate = TreeBuilder(bytes)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        delegate.parser = parser
        let ok = parser.parse()
        if !ok || delegate.root == nil {
            let error = parser.parserError.map { describe(($0 as NSError).code) } ?? "no root element"
            return .failure(XMLFailure(message: error, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1)))
        }
        return .success(delegate.root!)
    }
}

/// Words for the parser's error codes, which FoundationXML passes on from libxml2 (`xmlParserErrors`),
/// for the errors a wrong file most often gives.
private func describe(_ code: Int) -> String {
    switch code {
    case 4: "no XML element where the document should start"
    case 5: "content after the document's root element ends, or the root element is not closed"
    case 9: "a character XML does not allow"
    case 26, 27: "an undeclared entity"
    case 38...42: "an attribute is not written name=\"value\""
    case 73, 74: "a tag is not closed"
    case 76: "a closing tag does not match the element it closes"
    case 77: "the document ends inside an element"
    case 89: "entities that refer to themselves"
    default: "libxml2 error \(code)"
    }
}

/// Why a document is not well-formed XML, and where.
struct XMLFailure: Error, Sendable {
    var message: String
    var line: Int, column: Int
}

/// Builds ``XMLNode`` trees from parser callbacks.
///
/// The parser reports where a start tag ends; each element's position is moved back to its `<`.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    weak var parser: XMLParser?
    var stack: [XMLNode] = []
    var root: XMLNode?
    let bytes: [UInt8]
    /// The byte offset where each line starts.
    let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// The line and column (1-based, in bytes) of the `<` before a reported position.
    func tagStart(line: Int, column: Int) -> (line: Int, column: Int) {
        guard line >= 1, line <= lineStarts.count else { return (max(line, 1), max(column, 1)) }
        var offset = min(lineStarts[line - 1] + column - 1, bytes.count - 1)
        while offset > 0, bytes[offset] != UInt8(ascii: "<") { offset -= 1 }
        var startLine = line
        while startLine > 1, lineStarts[startLine - 1] > offset { startLine -= 1 }
        return (startLine, offset - lineStarts[startLine - 1] + 1)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let start = tagStart(line: parser.lineNumber, column: parser.columnNumber)
        stack.append(XMLNode(namespace: namespaceURI ?? "", name: elementName, attributes: attributeDict, children: [], text: "",
                             line: start.line, column: start.column))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard let node = stack.popLast() else { return }
        if stack.isEmpty { root = node } else { stack[stack.count - 1].children.append(node) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }
}
