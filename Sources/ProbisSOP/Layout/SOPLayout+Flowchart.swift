/// The column geometry of the flowchart table.
struct SOPColumns {
    /// Left edge of the table.
    var x: Double
    /// Widths: No, Kegiatan, each Pelaksana, Kelengkapan, Waktu, Output, Keterangan.
    var no: Double, kegiatan: Double, lanes: [Double], kelengkapan: Double, waktu: Double, output: Double, keterangan: Double

    /// The x edges of every column, left to right (one more than the columns).
    var edges: [Double] {
        var out = [x]
        for width in [no, kegiatan] + lanes + [kelengkapan, waktu, output, keterangan] { out.append(out.last! + width) }
        return out
    }

    /// The x range of a Pelaksana column.
    func lane(_ index: Int) -> (minX: Double, maxX: Double) {
        let left = edges[2 + index]
        return (left, left + lanes[index])
    }

    /// Widths for `count` Pelaksana columns in a table `width` wide: each lane at least 46 pt (down to what
    /// fits), the text columns between their minimum and their preferred width.
    static func fitting(width: Double, x: Double, count: Int) -> SOPColumns {
        let preferred = [22.0, 160, 85, 48, 85, 90]
        let minimum = [20.0, 110, 60, 42, 60, 62]
        let laneMinimum = 46.0, laneMaximum = 96.0
        let lanes = Double(max(count, 1))
        var fixed = preferred
        var lane = (width - preferred.reduce(0, +)) / lanes
        if lane < laneMinimum {
            let room = width - lanes * laneMinimum
            let low = minimum.reduce(0, +), high = preferred.reduce(0, +)
            let share = max(0, min(1, (room - low) / (high - low)))
            fixed = zip(minimum, preferred).map { $0 + share * ($1 - $0) }
            lane = (width - fixed.reduce(0, +)) / lanes
        } else if lane > laneMaximum {
            // Wide paper, few lanes: the spare width goes to Kegiatan and Keterangan.
            let spare = (lane - laneMaximum) * lanes
            lane = laneMaximum
            fixed[1] += spare * 0.6
            fixed[5] += spare * 0.4
        }
        let r = { (value: Double) in value.rounded(toPlaces: 2) }
        return SOPColumns(x: x, no: r(fixed[0]), kegiatan: r(fixed[1]), lanes: Array(repeating: (lane * 100).rounded(.down) / 100, count: max(count, 1)),
                          kelengkapan: r(fixed[2]), waktu: r(fixed[3]), output: r(fixed[4]), keterangan: r(fixed[5]))
    }
}

extension SOPLayoutBuilder {
    /// The font of a flowchart page's title.
    static let titleFont = SOPFont(9, bold: true)

    /// Height of a strip that holds off-page connectors at the top or bottom of a flowchart page.
    static let strip = 24.0

    /// The size of a row's symbol in a Pelaksana column of a width.
    static func symbolSize(_ symbol: SOPSymbol, laneWidth: Double) -> (width: Double, height: Double) {
        let room = laneWidth - 14
        switch symbol {
        case .box: return (room, 20)
        case .capsule: return (min(room, 40), 14)
        case .diamond: return (min(room, 28), 22)
        case .pentagon: return (16, 16)
        }
    }

