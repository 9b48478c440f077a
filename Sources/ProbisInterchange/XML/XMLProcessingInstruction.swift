/// Processing instructions FoundationXML cannot take.
///
/// libxml2 reports a processing instruction without data (`<?target?>`) with a null data pointer, and
/// FoundationXML's callback reads it as a C string and crashes (found by the `bpmn` fuzz target). Such an
/// instruction carries nothing a BPMN import needs, so a file that has one is refused before it is parsed.
enum XMLProcessingInstruction {
    /// The line, the column (counted in characters) and the target of the first processing instruction
    /// without data outside comments and CDATA sections; nil when there is none.
    static func firstWithoutData(in bytes: [UInt8]) -> (line: Int, column: Int, target: String)? {
        let lt = UInt8(ascii: "<"), question = UInt8(ascii: "?"), gt = UInt8(ascii: ">")
        var index = 0
        while index < bytes.count {
            guard bytes[index] == lt else { index += 1; continue }
            if starts(bytes, at: index, with: "<!--") {
                index = end(of: "-->", in: bytes, from: index + 4)
            } else if starts(bytes, at: index, with: "<![CDATA[") {
                index = end(of: "]]>", in: bytes, from: index + 9)
            } else if index + 1 < bytes.count, bytes[index + 1] == question {
                var cursor = index + 2
                while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != question { cursor += 1 }
                let target = String(decoding: bytes[(index + 2)..<cursor], as: UTF8.self)
                while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
                if cursor + 1 < bytes.count, bytes[cursor] == question, bytes[cursor + 1] == gt {
                    let (line, column) = position(of: index, in: bytes)
                    return (line, column, target)
                }
                index = end(of: "?>", in: bytes, from: index + 2)
            } else {
                index += 1
            }
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func starts(_ bytes: [UInt8], at index: Int, with text: String) -> Bool {
        bytes[index...].starts(with: text.utf8)
    }

    /// The index after the first `terminator` at or after `start`, or the end of the bytes.
    private static func end(of terminator: String, in bytes: [UInt8], from start: Int) -> Int {
        let pattern = Array(terminator.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index + pattern.count }
            index += 1
        }
        return bytes.count
    }

    /// The 1-based line and column (in characters) of a byte offset.
    private static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<offset]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return (line, String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1)
    }
}
