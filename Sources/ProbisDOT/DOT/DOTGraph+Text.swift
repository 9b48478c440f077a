extension DOTGraph {
    /// The graph as DOT text: two-space indentation, every id and value quoted, one statement a line,
    /// ending in a newline.
    public var text: String {
        var lines = ["digraph \(DOTGraph.quote(name)) {"]
        if !attributes.isEmpty { lines.append("  graph \(DOTGraph.list(attributes));") }
        if !nodeDefaults.isEmpty { lines.append("  node \(DOTGraph.list(nodeDefaults));") }
        if !edgeDefaults.isEmpty { lines.append("  edge \(DOTGraph.list(edgeDefaults));") }
        DOTGraph.write(statements, indent: "  ", into: &lines)
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func write(_ statements: [DOTStatement], indent: String, into lines: inout [String]) {
        for statement in statements {
            switch statement {
            case let .node(id, attributes):
                lines.append(indent + quote(id) + (attributes.isEmpty ? "" : " " + list(attributes)) + ";")
            case let .edge(from, to, attributes):
                lines.append(indent + quote(from) + " -> " + quote(to) + (attributes.isEmpty ? "" : " " + list(attributes)) + ";")
            case let .subgraph(subgraph):
                lines.append(indent + "subgraph \(quote(subgraph.name)) {")
                for (key, value) in subgraph.attributes.pairs {
                    lines.append(indent + "  " + key + "=" + encode(value) + ";")
                }
                write(subgraph.statements, indent: indent + "  ", into: &lines)
                lines.append(indent + "}")
            case let .sameRank(ids):
                lines.append(indent + "{rank=same; " + ids.map { quote($0) + ";" }.joined(separator: " ") + "}")
            case let .comment(text):
                lines.append(indent + "// " + text.replacingLineBreaks())
            }
        }
    }

    /// `[key="value", …]`.
    static func list(_ attributes: DOTAttributes) -> String {
        "[" + attributes.pairs.map { $0.key + "=" + encode($0.value) }.joined(separator: ", ") + "]"
    }

    static func encode(_ value: DOTValue) -> String {
        switch value {
        case let .text(text): quote(text)
        case let .html(markup): "<" + markup + ">"
        }
    }

    /// A DOT double-quoted string: `\` and `"` escaped, line breaks replaced by spaces.
    ///
    /// A backslash is doubled so that Graphviz's escape sequences (`\N`, `\n`, `\l`) never come from data.
    public static func quote(_ text: String) -> String {
        var result = "\""
        for character in text.replacingLineBreaks() {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}

extension String {
    /// The text with every line break (and tab) replaced by a space.
    func replacingLineBreaks() -> String {
        String(map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
