/// Processing instructions FoundationXML cannot take.
///
/// libxml2 reports a processing instruction without data (`<?target?>`) with a null data pointer, and
/// FoundationXML's callback reads it as a C string and crashes (found by the `bpmn` fuzz target). Such an
/// instruction carries nothing a BPMN import needs, so a file that has one is refused before it is parsed.
/// The search looks at every `<?` of the file, in comments, CDATA and other instructions too: libxml2 recovers
/// from some malformed markup and goes on, so what is really an instruction cannot be told without parsing.
enum XMLProcessingInstruction {
    /// The line, the column (counted in characters) and the target of the first `<?target?>` (spaces allowed
    /// before `?>`) anywhere in the bytes; nil when there is none.
    static func firstWithoutData(in bytes: [UInt8]) -> (line: Int, column: Int, target: String)? {
        let lt = UInt8(ascii: "<"), question = UInt8(ascii: "?"), gt = UInt8(ascii: ">")
        var index = 0
        while index < bytes.count {
            guard bytes[index] == lt, index + 1 < bytes.count, bytes[index + 1] == question else { index += 1; continue }
            var cursor = index + 2
            while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != question { cursor += 1 }
            let target = String(decoding: bytes[(index + 2)..<cursor], as: UTF8.self)
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            if cursor + 1 < bytes.count, bytes[cursor] == question, bytes[cursor + 1] == gt {
                let (line, column) = position(of: index, in: bytes)
                return (line, column, target)
            }
            index += 2
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// The 1-based line and column (in characters) of a byte offset.
    private static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<offset]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return (line, String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1)
    }
}
