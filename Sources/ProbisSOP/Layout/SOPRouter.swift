/// Routes the flowchart's arrows as SOP AP flowcharts draw them, and places off-page connectors.
///
/// An arrow to a row below whose column is clear between the two goes out of the symbol's bottom, along
/// its own row to the target's column, and down into the target's top. Any other arrow (a loop back up for
/// perbaikan, or a jump past other symbols of the target's column) leaves through a side, runs along a
/// channel at the edge of a Pelaksana column (symbols keep 7 pt clear of the edges), and enters the
/// target's side. An arrow whose target is on another page ends in a pentagon in the connector strip at the
/// bottom (forwards) or top (backwards) of its page, and continues from a pentagon with the same label in
/// the opposite strip of the target's page.
struct SOPRouter {
    let columns: SOPColumns
    let rows: [SOPPlacedRow]
    let stripHeight: Double
    let bodyTop: Double
    let bodyBottom: Double
    let firstPage: Int
    let lastPage: Int
    /// The connector pairs placed so far.
    var connectors: [SOPOffPageConnector] = []
    private var channels: [String: Int] = [:]
    private var stripSlots: [String: Int] = [:]
    private var stripTotals: [String: Int] = [:]
    private var exits: [String: Set<Exit>] = [:]

    init(columns: SOPColumns, rows: [SOPPlacedRow], stripHeight: Double, bodyTop: Double, bodyBottom: Double, firstPage: Int, lastPage: Int) {
        self.columns = columns
        self.rows = rows
        self.stripHeight = stripHeight
        self.bodyTop = bodyTop
        self.bodyBottom = bodyBottom
        self.firstPage = firstPage
        self.lastPage = lastPage
    }

    /// Which side of a symbol an arrow leaves by.
    enum Exit: Hashable { case bottom, left, right }

    /// A symbol an arrow starts or ends at: a row's, or a pentagon's.
    struct Terminal {
        var key: String
        var frame: SOPRect
        var bandMaxY: Double
        var column: Int
        var page: Int
    }

    mutating func route(_ documentRows: [SOPRow], pages: inout [SOPPage], measure: any SOPTextMeasuring) {
        let placed = Dictionary(rows.map { ($0.row, $0) }, uniquingKeysWith: { first, _ in first })
        // How many pentagons each strip of each column will hold, so that they can stand centred side by side.
        for (index, row) in documentRows.enumerated() {
            guard let from = placed[index] else { continue }
            for link in row.links {
                guard let to = placed[link.target], to.page != from.page else { continue }
                let forward = to.page > from.page
                stripTotals["\(from.page)-\(!forward)-\(from.column)", default: 0] += 1
                stripTotals["\(to.page)-\(forward)-\(to.column)", default: 0] += 1
            }
        }
        for (index, row) in documentRows.enumerated() {
            guard let from = placed[index] else { continue }
            for link in row.links {
                guard let to = placed[link.target] else { continue }
                let source = terminal(from), target = terminal(to)
                if source.page == target.page {
                    draw(from: source, to: target, label: link.label, pages: &pages, measure: measure)
                    continue
                }
                let label = Self.label(connectors.count)
                let forward = target.page > source.page
                let out = pentagon(page: source.page, top: !forward, column: from.column, label: label, pages: &pages)
                let into = pentagon(page: target.page, top: forward, column: to.column, label: label, pages: &pages)
                draw(from: source, to: out, label: link.label, pages: &pages, measure: measure)
                draw(from: into, to: target, label: nil, pages: &pages, measure: measure)
                connectors.append(SOPOffPageConnector(label: label, from: index, to: link.target, outPage: source.page,
                                                      outFrame: out.frame, inPage: target.page, inFrame: into.frame))
            }
        }
    }

    /// "A" … "Z", then "AA", "AB", ….
    static func label(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(letters[index]) : label(index / 26 - 1) + String(letters[index % 26])
    }

    private func terminal(_ row: SOPPlacedRow) -> Terminal {
        Terminal(key: "row\(row.row)", frame: row.symbol, bandMaxY: row.band.maxY, column: row.column, page: row.page)
    }

    /// The bottom of the last row on a page: where its bottom strip begins.
    private func rowsBottom(_ page: Int) -> Double {
        rows.filter { $0.page == page }.map(\.band.maxY).max() ?? bodyTop + stripHeight
    }

