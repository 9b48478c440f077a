import CCairo
import ProbisSOP

/// Font metrics from cairo for the font the drawing uses (Liberation Sans, metric-compatible with Arial,
/// the usual face of Indonesian government documents; fontconfig substitutes when it is missing).
///
/// Not thread-safe: use one per thread.
public final class CairoTextMeasurer: SOPTextMeasuring {
    /// The font family.
    public static let family = "Liberation Sans"
    private let surface: OpaquePointer
    private let context: OpaquePointer
    private var cache: [CacheKey: Double] = [:]

    private struct CacheKey: Hashable {
        var text: String
        var size: Double
        var bold: Bool
    }

    /// Creates a measurer with a 1 × 1 image surface of its own.
    public init() {
        surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)
        context = cairo_create(surface)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// The advance width of a line of text, in points.
    public func width(of text: String, size: Double, bold: Bool) -> Double {
        let key = CacheKey(text: text, size: size, bold: bold)
        if let known = cache[key] { return known }
        CairoTextMeasurer.select(context, size: size, bold: bold)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        cache[key] = extents.x_advance
        return extents.x_advance
    }

    /// Selects the drawing's font on a cairo context.
    static func select(_ context: OpaquePointer, size: Double, bold: Bool) {
        cairo_select_font_face(context, family, CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, size)
    }
}
