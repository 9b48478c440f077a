import ProbisModel

/// One line of text placed on a page.
public struct SOPTextLine: Hashable, Sendable {
    /// The text.
    public var text: String
    /// Left edge of the text.
    public var x: Double
    /// The baseline.
    public var baseline: Double
    /// Its style.
    public var font: SOPFont
    /// Its measured width.
    public var width: Double
    /// The box it must stay inside (its cell, less padding).
    public var bounds: SOPRect
}

/// A symbol placed on a page.
public struct SOPPlacedSymbol: Hashable, Sendable {
    /// The shape.
    public var shape: SOPSymbol
    /// Its bounding box.
    public var frame: SOPRect
    /// The Pelaksana column it stands in.
    public var column: Int
    /// The flowchart row it belongs to (index into ``SOPDocument/rows``), `nil` for off-page connectors.
    public var row: Int?
    /// The text inside (an off-page connector's label).
    public var label: String?
}

/// An arrow: a polyline with its head at the last point.
public struct SOPArrow: Hashable, Sendable {
    /// The points, from tail to head.
    public var points: [SOPPoint]
}

/// One page of an SOP.
public struct SOPPage: Hashable, Sendable {
    /// What the page holds.
    public enum Kind: String, Hashable, Sendable {
        /// The identity section (page 1).
        case identitas
        /// A page of the flowchart.
        case flowchart
        /// A page of the monitoring form (Tabel 7).
        case monitoring
    }

    /// The page's number, from 1.
    public var number: Int
    /// What it holds.
    public var kind: Kind
    /// The page's bounds; everything drawn lies inside `content`.
    public var size: SOPRect
    /// The area inside the margins.
    public var content: SOPRect
    /// Table cells, stroked; shaded ones are headings.
    public var cells: [SOPRect] = []
    /// Heading cells drawn with a grey fill.
    public var shaded: [SOPRect] = []
    /// Text lines.
    public var texts: [SOPTextLine] = []
    /// Flowchart symbols.
    public var symbols: [SOPPlacedSymbol] = []
    /// Arrows.
    public var arrows: [SOPArrow] = []
    /// For flowchart pages: the x extent of each Pelaksana column (as a rectangle over the table's height).
    public var pelaksanaColumns: [SOPRect] = []
}

/// Where a flowchart row landed.
public struct SOPPlacedRow: Hashable, Sendable {
    /// Index into ``SOPDocument/rows``.
    public var row: Int
    /// The page number.
    public var page: Int
    /// The row's band across the table.
    public var band: SOPRect
    /// Its symbol's frame.
    public var symbol: SOPRect
    /// The Pelaksana column of the symbol.
    public var column: Int
}

/// A pair of off-page connectors: an arrow leaves `from` on one page into a pentagon and continues from the
/// pentagon with the same label on the page of `to`.
public struct SOPOffPageConnector: Hashable, Sendable {
    /// The label both pentagons carry ("A", "B", …).
    public var label: String
    /// The row the arrow leaves.
    public var from: Int
    /// The row it leads to.
    public var to: Int
    /// The page of the outgoing pentagon and its frame.
    public var outPage: Int, outFrame: SOPRect
    /// The page of the incoming pentagon and its frame.
    public var inPage: Int, inFrame: SOPRect
}

/// The whole SOP laid out on pages: page 1 the identity, then the flowchart (header repeated on every page,
/// pages breaking between rows with off-page connectors), then the monitoring form.
public struct SOPLayout: Hashable, Sendable {
    /// The paper.
    public var paper: SOPPaper
    /// The pages in order.
    public var pages: [SOPPage]
    /// Where each flowchart row went, in row order.
    public var rows: [SOPPlacedRow]
    /// The off-page connector pairs.
    public var connectors: [SOPOffPageConnector]
}

/// Why an SOP cannot be laid out.
public enum SOPLayoutError: Error, Hashable, Sendable {
    /// A row is taller than a page's flowchart area.
    case rowTooTall(step: StepID, location: SourceLocation?, needed: Double, available: Double, paper: SOPPaper)
    /// The identity section does not fit on page 1.
    case identityTooTall(document: DocumentID, location: SourceLocation?, needed: Double, available: Double, paper: SOPPaper)

    /// The error as a located diagnostic.
    public var diagnostic: Diagnostic {
        switch self {
        case let .rowTooTall(step, location, needed, available, paper):
            .error(.sopRowTooTall, at: location,
                   "step '\(step)' needs \(Int(needed.rounded(.up))) pt for its row of the SOP flowchart, more than the \(Int(available)) pt a page of \(paper.rawValue.uppercased()) holds; shorten its text or split the step")
        case let .identityTooTall(document, location, needed, available, paper):
            .error(.sopIdentityTooTall, at: location,
                   "the SOP identity of '\(document)' needs \(Int(needed.rounded(.up))) pt, more than the \(Int(available)) pt of page 1 on \(paper.rawValue.uppercased()); shorten the 'sop' lists")
        }
    }
}
