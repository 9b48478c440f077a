import CGraphviz
import Foundation
import ProbisDOT

extension Graphviz {
    /// Renders a laid-out graph as a PDF of `paper` pages (see ``PaperLayout``): every page draws its tile of
    /// the layout through Graphviz's cairo renderer, with a footer line naming the diagram, the page and the
    /// scale. Call under the lock.
    /// - Returns: the PDF's bytes, or `nil` when cairo or Graphviz failed (the message is in ``messages``).
    static func paperPDF(_ graph: UnsafeMutablePointer<Agraph_t>, context: OpaquePointer, paper: Paper) -> [UInt8]? {
        let box = probis_bounding_box(graph)
        let layout = PaperLayout(paper: paper, minX: box.LL.x, minY: box.LL.y, maxX: box.UR.x, maxY: box.UR.y)
        guard let document = probis_paper_open(paper.width, paper.height) else { return nil }
        let name = String(cString: agnameof(graph))
        let percent = Int((layout.scale * 100).rounded(.down))
        // The page's own margins replace Graphviz's `pad` and the PDF device's default margin of 36 pt, which
        // would otherwise shift every tile right and down (both are read at each render, so set them here).
        var saved: [(String, String)] = []
        for name in ["pad", "margin"] {
            saved.append((name, probis_attribute(graph, name).map { String(cString: $0) } ?? ""))
            _ = probis_set_attribute(graph, name, "0")
        }
        defer { for (name, value) in saved { _ = probis_set_attribute(graph, name, value) } }
        var status: Int32 = 0
        for (number, tile) in layout.tiles.enumerated() where status == 0 {
            let viewport = [layout.areaWidth, layout.areaHeight, layout.scale, tile.centerX, tile.centerY]
                .map { String(format: "%.4f", $0) }.joined(separator: ",")
            var footer = "\(name) — halaman \(number + 1) dari \(layout.tiles.count)"
            if layout.tiles.count > 1 { footer += " (baris \(tile.row + 1), kolom \(tile.column + 1))" }
            footer += " — skala \(percent)%"
            status = probis_paper_page(document, context, graph, viewport, Paper.margin, Paper.margin,
                                       layout.areaWidth, layout.areaHeight, footer,
                                       paper.height - Paper.margin, Paper.footerFontSize)
            if probis_reset_errors() >= probis_error_level() { status = -1 }
        }
        _ = probis_set_attribute(graph, "viewport", "")
        var data: UnsafeMutablePointer<UInt8>?
        var length = 0
        let closed = probis_paper_close(document, &data, &length)
        defer { free(data) }
        guard status == 0, closed == 0, let data else { return nil }
        return [UInt8](UnsafeBufferPointer(start: data, count: length))
    }
}
