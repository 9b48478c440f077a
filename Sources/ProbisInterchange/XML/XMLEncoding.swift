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

    /// Whether libxml2 reads the bytes as UTF-8: no UTF-16 byte order mark and no other encoding declared.
    static func readsAsUTF8(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return false }
        let head = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        guard head.starts(with: Array("<?xml".utf8)), let end = head.firstIndex(of: UInt8(ascii: ">")) else { return true }
        let declaration = String(decoding: head[..<end], as: UTF8.self).lowercased()
        guard let range = declaration.range(of: "encoding") else { return true }
        let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        let name = rest.prefix { $0 != "\"" && $0 != "'" && $0 != " " }
        return name == "utf-8" || name == "utf8"
    }
}
