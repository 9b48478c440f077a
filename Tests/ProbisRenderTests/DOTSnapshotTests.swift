import ProbisModel
import ProbisRender
import Testing

/// Golden DOT for one diagram of every kind drawn from the fixture library.
@Suite struct DOTSnapshotTests {
    @Test(arguments: [
        "kaltim.pd-uji",             // an organization type's stage flow
        "kaltim.pd-uji.kedudukan",   // its organization structure
        "kaltim.penunjukan-uji",     // a peta lintas fungsi with lane groups and a connector
        "kaltim.relasi-uji",         // a peta relasi
        "kaltim.uji.level-0",        // a peta proses level 0
        "kaltim.uji.level-1",        // a peta proses level 1
        "kaltim.uji.subproses",      // a peta subproses
        "kaltim.kantor-uji",         // an organization's stage flow, lanes naming who holds them
        "kaltim.kantor-uji.kedudukan", // an organization's kedudukan by unit
    ])
    func goldenDOT(_ id: String) throws {
        try Support.expectSnapshot(try Support.dot(id), named: id + ".dot")
    }

    @Test func theFixtureLibraryGivesEveryKindOfDiagram() {
        let kinds = Set(Support.plan.diagrams.map(\.kind))
        #expect(kinds == Set(DiagramKind.allCases))
        #expect(Support.plan.diagrams.map(\.id) == [
            "kaltim.kantor-uji", "kaltim.kantor-uji.kedudukan", "kaltim.pd-uji", "kaltim.pd-uji.kedudukan", "kaltim.penunjukan-uji", "kaltim.relasi-uji",
            "kaltim.uji.level-0", "kaltim.uji.level-1", "kaltim.uji.subproses",
        ])
    }

    @Test("An overlay marks steps and lanes without moving anything")
    func overlay() throws {
        let diagram = try #require(Support.plan.diagrams.first { $0.id == "kaltim.pd-uji" })
        let overlay = DiagramOverlay(
            steps: ["tinjau": .init(fill: "#f4a582", border: "#b2182b", note: "tunggu 4,0 jam")],
            lanes: ["sekretaris": .init(fill: "#fddbc7")],
            caption: "Panas: waktu tunggu per langkah")
        let marked = try #require(DOTEncoder(plan: Support.plan).encode(diagram, overlay: overlay))
        try Support.expectSnapshot(marked, named: "kaltim.pd-uji.overlay.dot")
        let plain = try #require(DOTEncoder(plan: Support.plan).encode(diagram))
        // Only the marked step, the marked lane and the title change; the layout statements are the same.
        let changed = zip(plain.split(separator: "\n"), marked.split(separator: "\n")).filter { $0 != $1 }
        #expect(plain.split(separator: "\n").count == marked.split(separator: "\n").count)
        #expect(changed.count == 3)
        #expect(DOTEncoder(plan: Support.plan).encode(diagram, overlay: DiagramOverlay()) == plain)
    }

    @Test func encodingIsStableAcrossEncoders() throws {
        for diagram in Support.plan.diagrams {
            let first = DOTEncoder(plan: Support.plan).encode(diagram)
            let second = DOTEncoder(plan: Support.plan).encode(diagram)
            #expect(first == second, "\(diagram.id)")
        }
    }
}
