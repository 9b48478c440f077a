/// Makes the order of clusters in Graphviz's SVG independent of the process's memory layout.
///
/// Graphviz 2.43 keeps a graph's subgraphs ordered by id, and the id of a named subgraph is the address of
/// its interned name, so the order in which clusters are written to SVG depends on where `malloc` put those
/// names: on the length of the binary's path, on a debug or release build, on which formats were asked
/// for. The layout itself does not change (coordinates, nodes and edges are identical) and neither do PNG
/// and PDF (sibling clusters do not overlap); only the sequence of `<g id="clustN" class="cluster">` blocks
/// and their numbers do. This puts the blocks back in the order the clusters are declared in the DOT text
/// (parents before children, as Graphviz would with sequential ids) and renumbers them.
///
/// It works on the bytes (every marker it looks for is ASCII), so that the common case, an SVG already in
/// order, costs one scan.
enum SVGClusterOrder {
    /// The SVG with its cluster blocks in declaration order and numbered `clust1`, `clust2`, … in that order.
    /// - Parameters:
    ///   - svg: Graphviz's SVG output.
    ///   - dot: the DOT text the SVG was drawn from; cluster names missing from it go last, by name.
    /// - Complexity: O(n) in the length of the SVG and the DOT text, plus sorting the clusters.
    static func canonical(_ svg: [UInt8], dot: String) -> [UInt8] {
        let blocks = clusterBlocks(in: svg)
        guard blocks.count > 1, let first = blocks.first?.range.lowerBound else { return svg }
        let declared = declaredClusters(in: dot)
        var ranks: [String: Int] = [:]
        for (index, name) in declared.enumerated() where ranks[name] == nil { ranks[name] = index }
        let rank = { (name: String) in ranks[name] ?? declared.count }
        let ordered = blocks.sorted { (rank($0.name), $0.name) < (rank($1.name), $1.name) }
        var result = Array(svg[..<first])
        var previousEnd = first
        var gaps: [UInt8] = []
        for block in blocks {
            gaps += svg[previousEnd..<block.range.lowerBound]
            previousEnd = block.range.upperBound
        }
        for (number, block) in ordered.enumerated() { result += renumber(block, in: svg, to: number + 1) }
        result += gaps
        result += svg[previousEnd...]
        return result
    }

    /// One `<g id="clustN" class="cluster">…</g>` block with its trailing newline.
    struct Block {
        /// The block's bytes in the SVG.
        var range: Range<Int>
        /// The digits after `clust` in its id.
        var number: [UInt8]
        /// Its `<title>`, unescaped: the cluster's name.
        var name: String
    }

    static func clusterBlocks(in svg: [UInt8]) -> [Block] {
        var blocks: [Block] = []
        var searchFrom = 0
        while let start = find(Array("<g id=\"clust".utf8), in: svg, from: searchFrom) {
            let digits = start + 12
            let numberEnd = find([UInt8(ascii: "\"")], in: svg, from: digits) ?? svg.count
            var depth = 0
            var index = start
            var end = svg.count
            while let tag = find([UInt8(ascii: "<")], in: svg, from: index) {
                if has("<g ", in: svg, at: tag) || has("<g>", in: svg, at: tag) {
                    depth += 1
                } else if has("</g>", in: svg, at: tag) {
                    depth -= 1
                    if depth == 0 {
                        end = tag + 4
                        if end < svg.count, svg[end] == UInt8(ascii: "\n") { end += 1 }
                        break
                    }
                }
                index = tag + 1
            }
            var name = ""
            if let open = find(Array("<title>".utf8), in: svg, from: start, before: end),
               let close = find(Array("</title>".utf8), in: svg, from: open + 7, before: end) {
                name = unescape(String(decoding: svg[(open + 7)..<close], as: UTF8.self))
            }
            blocks.append(Block(range: start..<end, number: Array(svg[digits..<numberEnd]), name: name))
            searchFrom = end
        }
        return blocks
    }

    /// The names of subgraphs in the order the DOT text declares them (`subgraph "name" {`).
    static func declaredClusters(in dot: String) -> [String] {
        let text = Array(dot.utf8)
        var names: [String] = []
        var searchFrom = 0
        while let found = find(Array("subgraph \"".utf8), in: text, from: searchFrom) {
            var name: [UInt8] = []
            var index = found + 10
            while index < text.count, text[index] != UInt8(ascii: "\"") {
                if text[index] == UInt8(ascii: "\\"), index + 1 < text.count { index += 1 }
                name.append(text[index])
                index += 1
            }
            names.append(String(decoding: name, as: UTF8.self))
            searchFrom = index
        }
        return names
    }

    /// The block's bytes with its number (in `id="clustN"` and the `id="a_clustN_…"` of its anchors) replaced.
    private static func renumber(_ block: Block, in svg: [UInt8], to number: Int) -> [UInt8] {
        let bytes = Array(svg[block.range])
        let old = String(decoding: block.number, as: UTF8.self)
        guard old != String(number) else { return bytes }
        return replacing(replacing(bytes, "id=\"clust\(old)\"", with: "id=\"clust\(number)\""),
                         "id=\"a_clust\(old)_", with: "id=\"a_clust\(number)_")
    }

    private static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return String(decoding: [("&#45;", "-"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&amp;", "&")]
            .reduce(Array(text.utf8)) { replacing($0, $1.0, with: $1.1) }, as: UTF8.self)
    }

    /// Every occurrence of `target` replaced, left to right.
    private static func replacing(_ bytes: [UInt8], _ target: String, with replacement: String) -> [UInt8] {
        let pattern = Array(target.utf8)
        var result: [UInt8] = []
        var index = 0
        while let found = find(pattern, in: bytes, from: index) {
            result += bytes[index..<found]
            result += replacement.utf8
            index = found + pattern.count
        }
        return result + bytes[index...]
    }

    /// Whether `prefix` starts at `index`.
    private static func has(_ prefix: StaticString, in bytes: [UInt8], at index: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[index + $0] == prefix.utf8Start[$0] }
    }

    /// The first index at or after `start` (and before `limit`) where `pattern` starts.
    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int, before limit: Int? = nil) -> Int? {
        let end = (limit ?? bytes.count) - pattern.count
        guard let head = pattern.first, start <= end else { return nil }
        var index = start
        while index <= end {
            if bytes[index] == head {
                var offset = 1
                while offset < pattern.count, bytes[index + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }
}
