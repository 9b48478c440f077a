extension Unicode.Scalar {
    /// Whether the scalar is a control character (general category Cc: C0, DEL, C1) or a line or paragraph
    /// separator: characters that cannot be shown on one line or drawn in a diagram.
    public var isControlOrSeparator: Bool {
        switch properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}

extension String {
    /// The text on one line, for a message that quotes a value: newline as `\n`, carriage return as `\r`,
    /// tab as `\t`, any other control character or line separator as `\u{7}`.
    public var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: \.isControlOrSeparator) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.isControlOrSeparator: out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The first control character of a text value that is not a line break or a tab (those are allowed in
    /// multi-line text such as `description:`), with its 1-based position in characters.
    public var firstForbiddenControlCharacter: (position: Int, scalar: Unicode.Scalar)? {
        for (offset, scalar) in unicodeScalars.enumerated() where scalar.isControlOrSeparator && scalar != "\n" && scalar != "\t" {
            return (offset + 1, scalar)
        }
        return nil
    }
}
