/// How a drawing is cut into pages of a ``Paper``: one scale for every page, and a grid of tiles.
///
/// The number of columns (rows) is the fewest that hold the drawing's width (height) at
/// ``Paper/minimumScale``; the scale is then the largest up to 100 % at which the drawing still fits that
/// grid. Neighbouring tiles overlap by at least ``overlap`` on paper (more along the axis that the other
/// axis's scale leaves slack in: the first and last tiles are flush with the drawing's edges), so the
/// sheets can be laid side by side and a box cut by one page's edge is shown further on the next.
struct PaperLayout: Equatable {
    /// One page: its place in the grid and the centre of its part of the drawing (graph points, y upwards).
    struct Tile: Equatable {
        var row: Int
        var column: Int
        var centerX: Double
        var centerY: Double
    }

    /// The overlap of neighbouring tiles on paper, in points (10 mm).
    static let overlap = 10 * Paper.millimetre

    /// The scale of the drawing on paper (1 is 100 %).
    let scale: Double
    /// Rows and columns of the grid.
    let rows: Int
    let columns: Int
    /// The pages in reading order: left to right, then top to bottom.
    let tiles: [Tile]
    /// The size of the drawing area of a page, in points on paper.
    let areaWidth: Double
    let areaHeight: Double

    /// Cuts a drawing whose bounding box is (`minX`, `minY`)–(`maxX`, `maxY`) in points.
    init(paper: Paper, minX: Double, minY: Double, maxX: Double, maxY: Double) {
        areaWidth = paper.width - 2 * Paper.margin
        areaHeight = paper.height - 2 * Paper.margin - Paper.footerHeight
        let width = max(maxX - minX, 1)
        let height = max(maxY - minY, 1)
        let count = { (length: Double, area: Double) in
            max(1, Int(((length * Paper.minimumScale - PaperLayout.overlap) / (area - PaperLayout.overlap)).rounded(.up)))
        }
        let columns = count(width, areaWidth)
        let rows = count(height, areaHeight)
        let fit = { (cells: Int, length: Double, area: Double) in
            (Double(cells) * (area - PaperLayout.overlap) + PaperLayout.overlap) / length
        }
        scale = min(1, fit(columns, width, areaWidth), fit(rows, height, areaHeight))

        // Tile centres in graph points; an axis the drawing does not fill is centred on the drawing.
        let viewWidth = areaWidth / scale
        let viewHeight = areaHeight / scale
        let centers = { (cells: Int, low: Double, high: Double, view: Double, forward: Bool) -> [Double] in
            if high - low <= view || cells == 1 { return [(low + high) / 2] }
            let step = (high - low - view) / Double(cells - 1)
            return (0..<cells).map { forward ? low + view / 2 + Double($0) * step : high - view / 2 - Double($0) * step }
        }
        let xs = centers(columns, minX, maxX, viewWidth, true)
        let ys = centers(rows, minY, maxY, viewHeight, false)
        self.rows = ys.count
        self.columns = xs.count
        tiles = ys.enumerated().flatMap { row, y in
            xs.enumerated().map { column, x in Tile(row: row, column: column, centerX: x, centerY: y) }
        }
    }
}