    /// The flowchart: rows paginated under the repeated header, symbols in their Pelaksana columns, arrows
    /// routed, and off-page connectors where an arrow crosses pages.
    func flowchartPages(firstNumber: Int) throws(SOPLayoutError) -> ([SOPPage], [SOPPlacedRow], [SOPOffPageConnector]) {
        let template = page(firstNumber, .flowchart)
        let area = template.content
        let columns = SOPColumns.fitting(width: area.width, x: area.x, count: document.pelaksana.count)
        let titleHeight = max(18, height("SOP \(document.nama)", width: area.width, font: Self.titleFont))
        let headerTop = area.y + titleHeight
        let headerHeights = headerRowHeights(columns)
        let bodyTop = headerTop + headerHeights.0 + headerHeights.1
        let noteHeight = height(document.waktuNote, width: area.width, font: .small)
        let bodyBottom = area.maxY - footer - noteHeight
        // Every page but the first keeps a strip at the top, every page one at the bottom (the last page's
        // stays empty): a row never needs to know whether it ends a page.
        let available = bodyBottom - bodyTop - 2 * Self.strip
        let heights = document.rows.map { rowHeight($0, columns) }
        var pagesRows: [[Int]] = [[]]
        var used = 0.0
        for (index, height) in heights.enumerated() {
            if height > available {
                let row = document.rows[index]
                throw .rowTooTall(step: row.step, location: row.location, needed: height, available: available, paper: paper)
            }
            let room = pagesRows.count == 1 ? available + Self.strip : available
            if used + height > room, !pagesRows[pagesRows.count - 1].isEmpty {
                pagesRows.append([])
                used = 0
            }
            pagesRows[pagesRows.count - 1].append(index)
            used += height
        }
        var pages: [SOPPage] = []
        var placed: [SOPPlacedRow] = []
        for (offset, rows) in pagesRows.enumerated() {
            var page = page(firstNumber + offset, .flowchart)
            drawTitle(on: &page, titleHeight: titleHeight)
            drawHeader(on: &page, columns: columns, top: headerTop, heights: headerHeights)
            let rowsTop = offset == 0 ? bodyTop : bodyTop + Self.strip
            var y = rowsTop
            let tableBottom = offset == pagesRows.count - 1 ? y + rows.reduce(0) { $0 + heights[$1] } : bodyBottom
            for index in rows {
                let band = SOPRect(x: area.x, y: y, width: area.width, height: heights[index])
                let row = document.rows[index]
                let symbol = drawRow(row, band: band, columns: columns, on: &page)
                placed.append(SOPPlacedRow(row: index, page: page.number, band: band, symbol: symbol, column: row.column))
                y += heights[index]
            }
            drawGrid(on: &page, columns: columns, top: bodyTop, rowsTop: rowsTop, rowsBottom: y, bottom: tableBottom,
                     placed: placed.filter { $0.page == page.number })
            page.texts += place(document.waktuNote, in: SOPRect(x: area.x, y: bodyBottom, width: area.width, height: noteHeight), font: .small)
            page.pelaksanaColumns = columns.lanes.indices.map { lane in
                let range = columns.lane(lane)
                return SOPRect(x: range.minX, y: headerTop, width: range.maxX - range.minX, height: tableBottom - headerTop)
            }
            pages.append(page)
        }
        var router = SOPRouter(columns: columns, rows: placed, stripHeight: Self.strip, bodyTop: bodyTop, bodyBottom: bodyBottom,
                               firstPage: firstNumber, lastPage: firstNumber + pagesRows.count - 1)
        router.route(document.rows, pages: &pages, measure: measure)
        return (pages, placed, router.connectors)
    }

    /// Heights of the two header rows: titles in row 1, lane titles and Mutu Baku parts in row 2.
    func headerRowHeights(_ columns: SOPColumns) -> (Double, Double) {
        let second = (zip(document.pelaksana, columns.lanes).map { height($0, width: $1, font: .heading) }
            + [height("Kelengkapan", width: columns.kelengkapan, font: .heading), height("Waktu", width: columns.waktu, font: .heading)]).max() ?? 14
        return (14, max(14, second))
    }

    /// The height of a row: its tallest text, and room for its symbol and branch labels.
    func rowHeight(_ row: SOPRow, _ columns: SOPColumns) -> Double {
        let texts = [
            height(row.kegiatan, width: columns.kegiatan, font: .body), height(row.kelengkapan, width: columns.kelengkapan, font: .body),
            height(row.waktu, width: columns.waktu, font: .body), height(row.output, width: columns.output, font: .body),
            height(row.keterangan, width: columns.keterangan, font: .body),
        ]
        let symbol = Self.symbolSize(row.symbol, laneWidth: columns.lanes[0]).height + 18
        return max(texts.max() ?? 0, symbol).rounded(.up)
    }

    /// The page's title line: the SOP's name.
    func drawTitle(on page: inout SOPPage, titleHeight: Double) {
        let cell = SOPRect(x: page.content.x, y: page.content.y, width: page.content.width, height: titleHeight)
        page.texts += place("SOP \(document.nama)", in: cell, font: Self.titleFont, middle: true)
    }

