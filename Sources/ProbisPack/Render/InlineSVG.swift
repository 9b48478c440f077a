/// A Graphviz SVG made fit to sit inside a pack page: the XML prolog and doctype dropped, every `id`
/// prefixed so that several diagrams on one page do not clash, and links to other diagrams' SVG files
/// turned into links to those documents' pack pages.
///
/// One pass over the UTF-8 bytes (the library's SVGs are several megabytes in all).
enum InlineSVG {
    private static let start = Array("<svg".utf8)
    private static let id = Array(" id=\"".utf8)
    private static let url = Array("url(#".utf8)
    private static let href = Array("xlink:href=\"".utf8)
    private static let quote = UInt8(ascii: "\"")

    /// The SVG element of `svg`, ready to inline.
    /// - Parameters:
    ///   - prefix: prepended to every id (and every `url(#…)` reference), e.g. `d2-`.
    ///   - page: the pack page, relative to the current page, of a diagram id (a file name without `.svg`);
    ///     `nil` leaves the link pointing at nothing (`#`).
    static func prepare(_ svg: String, prefix: String, page: (String) -> String?) -> String {
        let bytes = Array(svg.utf8)
        guard var index = firstIndex(of: start, in: bytes) else { return "" }
        let prefixBytes = Array(prefix.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 20)
        while index < bytes.count {
            if matches(id, bytes, at: index) || matches(url, bytes, at: index) {
                let marker = bytes[index] == UInt8(ascii: "u") ? url : id
                out += marker
                out += prefixBytes
                index += marker.count
            } else if matches(href, bytes, at: index) {
                out += href
                index += href.count
                let end = bytes[index...].firstIndex(of: quote) ?? bytes.count
                let target = String(decoding: bytes[index..<end], as: UTF8.self)
                if target.hasSuffix(".svg") {
                    let name = String(target.split(separator: "/").last?.dropLast(4) ?? "")
                    out += Array(HTML.text(page(name) ?? "#").utf8)
                } else {
                    out += bytes[index..<end]
                }
                index = end
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func matches(_ marker: [UInt8], _ bytes: [UInt8], at index: Int) -> Bool {
        guard bytes[index] == marker[0], index + marker.count <= bytes.count else { return false }
        for offset in 1..<marker.count where bytes[index + offset] != marker[offset] { return false }
        return true
    }

    private static func firstIndex(of marker: [UInt8], in bytes: [UInt8]) -> Int? {
        var index = 0
        while index + marker.count <= bytes.count {
            if matches(marker, bytes, at: index) { return index }
            index += 1
        }
        return nil
    }
}

extension String {
    /// Every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
