/// A Graphviz SVG made fit to sit inside a pack page: the XML prolog and doctype dropped, every `id`
/// prefixed so that several diagrams on one page do not clash, and links to other diagrams' SVG files
/// turned into links to those documents' pack pages.
enum InlineSVG {
    /// The SVG element of `svg`, ready to inline.
    /// - Parameters:
    ///   - prefix: prepended to every id (and every `url(#…)` reference), e.g. `d2-`.
    ///   - page: the pack page, relative to the current page, of a diagram id (a file name without `.svg`);
    ///     `nil` leaves the link pointing at nothing (`#`).
    static func prepare(_ svg: String, prefix: String, page: (String) -> String?) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var text = String(svg[start.lowerBound...])
        text = text.replacingAll(" id=\"", with: " id=\"" + prefix)
        text = text.replacingAll("url(#", with: "url(#" + prefix)
        return rewriteLinks(text, page: page)
    }

    /// Replaces `xlink:href="…/name.svg"` with the page of `name`.
    private static func rewriteLinks(_ text: String, page: (String) -> String?) -> String {
        let marker = "xlink:href=\""
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: marker) {
            out += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let target = String(rest[..<end])
            if target.hasSuffix(".svg") {
                let name = String(target.split(separator: "/").last?.dropLast(4) ?? "")
                out += HTML.text(page(name) ?? "#")
            } else {
                out += target
            }
            rest = rest[end...]
        }
        return out + rest
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
