@testable import ProbisDOT
@testable import ProbisRender
import Testing

/// Graphviz output made reproducible: cluster order in SVG and the PDF creation date.
@Suite struct GraphvizOutputTests {
    static let dot = #"digraph g { subgraph "cluster_a" { x } subgraph "cluster_b" { subgraph "cluster_b_inner" { y } } }"#

    static func svg(_ clusters: [(number: Int, name: String)]) -> String {
        "<svg>\n<g id=\"graph0\" class=\"graph\">\n<title>g</title>\n"
            + clusters.map { "<g id=\"clust\($0.number)\" class=\"cluster\">\n<title>\($0.name)</title>\n<g id=\"a_clust\($0.number)_0\"><a><text>\($0.name)</text></a>\n</g>\n</g>\n" }.joined()
            + "<!-- x -->\n<g id=\"node1\" class=\"node\">\n<title>x</title>\n</g>\n</g>\n</svg>\n"
    }

    @Test func putsClusterBlocksInDeclarationOrderAndRenumbersThem() {
        let scrambled = Self.svg([(1, "cluster_b"), (2, "cluster_b_inner"), (3, "cluster_a")])
        let canonical = SVGClusterOrder.canonical(Array(scrambled.utf8), dot: Self.dot)
        #expect(String(decoding: canonical, as: UTF8.self) == Self.svg([(1, "cluster_a"), (2, "cluster_b"), (3, "cluster_b_inner")]))
    }

    @Test func leavesAnSVGInDeclarationOrderUnchanged() {
        let svg = Array(Self.svg([(1, "cluster_a"), (2, "cluster_b"), (3, "cluster_b_inner")]).utf8)
        #expect(SVGClusterOrder.canonical(svg, dot: Self.dot) == svg)
    }

    @Test func readsDeclaredNamesWithEscapes() {
        #expect(SVGClusterOrder.declaredClusters(in: #"subgraph "cluster_\"x\"" { subgraph "cluster_y" {} }"#)
            == ["cluster_\"x\"", "cluster_y"])
    }
}
