import Foundation
import ProbisModel
import Yams

/// Builds a Yams mapping in a fixed key order, leaving out absent and empty values, so that written files
/// are stable and read like hand-written ones.
struct NodeBuilder {
    private(set) var pairs: [(Node, Node)] = []

    /// The built mapping.
    var node: Node { .mapping(Node.Mapping(pairs)) }

    /// Adds a text value; strings that YAML would read as another type (numbers, booleans, null) are
    /// single-quoted.
    mutating func add(_ key: String, _ value: String?) {
        guard let value else { return }
        pairs.append((Node(key), Self.scalar(value)))
    }

    mutating func add<ID: ModelIdentifier>(_ key: String, _ value: ID?) { add(key, value?.rawValue) }

    mutating func add<ID: ModelIdentifier>(_ key: String, _ value: Reference<ID>?) { add(key, value?.id.rawValue) }

    mutating func add(_ key: String, _ value: Int?) {
        guard let value else { return }
        pairs.append((Node(key), Node(String(value))))
    }

    mutating func add(_ key: String, _ value: Bool?) {
        guard let value else { return }
        pairs.append((Node(key), Node(value ? "true" : "false")))
    }

    /// Adds a list of strings; one item is written as a list too, and an empty list not at all.
    mutating func add(_ key: String, _ values: [String]) {
        guard !values.isEmpty else { return }
        pairs.append((Node(key), .sequence(Node.Sequence(values.map(Self.scalar), .implicit, .flow))))
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
        default: pairs.append((Node(key), node))
        }
    }

    /// Adds an empty list, for keys whose absence means something else (`next: []`).
    mutating func addEmptyList(_ key: String) {
        pairs.append((Node(key), .sequence(Node.Sequence([], .implicit, .flow))))
    }

    /// Adds a list of nested mappings.
    mutating func add(_ key: String, nodes: [Node]) {
        guard !nodes.isEmpty else { return }
        pairs.append((Node(key), .sequence(Node.Sequence(nodes))))
    }

    /// A scalar that reads back as the same string.
    static func scalar(_ text: String) -> Node {
        let plain = Node(text)
        let needsQuotes = Resolver.default.resolveTag(of: plain) != .str || text.isEmpty || text != text.trimmingCharacters(in: .whitespaces)
        return Node(text, .implicit, needsQuotes ? .singleQuoted : .any)
    }
}
