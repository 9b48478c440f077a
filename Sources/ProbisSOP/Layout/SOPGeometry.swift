/// A point on a page, in PostScript points (1/72 inch) from the top-left corner, y growing downwards.
public struct SOPPoint: Hashable, Sendable {
    /// Distance from the left edge.
    public var x: Double
    /// Distance from the top edge.
    public var y: Double

    /// Creates a point.
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// A rectangle on a page, in points from the top-left corner.
public struct SOPRect: Hashable, Sendable {
    /// Left edge.
    public var x: Double
    /// Top edge.
    public var y: Double
    /// Width.
    public var width: Double
    /// Height.
    public var height: Double

    /// Creates a rectangle.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Right edge.
    public var maxX: Double { x + width }
    /// Bottom edge.
    public var maxY: Double { y + height }
    /// Horizontal centre.
    public var midX: Double { x + width / 2 }
    /// Vertical centre.
    public var midY: Double { y + height / 2 }

    /// Whether another rectangle lies inside this one, allowing `tolerance` points of overshoot (rounding).
    public func contains(_ other: SOPRect, tolerance: Double = 0.01) -> Bool {
        other.x >= x - tolerance && other.y >= y - tolerance && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
    }

    /// Whether a point lies inside (edges included, with `tolerance`).
    public func contains(_ point: SOPPoint, tolerance: Double = 0.01) -> Bool {
        point.x >= x - tolerance && point.x <= maxX + tolerance && point.y >= y - tolerance && point.y <= maxY + tolerance
    }

    /// The rectangle shrunk by `inset` on every side.
    public func insetBy(_ inset: Double) -> SOPRect {
        SOPRect(x: x + inset, y: y + inset, width: max(0, width - 2 * inset), height: max(0, height - 2 * inset))
    }
}

/// The paper an SOP is printed on, always landscape (PermenPANRB 35/2012).
public enum SOPPaper: String, Hashable, Sendable, CaseIterable {
    /// A4, 297 × 210 mm.
    case a4
    /// F4 (folio), 330 × 215 mm, the size Indonesian offices file.
    case f4

    /// Width and height in points, landscape.
    public var size: (width: Double, height: Double) {
        switch self {
        case .a4: (841.89, 595.28)
        case .f4: (935.43, 609.45)
        }
    }
}
