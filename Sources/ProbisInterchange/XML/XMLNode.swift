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
        let delegate = TreeBuilder()
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        delegate.parser = parser
        let ok = parser.parse()
        if !ok || delegate.root == nil {
            let error = parser.parserError.map { "\($0.localizedDescription)" } ?? "no root element"
            return .failure(XMLFailure(message: error, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1)))
        }
        return .success(delegate.root!)
    }
}

/// Why a document is not well-formed XML, and where.
struct XMLFailure: Error, Sendable {
    var message: String
    var line: Int, column: Int
}

/// Builds ``XMLNode`` trees from parser callbacks.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    weak var parser: XMLParser?
    var stack: [XMLNode] = []
    var root: XMLNode?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        stack.append(XMLNode(namespace: namespaceURI ?? "", name: elementName, attributes: attributeDict, children: [], text: "",
                             line: parser.lineNumber, column: parser.columnNumber))
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
