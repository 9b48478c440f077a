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

    public static func < (lhs: RenderFormat, rhs: RenderFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
