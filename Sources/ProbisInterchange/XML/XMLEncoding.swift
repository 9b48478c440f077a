/// Where a document that should be UTF-8 is not.
///
/// FoundationXML hands the names libxml2 reads to Swift as UTF-8 and traps on bytes that are not (an element
/// name with a stray byte is enough), so a document read as UTF-8 is checked before it is parsed. A document
/// that says it is something else (a UTF-16 byte order mark, or an `encoding` other than UTF-8 in its XML
/// declaration) is converted to UTF-8 by libxml2 and not checked here.
enum XMLEncoding {
    /// The line and column (counted in characters) of the first byte that is not UTF-8, with the byte; nil
    /// when the document is UTF-8 or says it is in another encoding.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8)? {
        guard readsAsUTF8(bytes) else { return nil }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0, line = 1, lineStart = 0
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1; lineStart = offset }
            case .emptyInput:
                return nil
            case .error:
                // The sequence that is not a character starts where the last good character ended.
                let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
                return (line, column, bytes[offset])
            }
        }
    }

    /// Whether the bytes are read as UTF-8: they are, unless they start with a UTF-16 byte order mark or
    /// their XML declaration names, well-formed, a single-byte encoding libxml2 converts to UTF-8 (ISO 8859,
    /// Windows code pages). Any other declaration (a misspelt one included) is checked as UTF-8, so a byte
    /// that is not UTF-8 never reaches the parser unconverted.
    static func readsAsUTF8(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return false }
        guard let name = declaredEncoding(bytes) else { return true }
        return !(name.hasPrefix("iso-8859-") || name.hasPrefix("windows-125") || name == "latin1" || name == "cp1252")
    }

    /// The encoding an XML declaration names (`<?xml version="1.0" encoding="NAME"?>`), lowercased; nil
    /// without a declaration, or when it is not written as XML writes it.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard bytes.starts(with: Array("<?xml ".utf8)), let end = bytes.prefix(200).firstIndex(of: UInt8(ascii: ">")),
              let declaration = String(validating: bytes[..<end], as: UTF8.self)?.lowercased(),
              let range = declaration.range(of: " encoding")
        else { return nil }
        var rest = declaration[range.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let name = rest.dropFirst().prefix { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
        guard !name.isEmpty, rest.dropFirst(name.count + 1).first == quote else { return nil }
        return String(name)
    }
}
