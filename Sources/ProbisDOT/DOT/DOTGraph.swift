/// A value of a DOT attribute: plain text (written as a quoted, escaped string) or an HTML-like label.
public enum DOTValue: Hashable, Sendable {
    /// Text, written quoted with `"` and `\` escaped and line breaks turned into spaces.
    case text(String)
    /// HTML-like markup, written between `<` and `>`; build it with ``HTMLText``.
    case html(String)
}

/// Attributes in the order they were set; setting a key again replaces its value in place.
public struct DOTAttributes: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    /// The key and value pairs, in order.
    public private(set) var pairs: [(key: String, value: DOTValue)] = []

    /// Creates an empty attribute list.
    public init() {}

    /// Creates attributes from text values, in the order written.
    public init(dictionaryLiteral elements: (String, String)...) {
        for (key, value) in elements { self[key] = .text(value) }
    }

    /// The value of a key; assigning `nil` removes it.
    public subscript(key: String) -> DOTValue? {
        get { pairs.first { $0.key == key }?.value }
        set {
            let index = pairs.firstIndex { $0.key == key }
            switch (index, newValue) {
            case let (index?, value?): pairs[index].value = value
            case let (index?, nil): pairs.remove(at: index)
            case let (nil, value?): pairs.append((key, value))
            case (nil, nil): break
            }
        }
    }

    /// Whether there are no attributes.
    public var isEmpty: Bool { pairs.isEmpty }

    public static func == (lhs: DOTAttributes, rhs: DOTAttributes) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for pair in pairs {
            hasher.combine(pair.key)
            hasher.combine(pair.value)
        }
    }
}

/// One statement of a graph or subgraph body.
public indirect enum DOTStatement: Hashable, Sendable {
    /// A node with its attributes.
    case node(String, DOTAttributes)
    /// An edge from one node to another with its attributes.
    case edge(String, String, DOTAttributes)
    /// A subgraph or cluster.
    case subgraph(DOTSubgraph)
    /// `{rank=same; a; b; …}`: nodes placed on one rank.
    case sameRank([String])
    /// A comment line, for readers of the DOT text.
    case comment(String)
}

/// A subgraph: a cluster when its name starts with `cluster`.
public struct DOTSubgraph: Hashable, Sendable {
    /// The subgraph's name.
    public var name: String
    /// Graph attributes of the subgraph (label, style, colors).
    public var attributes: DOTAttributes
    /// The statements inside, in order.
    public var statements: [DOTStatement]

    /// Creates a subgraph.
    public init(name: String, attributes: DOTAttributes = DOTAttributes(), statements: [DOTStatement] = []) {
        self.name = name
        self.attributes = attributes
        self.statements = statements
    }
}

/// A directed graph as DOT: graph, node and edge defaults and a body of statements, in order.
///
/// The text it writes depends only on the value, so equal graphs give byte-identical DOT.
public struct DOTGraph: Hashable, Sendable {
    /// The graph's name.
    public var name: String
    /// Graph attributes.
    public var attributes: DOTAttributes
    /// Defaults for every node.
    public var nodeDefaults: DOTAttributes
    /// Defaults for every edge.
    public var edgeDefaults: DOTAttributes
    /// The statements, in order.
    public var statements: [DOTStatement]

    /// Creates a graph.
    public init(
        name: String, attributes: DOTAttributes = DOTAttributes(), nodeDefaults: DOTAttributes = DOTAttributes(),
        edgeDefaults: DOTAttributes = DOTAttributes(), statements: [DOTStatement] = []
    ) {
        self.name = name
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.statements = statements
    }
}
