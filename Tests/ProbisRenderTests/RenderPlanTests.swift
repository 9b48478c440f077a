import ProbisModel
import ProbisRender
import Testing

/// Where renders go and how maps link to each other.
@Suite struct RenderPlanTests {
    @Test func rendersMirrorTheMapsFolders() throws {
        let plan = Support.plan
        let flow = try #require(plan.diagrams.first { $0.id == "kaltim.pd-uji" })
        let structure = try #require(plan.diagrams.first { $0.id == "kaltim.pd-uji.kedudukan" })
        #expect(plan.path(of: flow, format: .svg) == "organisasi/kaltim.pd-uji.svg")
        #expect(plan.path(of: structure, format: .png) == "organisasi/kaltim.pd-uji.kedudukan.png")
    }

    @Test func mirrorsWhateverTheMapsRootIsCalled() {
        let header = DocumentHeader(id: "kaltim.x", kind: .petaRelasi, title: "X", file: "./ProcessMaps/kaltim/peta-relasi/x.yaml")
        let library = Library(documents: [.petaRelasi(PetaRelasi(header: header, parties: [], relations: []))])
        let plan = RenderPlan(library: library, mapsRoot: "ProcessMaps/")
        #expect(plan.path(of: plan.diagrams[0], format: .svg) == "kaltim/peta-relasi/kaltim.x.svg")
    }

    @Test func linksAreRelativeToTheLinkingDiagram() throws {
        let plan = Support.plan
        let level0 = try #require(plan.diagrams.first { $0.id == "kaltim.uji.level-0" })
        #expect(plan.link(from: level0, to: "kaltim.uji.level-1") == "kaltim.uji.level-1.svg")
        #expect(plan.link(from: level0, to: "kaltim.pd-uji") == "../organisasi/kaltim.pd-uji.svg")
        #expect(plan.link(from: level0, to: "kaltim.dokumen-tidak-ada") == nil)
    }

    @Test func selectsByDocumentOrDiagramIdAndReportsUnknownIds() {
        let (diagrams, unknown) = Support.plan.select(["kaltim.pd-uji", "kaltim.relasi-uji", "kaltim.tidak-ada"])
        #expect(diagrams.map(\.id) == ["kaltim.pd-uji", "kaltim.pd-uji.kedudukan", "kaltim.relasi-uji"])
        #expect(unknown == ["kaltim.tidak-ada"])
        #expect(Support.plan.select(["kaltim.pd-uji.kedudukan"]).diagrams.map(\.id) == ["kaltim.pd-uji.kedudukan"])
    }

    @Test func regionsAndCatalogsAreNotDrawn() {
        #expect(!Support.plan.diagrams.contains { $0.document == "kaltim" || $0.document == "uji.dokumen" })
    }
}
