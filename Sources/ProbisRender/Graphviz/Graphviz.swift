import CGraphviz
import Foundation

/// Lays out and renders DOT text through Graphviz's C library.
///
/// Graphviz keeps hidden global state and is not thread-safe, so every call into it happens under one
/// process-wide lock, and the process has one Graphviz context that is never freed (freeing and recreating
/// one is a use-after-free in the pango plugin). Graphviz's messages are captured with `agseterrf` instead of
/// reaching standard error, and failures are detected with `agreseterrors()`, because its return codes do not
/// always say when something went wrong.
///
/// Clustered `dot` layouts in Graphviz 2.43 leak and are not reproducible when rendered repeatedly in one
/// process, its parser counts lines across calls, and a process that lays out many clustered graphs in a row
/// can crash inside the dot layout: render each map in a fresh process (see ``WorkerPool``).
public enum Graphviz {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var context: OpaquePointer?
    nonisolated(unsafe) private static var messages = ""

    /// Lays out DOT text once, finishes the layout (``LayoutFinish``) and renders it in each requested format;
    /// the PDF is cut into pages of the paper the graph's ``Paper/attribute`` names (A3 when it names none).
    ///
    /// - Parameters:
    ///   - dot: a whole graph as DOT text.
    ///   - formats: the output formats; ``RenderFormat/dot`` returns the DOT text itself.
    ///   - engine: the layout engine, `dot` unless the graph needs another.
    ///   - release: free the layout and the graph afterwards; a process that exits right after the render
    ///     (a forked worker child) skips that work, as the operating system takes the memory back anyway.
    /// - Returns: the bytes of each format.
    /// - Throws: ``RenderError/graphviz(message:)`` with Graphviz's own text when parsing, layout or
    ///   rendering reports an error (warnings alone are not failures).
    public static func render(dot: String, formats: [RenderFormat], engine: String = "dot", release: Bool = true)
        throws(RenderError) -> [RenderFormat: [UInt8]]
    {
        lock.lock()
        defer { lock.unlock() }
        let context = sharedContext()
        messages = ""
        _ = probis_reset_errors()
        guard let graph = probis_read(dot) else { throw failure("cannot parse the DOT text") }
        defer { if release { _ = probis_close(graph) } }
        if probis_reset_errors() >= probis_error_level() { throw failure("cannot parse the DOT text") }

        let layoutStatus = probis_layout(context, graph, engine)
        defer { if release { _ = probis_free_layout(context, graph) } }
        if probis_reset_errors() >= probis_error_level() || layoutStatus != 0 {
            throw failure("layout failed (gvLayout returned \(layoutStatus))")
        }
        LayoutFinish.apply(graph)

        // Always in one order (SVG first): Graphviz numbers SVG anchors with a counter that other renders of
        // the same layout advance, so the bytes of a format must not depend on which others were asked for.
        var result: [RenderFormat: [UInt8]] = [:]
        for format in Set(formats).sorted() {
            guard let name = format.graphvizName else {
                result[format] = Array(dot.utf8)
                continue
            }
            if format == .pdf {
                let name = probis_attribute(graph, Paper.attribute).map { String(cString: $0) } ?? ""
                guard let pdf = paperPDF(graph, context: context, paper: Paper.named(name) ?? .a3) else {
                    throw failure("cannot render the paper PDF")
                }
                result[format] = PDFDate.normalized(pdf)
                continue
            }
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = probis_render_data(context, graph, name, &data, &length)
            if let data {
                let bytes = [UInt8](UnsafeRawBufferPointer(start: data, count: Int(length)))
                switch format {
                case .svg: result[format] = SVGClusterOrder.canonical(bytes, dot: dot)
                default: result[format] = bytes
                }
                probis_free_render_data(data)
            }
            if probis_reset_errors() >= probis_error_level() || status != 0 || result[format] == nil {
                throw failure("cannot render \(format.rawValue) (gvRenderData returned \(status))")
            }
        }
        return result
    }

    /// The version of the Graphviz library this process runs, e.g. `2.43.0` (what the render manifest records).
    public static var version: String {
        lock.lock()
        defer { lock.unlock() }
        return gvcVersion(sharedContext()).map { String(cString: $0) } ?? "unknown"
    }

    /// Loads the plugins a render needs (the `dot` layout, the SVG renderer, cairo and pango) and the fonts
    /// the diagrams use, so that processes forked afterwards start with them loaded and measured: lays out
    /// a graph whose labels set every face and size of ``Theme`` in the characters the maps are written in
    /// and renders it to SVG (pango's font matching and glyph metrics are then cached once instead of in
    /// every map's process; they are looked up the same way either way, only the time differs), then
    /// renders a two-node graph to PNG and PDF (loading cairo's renderers without rasterizing all that text).
    ///
    /// Both graphs are one line of DOT without clusters, HTML labels or links: Graphviz's parser counts lines
    /// across calls and its SVG renderer numbers the anchors of linked table cells with a process-wide
    /// counter, and neither advances, so a forked process renders a map to the same bytes as a fresh one.
    /// - Throws: ``RenderError/graphviz(message:)`` when a plugin is missing.
    public static func loadPlugins() throws(RenderError) {
        _ = try render(dot: warmUpGraph, formats: [.svg])
        _ = try render(dot: "digraph{a->b}", formats: [.png, .pdf])
    }

    /// The warm-up graph of ``loadPlugins()``: one line, a node per face and size.
    static var warmUpGraph: String {
        let text = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 .,:;!?()[]/+-&%'#= — · ▤ ✉"
        let faces = [Theme.font, Theme.boldFont, Theme.font + " Italic", Theme.boldFont + " Italic"]
        var nodes: [String] = []
        for (face, name) in faces.enumerated() {
            for size in Theme.fontSizes { nodes.append("n\(face)_\(size)[fontname=\"\(name)\",fontsize=\(size),label=\"\(text)\"];") }
        }
        return "digraph{node[shape=box];" + nodes.joined() + "}"
    }

    /// The messages Graphviz wrote during the last call, warnings included; for diagnostics.
    public static var lastMessages: String {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }

    /// The process's context, created on first use with the error function installed. Call under the lock.
    private static func sharedContext() -> OpaquePointer {
        if let context { return context }
        _ = probis_set_error_function { message in
            if let message { Graphviz.messages += String(cString: message) }
            return 0
        }
        probis_report_warnings()
        let created = probis_context()!
        context = created
        return created
    }

    /// The captured messages as an error, or a fallback when Graphviz said nothing. Call under the lock.
    private static func failure(_ fallback: String) -> RenderError {
        let text = messages.trimmingCharacters(in: .whitespacesAndNewlines)
        return .graphviz(message: text.isEmpty ? fallback : text)
    }
}
