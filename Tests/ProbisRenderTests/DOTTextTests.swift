import ProbisModel
@testable import ProbisDOT
@testable import ProbisRender
import Testing

/// The DOT writer's quoting and escaping, and the building blocks of labels.
@Suite struct DOTTextTests {
    @Test func quotesEscapeQuotesAndBackslashesAndDropLineBreaks() {
        #expect(DOTGraph.quote(#"a "b" \N"#) == #""a \"b\" \\N""#)
        #expect(DOTGraph.quote("satu\ndua\tti") == "\"satu dua ti\"")
        #expect(DOTGraph.quote("Kepala Perangkat Daerah") == "\"Kepala Perangkat Daerah\"")
    }

    @Test func htmlEscapesMarkupCharacters() {
        #expect(HTMLText.escape("a < b & \"c\" > 'd'") == "a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;")
    }

    @Test func wrapsAtWordsAndKeepsLongWords() {
        #expect(HTMLText.wrap("menyusun dan menetapkan perjanjian kinerja", width: 16)
            == ["menyusun dan", "menetapkan", "perjanjian", "kinerja"])
        #expect(HTMLText.wrap("  a   b  ", width: 10) == ["a b"])
        #expect(HTMLText.wrap("Penyelenggaraan", width: 5) == ["Penyelenggaraan"])
        #expect(HTMLText.lines("a b", width: 1, align: "LEFT") == "a<BR ALIGN=\"LEFT\"/>b<BR ALIGN=\"LEFT\"/>")
    }

    @Test func writesAttributesInTheOrderSetAndReplacesInPlace() {
        var attributes: DOTAttributes = ["shape": "box", "label": "x"]
        attributes["color"] = .text("red")
        attributes["shape"] = .text("diamond")
        attributes["label"] = nil
        var graph = DOTGraph(name: "g", attributes: ["rankdir": "LR"])
        graph.statements = [
            .node("a", attributes),
            .edge("a", "b", DOTAttributes()),
            .sameRank(["a", "b"]),
            .subgraph(DOTSubgraph(name: "cluster_x", attributes: ["label": "X"], statements: [.node("c", DOTAttributes())])),
            .comment("akhir\nbaris"),
        ]
        #expect(graph.text == """
        digraph "g" {
          graph [rankdir="LR"];
          "a" [shape="diamond", color="red"];
          "a" -> "b";
          {rank=same; "a"; "b";}
          subgraph "cluster_x" {
            label="X";
            "c";
          }
          // akhir baris
        }

        """)
    }

    @Test func formatListsParseInOrderWithoutRepeats() throws {
        #expect(try RenderFormat.list("png, svg,png") == [.png, .svg])
        #expect(throws: RenderError.unknownFormat("gif")) { try RenderFormat.list("svg,gif") }
    }

    @Test func theStagesGetSeparateColumnSpansWithSeparators() throws {
        guard case let .organizationType(type)? = Support.plan.library.document("kaltim.pd-uji"), let flow = type.flow else {
            Issue.record("fixture organization type missing")
            return
        }
        let layout = SwimlaneLayout(flow)
        let column = { (id: StepID) in layout.columns[flow.steps.firstIndex { $0.id == id }!] }
        #expect(column("mulai") == 1)
        #expect(layout.stages.map(\.stage) == [.perencanaan, .pelaksanaan, .evaluasi])
        #expect(layout.separators.count == 2)
        for (span, next) in zip(layout.stages, layout.stages.dropFirst()) {
            #expect(span.last < next.first)
            #expect(layout.separators.contains { span.last < $0 && $0 < next.first })
        }
        #expect(column("selesai") == layout.columnCount - 2)
        #expect(layout.loopEdges.count == 1)
    }

    @Test func pdfCreationDatesAreFixedInPlace() {
        let pdf = Array("x /CreationDate (D:20261122153749Z) y".utf8)
        #expect(String(decoding: PDFDate.normalized(pdf), as: UTF8.self) == "x /CreationDate (D:20000101000000Z) y")
        #expect(PDFDate.normalized(Array("no date".utf8)) == Array("no date".utf8))
    }

    @Test func workerFramesRoundTripAndRejectShortStreams() throws {
        let stream = WorkerProtocol.encode([.svg: [1, 2, 3], .png: []], formats: [.svg, .png])
        #expect(try WorkerProtocol.decode(stream, formats: [.svg, .png]) == [.svg: [1, 2, 3], .png: []])
        #expect(throws: RenderError.self) { try WorkerProtocol.decode(Array(stream.dropLast()), formats: [.svg, .png]) }
    }
}
