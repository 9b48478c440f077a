@testable import ProbisPack
import ProbisModel
import Testing

/// The pure parts of the review pack: SVG inlining, the heat scale, the scenario pairs, rule citations.
struct PackPartsTests {
    @Test("An inline SVG loses its prolog, gets prefixed ids and links to pack pages")
    func inlineSVG() {
        let svg = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <svg width="8pt" viewBox="0 0 8 8"><g id="graph0" class="graph"><g id="node1" class="node" fill="url(#l_1)">\
            <a xlink:href="../organisasi/kaltim.pd-tipe-2.svg" xlink:title="&lt;x&gt;"><text>A</text></a>\
            <a xlink:href="../organisasi/hilang.svg"><text>B</text></a><a xlink:href="#keep"></a></g></g></svg>
            """
        let pages = ["kaltim.pd-tipe-2": "../kaltim/kaltim.pd-tipe-2.html"]
        #expect(InlineSVG.prepare(svg, prefix: "d1-") { pages[$0] } == """
            <svg width="8pt" viewBox="0 0 8 8"><g id="d1-graph0" class="graph"><g id="d1-node1" class="node" fill="url(#d1-l_1)">\
            <a xlink:href="../kaltim/kaltim.pd-tipe-2.html" xlink:title="&lt;x&gt;"><text>A</text></a>\
            <a xlink:href="#"><text>B</text></a><a xlink:href="#keep"></a></g></g></svg>
            """)
        #expect(InlineSVG.prepare("no svg here", prefix: "d1-") { _ in nil } == "")
    }

    @Test("Steps take five classes of their wait relative to the longest; lanes take classes of utilization")
    func heatScale() {
        #expect([0, 1.9, 2, 5, 9.99, 10].map { HeatScale.stepFill(wait: $0, longest: 10) }
            == ["#ffffcc", "#ffffcc", "#ffeda0", "#fed976", "#fd8d3c", "#fd8d3c"])
        #expect(HeatScale.stepFill(wait: 0, longest: 0) == "#ffffcc")
        #expect([0, 0.49, 0.5, 0.7, 0.85, 0.95, 1.0].map(HeatScale.laneFill)
            == ["#f7fbff", "#f7fbff", "#fff7bc", "#fee0b6", "#fcbba1", "#fb9a99", "#fb9a99"])
    }

    @Test("A before/after pair is read from 'probis compare A B' in a scenario's description")
    func comparedPair() {
        let pair = ReviewPack.comparedPair(in: "… sama. Bandingkan dengan: probis compare kaltim.pd-tipe-2.bawaan\n kaltim.pd-tipe-1.dari-tipe-2.")
        #expect(pair.map { [$0.0.rawValue, $0.1.rawValue] } == ["kaltim.pd-tipe-2.bawaan", "kaltim.pd-tipe-1.dari-tipe-2"])
        #expect(ReviewPack.comparedPair(in: "probis compare a") == nil)
        #expect(ReviewPack.comparedPair(in: nil) == nil)
    }

    @Test("A rule finding's citation is split from its message")
    func citation() {
        #expect(ReviewPack.splitCitation("the Kepala needs an assessor [Pergub Kaltim 50/2023 Pasal 12 ayat (2)]")
            == ("the Kepala needs an assessor", "Pergub Kaltim 50/2023 Pasal 12 ayat (2)"))
        #expect(ReviewPack.splitCitation("no citation") == ("no citation", nil))
    }
}
