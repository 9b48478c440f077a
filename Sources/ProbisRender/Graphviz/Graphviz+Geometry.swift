import CGraphviz
import Foundation

/// Node geometry of a Graphviz layout, for writers that draw with their own shapes (the BPMN export's
/// BPMNDI): each node's centre and size in points, y up as Graphviz reports it.
public struct GraphGeometry: Hashable, Sendable {
    /// One laid-out node.
    public struct Node: Hashable, Sendable {
        /// Centre, in points from the graph's lower left corner.
        public var x: Double, y: Double
        /// Size in points.
        public var width: Double, height: Double
    }

    /// Nodes by name.
    public var nodes: [String: Node]
    /// The whole drawing's width and height in points.
    public var width: Double, height: Double
}

extension Graphviz {
    /// Lays out DOT text and returns where each node went, read from Graphviz's `plain` output.
    ///
    /// Meant for graphs without clusters (see the type's notes on clustered layouts); node names must not
    /// contain spaces or quotes.
    /// - Parameter engine: the layout engine, `dot` unless the graph needs another.
    /// - Throws: ``RenderError/graphviz(message:)`` with Graphviz's text when parsing or layout fails.
    public static func geometry(dot: String, engine: String = "dot") throws(RenderError) -> GraphGeometry {
        try laidOut(dot: dot, engine: engine) { (context, graph) throws(RenderError) in
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = probis_render_data(context, graph, "plain", &data, &length)
            guard let data, status == 0 else { throw failure("cannot write the layout (gvRenderData returned \(status))") }
            let text = String(decoding: UnsafeRawBufferPointer(start: data, count: Int(length)), as: UTF8.self)
            probis_free_render_data(data)
            return parsePlain(text)
        }
    }

    /// Reads `graph scale width height` and `node name x y width height …` lines (inches) into points.
    static func parsePlain(_ text: String) -> GraphGeometry {
        var geometry = GraphGeometry(nodes: [:], width: 0, height: 0)
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.first == "graph", fields.count >= 4 {
                geometry.width = (Double(fields[2]) ?? 0) * 72
                geometry.height = (Double(fields[3]) ?? 0) * 72
            } else if fields.first == "node", fields.count >= 6 {
                var name = String(fields[1])
                if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
                let value = { (index: Int) in (Double(fields[index]) ?? 0) * 72 }
                geometry.nodes[name] = .init(x: value(2), y: value(3), width: value(4), height: value(5))
            }
        }
        return geometry
    }
}
