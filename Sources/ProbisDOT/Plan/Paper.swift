/// A sheet the PDF of a diagram is printed on, landscape: ISO A3 (the default) or A4.
///
/// A diagram is drawn at the largest scale up to 100 % that keeps it on as few sheets as the smallest
/// legible scale needs (see ``minimumTextHeight``), split into a grid of pages read left to right, top to
/// bottom, each with a footer naming the diagram, the page and the scale.
public struct Paper: Hashable, Sendable {
    /// The graph attribute that carries the paper's name in DOT text (Graphviz ignores it; ProbisRender
    /// reads it when it renders the PDF).
    public static let attribute = "probis_paper"

    /// The name on the command line: `a3` or `a4`.
    public let name: String
    /// Page width in points (landscape).
    public let width: Double
    /// Page height in points (landscape).
    public let height: Double

    /// ISO A3 landscape, 420 × 297 mm.
    public static let a3 = Paper(name: "a3", width: 420 * millimetre, height: 297 * millimetre)
    /// ISO A4 landscape, 297 × 210 mm.
    public static let a4 = Paper(name: "a4", width: 297 * millimetre, height: 210 * millimetre)
    /// Every paper, in the order of the command line's help.
    public static let all = [a3, a4]

    /// One millimetre in points.
    public static let millimetre = 72 / 25.4
    /// The white border around the drawing on every side, in points (10 mm).
    public static let margin = 10 * millimetre
    /// The height of the footer line under the drawing, in points.
    public static let footerHeight = 14.0
    /// The font size of the footer line, in points (3.2 mm).
    public static let footerFontSize = 9.0
    /// The smallest height of text on paper, in points: 2 mm, taken as the font size (the em height) of the
    /// smallest text of a diagram times the drawing's scale.
    public static let minimumTextHeight = 2 * millimetre

    /// The paper with this command-line name, or `nil`.
    public static func named(_ name: String) -> Paper? { all.first { $0.name == name.lowercased() } }

    /// The smallest scale at which text of `Theme.minimumFontSize` is ``minimumTextHeight`` high.
    public static var minimumScale: Double { minimumTextHeight / Double(Theme.minimumFontSize) }
}
