/// Escaping for XML text and attribute values, shared by the BPMN and XES writers.
enum XMLText {
    /// The text with `&`, `<`, `>`, `"` escaped and control characters other than tab and newline dropped
    /// (XML 1.0 cannot carry them).
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// A small indented XML writer: elements open and close in order, attributes in the order given, so the
/// same calls give the same bytes.
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0

    /// Opens an element with attributes (nil values are left out).
    mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
        text += indent + "<" + name + Self.attributes(attributes) + ">\n"
        depth += 1
    }

    /// Closes the innermost open element, which must be `name`.
    mutating func close(_ name: String) {
        depth -= 1
        text += indent + "</" + name + ">\n"
    }

    /// An element without children.
    mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
        text += indent + "<" + name + Self.attributes(attributes) + "/>\n"
    }

    /// An element holding only text.
    mutating func leaf(_ name: String, _ content: String, _ attributes: [(String, String?)] = []) {
        text += indent + "<" + name + Self.attributes(attributes) + ">" + XMLText.escaped(content) + "</" + name + ">\n"
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    private static func attributes(_ list: [(String, String?)]) -> String {
        var out = ""
        for (name, value) in list {
            guard let value else { continue }
            out += " " + name + "=\"" + XMLText.escaped(value) + "\""
        }
        return out
    }
}
