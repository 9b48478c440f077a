import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ProbisRender
import Testing

/// Every fixture diagram renders to well-formed SVG that carries its labels. (SVG bytes carry the Graphviz
/// version, so they are smoke-tested, never golden-tested.) Rendering goes through worker processes, as in
/// `probis render`: Graphviz 2.43 is not fit to lay out many clustered graphs in one process.
@Suite struct SVGSmokeTests {
    static func render(_ id: String, _ formats: [RenderFormat]) throws -> [RenderFormat: [UInt8]] {
        try Support.pool.render([RenderJob(id: id, dot: try Support.dot(id), formats: formats)])[0].get()
    }

    static let labels: [String: [String]] = [
        "kaltim.pd-uji": ["Tahap Perencanaan", "Tahap Pelaksanaan", "Tahap Evaluasi", "Kepala Perangkat Daerah", "Ketua Tim",
                          "Anggota Tim", "menetapkan perjanjian kinerja", "Sesuai dengan target?", "Ya", "Tidak", "perbaikan",
                          "Perjanjian Kinerja", "Mulai", "Selesai", "bersama Ketua Tim"],
        "kaltim.pd-uji.kedudukan": ["Kepala Perangkat Daerah", "Sekretaris", "Kepala Sub Bagian", "Koordinator", "PPK",
                                    "4 orang", "menilai kinerja", "dinilai oleh Sekretaris"],
        "kaltim.penunjukan-uji": ["Unit Pemilik", "Unit Asal", "Menyetujui pelibatan?", "Ya", "Tidak", "Surat Penugasan",
                                  "Pelaksanaan tugas", "Perangkat Daerah Uji"],
        "kaltim.relasi-uji": ["Instansi Pemohon", "Pejabat yang Berwenang", "surat permohonan pelibatan", "Surat Permohonan Pelibatan"],
        "kaltim.uji.level-0": ["Proses Manajemen", "Proses Inti", "Proses Pendukung", "01", "Mekanisme Kerja", "01.01", "Kedudukan"],
        "kaltim.uji.level-1": ["01.02", "Penugasan", "rincian 01 Mekanisme Kerja"],
        "kaltim.uji.subproses": ["01.02", "Penugasan", "01.02.02", "Penunjukan"],
    ]

    @Test(arguments: labels.keys.sorted())
    func rendersWellFormedSVGWithItsLabels(_ id: String) throws {
        let svg = try #require(try Self.render(id, [.svg])[.svg])
        let document = try XMLDocument(data: Data(svg))
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        let joined = texts.joined(separator: " ")
        for label in Self.labels[id] ?? [] {
            #expect(joined.contains(label), "\(id): no text '\(label)' in the SVG")
        }
        #expect(document.rootElement()?.name == "svg")
    }

    @Test func processBoxesLinkToTheirChildMaps() throws {
        let svg = try #require(try Self.render("kaltim.uji.level-0", [.svg])[.svg])
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("xlink:href=\"kaltim.uji.level-1.svg\""))
        #expect(text.contains("xlink:href=\"../organisasi/kaltim.pd-uji.svg\""))
    }

    @Test func pngAndPdfHaveTheirSignatures() throws {
        let outputs = try Self.render("kaltim.relasi-uji", [.png, .pdf, .dot])
        #expect(outputs[.png]?.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(outputs[.pdf].map { String(decoding: $0.prefix(5), as: UTF8.self) } == "%PDF-")
        #expect(outputs[.dot] == Array(try Support.dot("kaltim.relasi-uji").utf8))
    }
}
