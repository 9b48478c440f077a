import ProbisModel

extension SOPLayout {
    /// Page margins, in points.
    static let margin = 28.0

    /// Lays an SOP out on paper: the identity page, the flowchart pages and the monitoring form.
    ///
    /// - Parameter measure: the drawing's font metrics, so that wrapped text fits its cells as drawn.
    /// - Throws: ``SOPLayoutError`` when a row or the identity section cannot fit a page.
    public static func make(_ document: SOPDocument, paper: SOPPaper, measure: any SOPTextMeasuring) throws(SOPLayoutError) -> SOPLayout {
        let builder = SOPLayoutBuilder(document: document, paper: paper, measure: measure)
        let identity = try builder.identityPage()
        let (flowchart, rows, connectors) = try builder.flowchartPages(firstNumber: 2)
        let monitoring = builder.monitoringPages(firstNumber: 2 + flowchart.count)
        var pages = [identity] + flowchart + monitoring
        for index in pages.indices { builder.addPageNumber(to: &pages[index], of: pages.count) }
        return SOPLayout(paper: paper, pages: pages, rows: rows, connectors: connectors)
    }
}

/// Builds the pages of one SOP: shared geometry and the helpers that place text in cells.
struct SOPLayoutBuilder {
    let document: SOPDocument
    let paper: SOPPaper
    let measure: any SOPTextMeasuring
    /// Padding inside a cell.
    let pad = 3.0

    init(document: SOPDocument, paper: SOPPaper, measure: any SOPTextMeasuring) {
        self.document = document
        self.paper = paper
        self.measure = measure
    }

    /// A blank page of a kind.
    func page(_ number: Int, _ kind: SOPPage.Kind) -> SOPPage {
        let (width, height) = paper.size
        let size = SOPRect(x: 0, y: 0, width: width, height: height)
        return SOPPage(number: number, kind: kind, size: size, content: size.insetBy(SOPLayout.margin))
    }

    /// The lines of a text wrapped to a cell's inner width.
    func lines(_ text: String, width: Double, font: SOPFont) -> [String] {
        measure.wrap(text, width: width - 2 * pad, font: font)
    }

    /// The height a text needs in a cell of a width.
    func height(_ text: String, width: Double, font: SOPFont) -> Double {
        Double(lines(text, width: width, font: font).count) * font.lineHeight + 2 * pad
    }

    /// Places wrapped text in a cell: left-aligned or centred, from the top or centred vertically.
    func place(_ text: String, in cell: SOPRect, font: SOPFont, center: Bool = false, middle: Bool = false) -> [SOPTextLine] {
        let wrapped = lines(text, width: cell.width, font: font)
        let inner = cell.insetBy(pad)
        let blockHeight = Double(wrapped.count) * font.lineHeight
        var top = middle ? cell.midY - blockHeight / 2 : inner.y
        top = max(top, inner.y)
        return wrapped.enumerated().map { index, line in
            let width = measure.width(of: line, size: font.size, bold: font.bold)
            let x = center ? cell.midX - width / 2 : inner.x
            let baseline = top + Double(index) * font.lineHeight + font.size * 0.9
            return SOPTextLine(text: line, x: x.rounded(toPlaces: 2), baseline: baseline.rounded(toPlaces: 2), font: font,
                               width: width.rounded(toPlaces: 2), bounds: inner)
        }
    }

    /// The "Halaman i dari n" line in the bottom-right corner.
    func addPageNumber(to page: inout SOPPage, of count: Int) {
        let text = "Halaman \(page.number) dari \(count)"
        let font = SOPFont.small
        let width = measure.width(of: text, size: font.size, bold: false)
        let bounds = SOPRect(x: page.content.x, y: page.content.maxY - font.lineHeight, width: page.content.width, height: font.lineHeight)
        page.texts.append(SOPTextLine(text: text, x: (page.content.maxX - width).rounded(toPlaces: 2),
                                      baseline: (page.content.maxY - 1).rounded(toPlaces: 2), font: font,
                                      width: width.rounded(toPlaces: 2), bounds: bounds))
    }

    /// Room kept at the bottom of every page for the page number.
    var footer: Double { SOPFont.small.lineHeight + 2 }
}