    /// A pentagon in a page's top or bottom strip, in a Pelaksana column; several in one column stand side by
    /// side, centred on the column.
    private mutating func pentagon(page: Int, top: Bool, column: Int, label: String, pages: inout [SOPPage]) -> Terminal {
        let slotKey = "\(page)-\(top)-\(column)"
        let slot = stripSlots[slotKey, default: 0]
        stripSlots[slotKey] = slot + 1
        let lane = columns.lane(column)
        let size = 16.0
        let total = Double(stripTotals[slotKey, default: 1])
        let centre = (lane.minX + lane.maxX) / 2 + (Double(slot) - (total - 1) / 2) * (size + 1)
        let y = top ? bodyTop + (stripHeight - size) / 2 : rowsBottom(page) + (stripHeight - size) / 2
        let frame = SOPRect(x: (centre - size / 2).rounded(toPlaces: 2), y: y.rounded(toPlaces: 2), width: size, height: size)
        pages[page - firstPage].symbols.append(SOPPlacedSymbol(shape: .pentagon, frame: frame, column: column, row: nil, label: label))
        let bandMaxY = top ? bodyTop + stripHeight : rowsBottom(page) + stripHeight
        return Terminal(key: "pentagon\(page)-\(label)", frame: frame, bandMaxY: bandMaxY, column: column, page: page)
    }

    /// Whether the target's column is free of other symbols between two heights on a page.
    private func clear(page: SOPPage, column: Int, from top: Double, to bottom: Double, except: [SOPRect]) -> Bool {
        !page.symbols.contains { symbol in
            symbol.column == column && !except.contains(symbol.frame) && symbol.frame.maxY > top && symbol.frame.y < bottom
        }
    }

    private mutating func draw(from a: Terminal, to b: Terminal, label: String?, pages: inout [SOPPage], measure: any SOPTextMeasuring) {
        let index = a.page - firstPage
        var used = exits[a.key, default: []]
        var points: [SOPPoint]
        var exit: Exit
        let turn = (a.frame.maxY + (a.bandMaxY - a.frame.maxY) / 2).rounded(toPlaces: 2)
        if a.frame.maxY < b.frame.y, !used.contains(.bottom),
           clear(page: pages[index], column: b.column, from: turn, to: b.frame.y, except: [a.frame, b.frame]) {
            exit = .bottom
            let start = SOPPoint(a.frame.midX, a.frame.maxY)
            if abs(a.frame.midX - b.frame.midX) < 0.5 {
                points = [start, SOPPoint(a.frame.midX, b.frame.y)]
            } else {
                points = [start, SOPPoint(a.frame.midX, turn), SOPPoint(b.frame.midX, turn), SOPPoint(b.frame.midX, b.frame.y)]
            }
        } else {
            exit = b.column < a.column ? .left : .right
            if used.contains(exit) { exit = exit == .left ? .right : .left }
            let channelColumn: Int
            let entersLeft: Bool
            switch (exit, b.column < a.column, b.column > a.column) {
            case (.right, _, true): (channelColumn, entersLeft) = (b.column, true)
            case (.left, true, _): (channelColumn, entersLeft) = (b.column, false)
            case (.right, _, _): (channelColumn, entersLeft) = (a.column, false)
            default: (channelColumn, entersLeft) = (a.column, true)
            }
            let lane = columns.lane(channelColumn)
            let key = "\(a.page)-\(channelColumn)-\(entersLeft)"
            let slot = channels[key, default: 0]
            channels[key] = slot + 1
            let offset = 2.5 + Double(slot % 3) * 1.5
            let x = (entersLeft ? lane.minX + offset : lane.maxX - offset).rounded(toPlaces: 2)
            let start = SOPPoint(exit == .left ? a.frame.x : a.frame.maxX, a.frame.midY)
            let end = SOPPoint(entersLeft ? b.frame.x : b.frame.maxX, b.frame.midY)
            points = [start, SOPPoint(x, start.y), SOPPoint(x, end.y), end]
        }
        used.insert(exit)
        exits[a.key] = used
        pages[index].arrows.append(SOPArrow(points: points))
        guard let label, !label.isEmpty else { return }
        let font = SOPFont.small
        let width = measure.width(of: label, size: font.size, bold: false).rounded(toPlaces: 2)
        let start = points[0]
        let x: Double, baseline: Double
        switch exit {
        case .bottom:
            // Beside the line, on the side away from where it turns.
            let turnsLeft = points.count > 2 && points[2].x < start.x
            (x, baseline) = (turnsLeft ? start.x + 2 : start.x - width - 2, start.y + 6)
        case .right: (x, baseline) = (start.x + 1.5, start.y - 1.5)
        case .left: (x, baseline) = (start.x - width - 1.5, start.y - 1.5)
        }
        pages[index].texts.append(SOPTextLine(text: label, x: x.rounded(toPlaces: 2), baseline: baseline.rounded(toPlaces: 2),
                                              font: font, width: width, bounds: pages[index].content))
    }
}
