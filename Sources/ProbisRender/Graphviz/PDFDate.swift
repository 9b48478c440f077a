/// Makes cairo's PDF output reproducible.
///
/// cairo 1.16 writes the time of rendering into every PDF's information dictionary
/// (`/CreationDate (D:20240102030405Z)`) and ignores `SOURCE_DATE_EPOCH`, so two renders of one map would
/// differ. The date is replaced in place by a fixed one of the same length, which keeps every byte offset of
/// the file (and so its cross-reference table) valid.
enum PDFDate {
    /// The date written instead: the PDF epoch of 2000-01-01 00:00:00 UTC.
    static let fixed = Array("20000101000000".utf8)

    /// The PDF with the digits of its `/CreationDate` replaced by ``fixed``; unchanged if it has none.
    ///
    /// Complexity: O(n) in the size of the PDF.
    static func normalized(_ pdf: [UInt8]) -> [UInt8] {
        let key = Array("/CreationDate (D:".utf8)
        guard let start = firstIndex(of: key, in: pdf) else { return pdf }
        var result = pdf
        var index = start + key.count
        var written = 0
        while index < result.count, written < fixed.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(result[index]) {
            result[index] = fixed[written]
            index += 1
            written += 1
        }
        return result
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