    /// The two header rows, repeated on every flowchart page.
    func drawHeader(on page: inout SOPPage, columns: SOPColumns, top: Double, heights: (Double, Double)) {
        let edges = columns.edges
        let laneCount = columns.lanes.count
        let full = heights.0 + heights.1
        func cell(_ from: Int, _ to: Int, _ y: Double, _ height: Double, _ text: String) {
            let rect = SOPRect(x: edges[from], y: y, width: edges[to] - edges[from], height: height)
            page.cells.append(rect)
            page.shaded.append(rect)
            page.texts += place(text, in: rect, font: .heading, center: true, middle: true)
        }
        cell(0, 1, top, full, "No")
        cell(1, 2, top, full, "Kegiatan")
        cell(2, 2 + laneCount, top, heights.0, "Pelaksana")
        for (lane, title) in document.pelaksana.enumerated() { cell(2 + lane, 3 + lane, top + heights.0, heights.1, title) }
        let mutu = 2 + laneCount
        cell(mutu, mutu + 3, top, heights.0, "Mutu Baku")
        cell(mutu, mutu + 1, top + heights.0, heights.1, "Kelengkapan")
        cell(mutu + 1, mutu + 2, top + heights.0, heights.1, "Waktu")
        cell(mutu + 2, mutu + 3, top + heights.0, heights.1, "Output")
        cell(mutu + 3, mutu + 4, top, full, "Keterangan")
    }

    /// One row's texts and symbol; returns the symbol's frame.
    func drawRow(_ row: SOPRow, band: SOPRect, columns: SOPColumns, on page: inout SOPPage) -> SOPRect {
        let edges = columns.edges
        let laneCount = columns.lanes.count
        func text(_ column: Int, _ value: String, center: Bool = false) {
            let cell = SOPRect(x: edges[column], y: band.y, width: edges[column + 1] - edges[column], height: band.height)
            page.texts += place(value, in: cell, font: .body, center: center)
        }
        text(0, "\(row.number)", center: true)
        text(1, row.kegiatan)
        text(2 + laneCount, row.kelengkapan)
        text(3 + laneCount, row.waktu, center: true)
        text(4 + laneCount, row.output)
        text(5 + laneCount, row.keterangan)
        let lane = columns.lane(min(row.column, laneCount - 1))
        let size = Self.symbolSize(row.symbol, laneWidth: lane.maxX - lane.minX)
        let frame = SOPRect(x: ((lane.minX + lane.maxX) / 2 - size.width / 2).rounded(toPlaces: 2),
                            y: (band.midY - size.height / 2).rounded(toPlaces: 2), width: size.width, height: size.height)
        page.symbols.append(SOPPlacedSymbol(shape: row.symbol, frame: frame, column: row.column, row: row.number - 1,
                                            label: row.symbol == .pentagon ? "" : nil))
        return frame
    }

    /// The table's cells below the header: one per column for each row band, and the connector strips.
    func drawGrid(on page: inout SOPPage, columns: SOPColumns, top: Double, rowsTop: Double, rowsBottom: Double, bottom: Double,
                  placed: [SOPPlacedRow]) {
        let xs = columns.edges
        var bands: [(Double, Double)] = [(top, rowsTop)]
        for row in placed { bands.append((row.band.y, row.band.maxY)) }
        if bottom > rowsBottom { bands.append((rowsBottom, bottom)) }
        let laneRange = 2..<(2 + columns.lanes.count)
        for (minY, maxY) in bands where maxY > minY {
            let isStrip = minY == top || minY == rowsBottom
            if isStrip {
                // A strip is one cell left of the lanes, the lanes, and one cell right of them.
                page.cells.append(SOPRect(x: xs[0], y: minY, width: xs[laneRange.lowerBound] - xs[0], height: maxY - minY))
                for lane in laneRange { page.cells.append(SOPRect(x: xs[lane], y: minY, width: xs[lane + 1] - xs[lane], height: maxY - minY)) }
                page.cells.append(SOPRect(x: xs[laneRange.upperBound], y: minY, width: xs.last! - xs[laneRange.upperBound], height: maxY - minY))
            } else {
                for column in 0..<(xs.count - 1) {
                    page.cells.append(SOPRect(x: xs[column], y: minY, width: xs[column + 1] - xs[column], height: maxY - minY))
                }
            }
        }
    }
}
