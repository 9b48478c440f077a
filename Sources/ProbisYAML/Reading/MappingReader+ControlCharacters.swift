import ProbisModel
import Yams

extension MappingReader {
    /// A text value without control characters: the first one (other than a line break or a tab) is reported
    /// at the value, and all are removed so that the document is still read and nothing follows from it.
    func withoutControlCharacters(_ text: String, key: String, at node: Node) -> String {
        guard let (position, scalar) = text.firstForbiddenControlCharacter else { return text }
        let code = "U+" + String(repeating: "0", count: max(0, 4 - String(scalar.value, radix: 16).count))
            + String(scalar.value, radix: 16, uppercase: true)
        context.error(.controlCharacter, at: node,
            "'\(key)' of \(what) holds the control character \(code) at character \(position); remove it (control characters cannot be shown or drawn)")
        var cleaned = String.UnicodeScalarView()
        for item in text.unicodeScalars where !item.isControlOrSeparator || item == "\n" || item == "\t" { cleaned.append(item) }
        return String(cleaned)
    }
}

extension Node {
    /// Whether the node is a scalar (not a mapping, a list or an alias).
    var isScalar: Bool {
        if case .scalar = self { return true }
        return false
    }
}
