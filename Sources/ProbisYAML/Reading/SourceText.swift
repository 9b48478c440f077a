import ProbisModel

/// The text of one ProcessMaps file, checked to be UTF-8 before any YAML parsing.
struct SourceText {
    /// The path as given, used in every diagnostic.
    let file: String
    /// The decoded text, without a leading byte order mark.
    let text: String

    /// The longest line probis reads, in bytes. Real ProcessMaps lines are a few hundred bytes; a longer
    /// line is a pasted document or junk, and is reported before any parsing.
    static let maximumLineLength = 100_000

    /// Decodes bytes as UTF-8, or returns a located error pointing at the first invalid byte or at the
    /// start of an over-long line.
    static func decode(_ bytes: [UInt8], file: String) -> Result<SourceText, Diagnostic> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let (line, length) = firstOverlongLine(body) {
            return .failure(.error(.lineTooLong, at: SourceLocation(file: file, line: line, column: 1),
                "line \(line) is \(length) bytes long; ProcessMaps lines are limited to \(maximumLineLength) bytes"))
        }
        let decoded = String(validating: body, as: UTF8.self)
        if decoded == nil, let offset = firstInvalidUTF8Offset(body) {
            let location = self.location(ofByte: offset, in: body, file: file)
            let byte = String(body[body.startIndex + offset], radix: 16, uppercase: true)
            return .failure(.error(.encoding, at: location,
                "file is not valid UTF-8: byte 0x\(byte) cannot start or continue a character (save the file as UTF-8)"))
        }
        let text = decoded ?? String(decoding: body, as: UTF8.self)
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(.error(.emptyFile, at: SourceLocation(file: file, line: 1, column: 1),
                "file is empty; a ProcessMaps file holds one document with at least 'kind:' and 'id:'"))
        }
        return .success(SourceText(file: file, text: text))
    }

    /// The 1-based number and byte length of the first line longer than the limit.
    private static func firstOverlongLine(_ bytes: ArraySlice<UInt8>) -> (Int, Int)? {
        var line = 1
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index <= bytes.endIndex {
            if index == bytes.endIndex || bytes[index] == 0x0A {
                if index - start > maximumLineLength { return (line, index - start) }
                line += 1
                start = index + 1
            }
            index += 1
        }
        return nil
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                consumed += UTF8.width(scalar)
                offset = consumed
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    /// Line and column (in Unicode scalars) of a byte offset in valid-prefix text.
    private static func location(ofByte offset: Int, in bytes: ArraySlice<UInt8>, file: String) -> SourceLocation {
        let prefix = bytes.prefix(offset)
        let line = prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? prefix.startIndex
        let column = String(decoding: bytes[lineStart..<(prefix.startIndex + offset)], as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}
