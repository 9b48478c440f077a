import Foundation

/// Makes the order of clusters in Graphviz's SVG independent of the process's memory layout.
///
/// Graphviz 2.43 keeps a graph's subgraphs ordered by id, and the id of a named subgraph is the address of
/// its interned name, so the order in which clusters are written to SVG depends on where `malloc` put those
/// names: on the length of the binary's path, on a debug or release build, on which formats were asked
/// for. The layout itself does not change (coordinates, nodes and edges are identical) and neither do PNG
/// and PDF (sibling clusters do not overlap); only the sequence of `<g id="clustN" class="cluster">` blocks
/// and their numbers do. This puts the blocks back in the order the clusters are declared in the DOT text
/// (parents before children, as Graphviz would with sequential ids) and renumbers them.
enum SVGClusterOrder {
    /// The SVG with its cluster blocks in declaration order and numbered `clust1`, `clust2`, … in that order.
    /// - Parameters:
    ///   - svg: Graphviz's SVG output.
    ///   - dot: the DOT text the SVG was drawn from; cluster names missing from it go last, by name.
    /// - Complexity: O(n) in the length of the SVG and the DOT text, plus sorting the clusters.
    static func canonical(_ svg: [UInt8], dot: String) -> [UInt8] {
        let text = String(decoding: svg, as: UTF8.self)
        let blocks = clusterBlocks(in: text)
        guard blocks.count > 1, let first = blocks.first?.range.lowerBound else { return svg }
        let declared = declaredClusters(in: dot)
        let rank = { (name: String) in declared.firstIndex(of: name) ?? declared.count }
        let ordered = blocks.sorted { (rank($0.name), $0.name) < (rank($1.name), $1.name) }
        var result = String(text[..<first])
        var previousEnd = first
        var gaps = ""
        for block in blocks {
            gaps += text[previousEnd..<block.range.lowerBound]
            previousEnd = block.range.upperBound
        }
        for (number, block) in ordered.enumerated() { result += renumber(block, to: number + 1) }
        result += gaps
        result += text[previousEnd...]
        return Array(result.utf8)
    }

    /// One `<g id="clustN" class="cluster">…</g>` block with its trailing newline.
    struct Block {
        var range: Range<String.Index>
        var number: String
        var name: String
        var text: Substring
    }

    static func clusterBlocks(in text: String) -> [Block] {
        var blocks: [Block] = []
        var searchFrom = text.startIndex
        while let start = text.range(of: "<g id=\"clust", range: searchFrom..<text.endIndex) {
            let numberEnd = text[start.upperBound...].firstIndex(of: "\"") ?? text.endIndex
            let number = String(text[start.upperBound..<numberEnd])
            var depth = 0
            var index = start.lowerBound
            var end = text.endIndex
            while let tag = text.range(of: "<", range: index..<text.endIndex) {
                if text[tag.lowerBound...].hasPrefix("<g ") || text[tag.lowerBound...].hasPrefix("<g>") {
                    depth += 1
                } else if text[tag.lowerBound...].hasPrefix("</g>") {
                    depth -= 1
                    if depth == 0 {
                        end = text.index(tag.lowerBound, offsetBy: 4)
                        if end < text.endIndex, text[end] == "\n" { end = text.index(after: end) }
                        break
                    }
                }
                index = tag.upperBound
            }
            let block = text[start.lowerBound..<end]
            var name = ""
            if let open = block.range(of: "<title>"), let close = block.range(of: "</title>", range: open.upperBound..<block.endIndex) {
                name = unescape(String(block[open.upperBound..<close.lowerBound]))
            }
            blocks.append(Block(range: start.lowerBound..<end, number: number, name: name, text: block))
            searchFrom = end
        }
        return blocks
    }

    /// The names of subgraphs in the order the DOT text declares them (`subgraph "name" {`).
    static func declaredClusters(in dot: String) -> [String] {
        var names: [String] = []
        var rest = dot[...]
        while let found = rest.range(of: "subgraph \"") {
            var name = ""
            var index = found.upperBound
            while index < rest.endIndex, rest[index] != "\"" {
                if rest[index] == "\\", rest.index(after: index) < rest.endIndex { index = rest.index(after: index) }
                name.append(rest[index])
                index = rest.index(after: index)
            }
            names.append(name)
            rest = rest[index...]
        }
        return names
    }

    private static func renumber(_ block: Block, to number: Int) -> String {
        block.text
            .replacingOccurrences(of: "id=\"clust\(block.number)\"", with: "id=\"clust\(number)\"")
            .replacingOccurrences(of: "id=\"a_clust\(block.number)_", with: "id=\"a_clust\(number)_")
    }

    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&#45;", with: "-").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
