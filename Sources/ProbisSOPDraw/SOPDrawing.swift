import CCairo
import ProbisSOP

/// Draws a laid-out SOP with cairo: every page into one PDF, or one page as SVG or PNG. Nothing is laid out
/// here; the drawing follows ``SOPLayout`` exactly.
public enum SOPDrawing {
    /// The file formats.
    public enum Format: String, CaseIterable, Sendable {
        /// One multi-page PDF.
        case pdf
        /// One SVG per page.
        case svg
        /// One PNG per page (at `pngScale` × 72 dpi).
        case png
    }

    /// PNG pixels per point (2 = 144 dpi).
    public static let pngScale = 2.0

    /// Every page as one PDF document.
    public static func pdf(_ layout: SOPLayout, title: String) -> [UInt8] {
        let sink = ByteSink()
        let (width, height) = layout.paper.size
        let surface = cairo_pdf_surface_create_for_stream(ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(), width, height)!
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "probis sop")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z")
        let context = cairo_create(surface)!
        for page in layout.pages {
            draw(page, on: context)
            cairo_show_page(context)
        }
        cairo_destroy(context)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        return withExtendedLifetime(sink) { sink.bytes }
    }

    /// One page as SVG.
    public static func svg(_ page: SOPPage) -> [UInt8] {
        let sink = ByteSink()
        let surface = cairo_svg_surface_create_for_stream(ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(), page.size.width, page.size.height)!
        let context = cairo_create(surface)!
        draw(page, on: context)
        cairo_destroy(context)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        return withExtendedLifetime(sink) { sink.bytes }
    }

    /// One page as PNG on white.
    public static func png(_ page: SOPPage) -> [UInt8] {
        let sink = ByteSink()
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32((page.size.width * pngScale).rounded(.up)), Int32((page.size.height * pngScale).rounded(.up)))!
        let context = cairo_create(surface)!
        cairo_scale(context, pngScale, pngScale)
        draw(page, on: context)
        cairo_destroy(context)
        cairo_surface_write_to_png_stream(surface, ByteSink.write, Unmanaged.passUnretained(sink).toOpaque())
        cairo_surface_destroy(surface)
        return withExtendedLifetime(sink) { sink.bytes }
    }

    /// Draws one page: white ground, shaded headings, cell borders, symbols, arrows, text.
    static func draw(_ page: SOPPage, on context: OpaquePointer) {
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_set_source_rgb(context, 0.88, 0.88, 0.88)
        for cell in page.shaded { cairo_rectangle(context, cell.x, cell.y, cell.width, cell.height) }
        cairo_fill(context)
        cairo_set_source_rgb(context, 0, 0, 0)
        cairo_set_line_width(context, 0.6)
        for cell in page.cells { cairo_rectangle(context, cell.x, cell.y, cell.width, cell.height) }
        cairo_stroke(context)
        cairo_set_line_width(context, 0.8)
        for symbol in page.symbols { drawSymbol(symbol, on: context) }
        for arrow in page.arrows { drawArrow(arrow, on: context) }
        cairo_set_source_rgb(context, 0, 0, 0)
        for line in page.texts {
            CairoTextMeasurer.select(context, size: line.font.size, bold: line.font.bold)
            cairo_move_to(context, line.x, line.baseline)
            cairo_show_text(context, line.text)
        }
    }

    /// The five SOP symbols' four shapes (the fifth is the arrow).
    static func drawSymbol(_ symbol: SOPPlacedSymbol, on context: OpaquePointer) {
        let f = symbol.frame
        cairo_new_path(context)
        switch symbol.shape {
        case .box:
            cairo_rectangle(context, f.x, f.y, f.width, f.height)
        case .capsule:
            let r = f.height / 2
            cairo_arc(context, f.x + r, f.midY, r, Double.pi / 2, 3 * Double.pi / 2)
            cairo_arc(context, f.maxX - r, f.midY, r, 3 * Double.pi / 2, Double.pi / 2)
            cairo_close_path(context)
        case .diamond:
            cairo_move_to(context, f.midX, f.y)
            cairo_line_to(context, f.maxX, f.midY)
            cairo_line_to(context, f.midX, f.maxY)
            cairo_line_to(context, f.x, f.midY)
            cairo_close_path(context)
        case .pentagon:
            // The off-page connector: a square whose lower side comes to a point.
            cairo_move_to(context, f.x, f.y)
            cairo_line_to(context, f.maxX, f.y)
            cairo_line_to(context, f.maxX, f.y + f.height * 0.6)
            cairo_line_to(context, f.midX, f.maxY)
            cairo_line_to(context, f.x, f.y + f.height * 0.6)
            cairo_close_path(context)
        }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_fill_preserve(context)
        cairo_set_source_rgb(context, 0, 0, 0)
        cairo_stroke(context)
        if let label = symbol.label, !label.isEmpty {
            CairoTextMeasurer.select(context, size: 7, bold: true)
            var extents = cairo_text_extents_t()
            cairo_text_extents(context, label, &extents)
            cairo_move_to(context, f.midX - extents.x_advance / 2, f.y + f.height * 0.55)
            cairo_show_text(context, label)
        }
    }

    /// A polyline with a filled head at its last point.
    static func drawArrow(_ arrow: SOPArrow, on context: OpaquePointer) {
        guard let first = arrow.points.first, arrow.points.count >= 2 else { return }
        cairo_set_source_rgb(context, 0, 0, 0)
        cairo_new_path(context)
        cairo_move_to(context, first.x, first.y)
        for point in arrow.points.dropFirst() { cairo_line_to(context, point.x, point.y) }
        cairo_stroke(context)
        let tip = arrow.points[arrow.points.count - 1], from = arrow.points[arrow.points.count - 2]
        let dx = tip.x - from.x, dy = tip.y - from.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return }
        let ux = dx / length, uy = dy / length, size = 4.0
        cairo_move_to(context, tip.x, tip.y)
        cairo_line_to(context, tip.x - ux * size - uy * size * 0.5, tip.y - uy * size + ux * size * 0.5)
        cairo_line_to(context, tip.x - ux * size + uy * size * 0.5, tip.y - uy * size - ux * size * 0.5)
        cairo_close_path(context)
        cairo_fill(context)
    }
}

/// Collects the bytes cairo writes to a stream.
final class ByteSink {
    var bytes: [UInt8] = []

    /// cairo's write callback: appends to the sink passed as the closure's context.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }
}
