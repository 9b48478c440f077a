/// An output format of `probis render`.
public enum RenderFormat: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// Scalable vector graphics, with links from process boxes to their child maps.
    case svg
    /// A bitmap drawn by cairo, for documents and slides.
    case png
    /// A vector page drawn by cairo, for print.
    case pdf
    /// The DOT text itself, as handed to Graphviz.
    case dot

    /// The file name extension.
    public var fileExtension: String { rawValue }

    /// The Graphviz output format name, or `nil` for DOT (written without Graphviz).
    public var graphvizName: String? {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        case .dot: nil
        }
    }

    /// Parses a comma-separated list such as `svg,png`, keeping the order written and dropping repeats.
    /// - Throws: ``RenderError/unknownFormat(_:)`` for a name that is not a format.
    public static func list(_ text: String) throws(RenderError) -> [RenderFormat] {
        var result: [RenderFormat] = []
        for name in text.split(separator: ",") {
            let trimmed = String(name.filter { !$0.isWhitespace })
            guard let format = RenderFormat(rawValue: trimmed.lowercased()) else { throw .unknownFormat(trimmed) }
            if !result.contains(format) { result.append(format) }
        }
        return result
    }

    public static func < (lhs: RenderFormat, rhs: RenderFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
