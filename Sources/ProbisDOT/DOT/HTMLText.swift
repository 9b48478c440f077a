/// Building blocks for Graphviz HTML-like labels: escaping and word wrapping.
public enum HTMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'` and turns line breaks into spaces.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text.replacingLineBreaks() {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Splits text into lines of at most `width` characters at spaces (a longer word gets a line of its own).
    ///
    /// Runs of white space count as one space. Complexity: O(n) in the length of the text.
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.replacingLineBreaks().split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Wrapped, escaped lines joined with `<BR/>` (left-aligned when `align` is `"LEFT"`).
    public static func lines(_ text: String, width: Int, align: String? = nil) -> String {
        let separator = align.map { "<BR ALIGN=\"\($0)\"/>" } ?? "<BR/>"
        let body = wrap(text, width: width).map(escape).joined(separator: separator)
        return align == nil ? body : body + separator
    }
}
