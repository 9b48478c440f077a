import Foundation
import ProbisModel
import Yams

/// Builds a Yams mapping of one element of the format, leaving out absent and empty values and writing
/// keys in the element's order (``ProcessMapsFormat``), so that written files are stable and read like
/// hand-written ones.
struct NodeBuilder {
    /// The element whose keys are written.
    let element: FormatElement
    private var pairs: [(key: String, value: Node)] = []

    /// A builder for a mapping of this element.
    init(_ element: FormatElement) { self.element = element }

    /// The built mapping, keys in the element's order.
    var node: Node {
        let ordered = pairs.enumerated().sorted { a, b in
            (element.order(of: a.element.key), a.offset) < (element.order(of: b.element.key), b.offset)
        }
        return .mapping(Node.Mapping(ordered.map { (Node($0.element.key), $0.element.value) }))
    }

    private mutating func append(_ key: String, _ value: Node) {
        assert(element.key(key) != nil, "'\(key)' is not a key of \(element.name) in ProcessMapsFormat")
        pairs.append((key, value))
    }

    /// Adds a text value; strings that YAML would read as another type (numbers, booleans, null) are
    /// single-quoted.
    mutating func add(_ key: String, _ value: String?) {
        guard let value else { return }
        append(key, Self.scalar(value))
    }

    mutating func add<ID: ModelIdentifier>(_ key: String, _ value: ID?) { add(key, value?.rawValue) }

    mutating func add<ID: ModelIdentifier>(_ key: String, _ value: Reference<ID>?) { add(key, value?.id.rawValue) }

    mutating func add(_ key: String, _ value: Int?) {
        guard let value else { return }
        append(key, Node(String(value)))
    }

    mutating func add(_ key: String, _ value: Bool?) {
        guard let value else { return }
        append(key, Node(value ? "true" : "false"))
    }

    /// Adds a list of strings; one item is written as a list too, and an empty list not at all.
    mutating func add(_ key: String, _ values: [String]) {
        guard !values.isEmpty else { return }
        append(key, .sequence(Node.Sequence(values.map(Self.scalar), .implicit, .flow)))
    }

    mutating func add<ID: ModelIdentifier>(_ key: String, _ values: [Reference<ID>]) {
        add(key, values.map(\.id.rawValue))
    }

    /// Adds a nested node (mapping or list); empty ones are left out.
    mutating func add(_ key: String, node: Node?) {
        guard let node else { return }
        switch node {
        case let .mapping(mapping) where mapping.isEmpty: return
        case let .sequence(sequence) where sequence.isEmpty: return
        default: append(key, node)
        }
    }

    /// Adds an empty list, for keys whose absence means something else (`next: []`).
    mutating func addEmptyList(_ key: String) {
        append(key, .sequence(Node.Sequence([], .implicit, .flow)))
    }

    /// Adds a list of nested mappings.
    mutating func add(_ key: String, nodes: [Node]) {
        guard !nodes.isEmpty else { return }
        append(key, .sequence(Node.Sequence(nodes)))
    }

    /// A scalar that reads back as the same string.
    static func scalar(_ text: String) -> Node {
        let plain = Node(text)
        let needsQuotes = Resolver.default.resolveTag(of: plain) != .str || text.isEmpty || text != text.trimmingCharacters(in: .whitespaces)
        return Node(text, .implicit, needsQuotes ? .singleQuoted : .any)
    }
}
