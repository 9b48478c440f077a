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
        "kaltim.kantor-uji.kedudukan", // an organization's kedudukan by unit
    ])
    func goldenDOT(_ id: String) throws {
        try Support.expectSnapshot(try Support.dot(id), named: id + ".dot")
    }

    @Test func theFixtureLibraryGivesEveryKindOfDiagram() {
        let kinds = Set(Support.plan.diagrams.map(\.kind))
        #expect(kinds == Set(DiagramKind.allCases))
        #expect(Support.plan.diagrams.map(\.id) == [
            "kaltim.kantor-uji.kedudukan", "kaltim.pd-uji", "kaltim.pd-uji.kedudukan", "kaltim.penunjukan-uji", "kaltim.relasi-uji",
            "kaltim.uji.level-0", "kaltim.uji.level-1", "kaltim.uji.subproses",
        ])
    }

    @Test func encodingIsStableAcrossEncoders() throws {
        for diagram in Support.plan.diagrams {
            let first = DOTEncoder(plan: Support.plan).encode(diagram)
            let second = DOTEncoder(plan: Support.plan).encode(diagram)
            #expect(first == second, "\(diagram.id)")
        }
    }
}
