import Foundation
import ProbisModel
import ProbisSOP
import ProbisTestSupport
import ProbisYAML
import Testing

@Suite("SOP documents and their golden layout")
struct SOPDocumentTests {
    @Test("Waktu is written as SOPs write it")
    func waktu() {
        let day = 8.5 * 3600
        #expect([300.0, 900, 3000, 3600, 5400, 9 * 3600, 4 * day, 1.3 * day].map { SOPWaktu.text(seconds: $0, workingDay: day) }
            == ["5 menit", "15 menit", "50 menit", "1 jam", "1,5 jam", "1 hari kerja", "4 hari kerja", "1,5 hari kerja"])
        #expect(SOPWaktu.text(seconds: 0, workingDay: day) == "-")
        #expect(SOPTanggal.text(CalendarDate(year: 2026, month: 2, day: 3)) == "3 Februari 2026")
    }

    @Test("The Kaltim Tipe 2 stage flow's SOP: rows, columns, mutu baku and keterangan from the map and the default scenario")
    func kaltimTipe2Rows() throws {
        let library = SOPTestLibrary.library
        let source = try #require(library.document(DocumentID("kaltim.pd-tipe-2")))
        let document = try #require(SOPDocument(source, in: library, scenario: library.defaultScenario(for: source.id)))
        let text = document.rows.map { row in
            "\(row.number) \(row.symbol.rawValue) [\(document.pelaksana[row.column])] \(row.kegiatan) | \(row.kelengkapan) | \(row.waktu) | \(row.output) | \(row.keterangan) | → "
                + row.links.map { "\($0.target + 1)\($0.label.map { " (\($0))" } ?? "")" }.joined(separator: ", ")
        }.joined(separator: "\n") + "\n"
        let identity = ["Nama SOP: \(document.nama)", "Pemerintah: \(document.pemerintah)", "Unit: \(document.unit)"]
            + document.dasarHukum.map { "Dasar hukum: \($0)" } + document.kualifikasi.map { "Kualifikasi: \($0)" }
            + document.keterkaitan.map { "Keterkaitan: \($0)" } + ["Pelaksana: \(document.pelaksana.joined(separator: " | "))", document.waktuNote]
        try Snapshot.expect(identity.joined(separator: "\n") + "\n" + text, file: SOPTestLibrary.here.appendingPathComponent("Snapshots/kaltim.pd-tipe-2.rows.txt"))
    }

    @Test("Golden layout of a multi-page SOP (font-independent metrics)")
    func goldenLayout() throws {
        let library = SOPTestLibrary.library
        let source = try #require(library.document(DocumentID("kaltim.pd-tipe-2")))
        let document = try #require(SOPDocument(source, in: library, scenario: library.defaultScenario(for: source.id)))
        let layout = try SOPLayout.make(document, paper: .a4, measure: FixedWidthMeasurer())
        #expect(layout.pages.filter { $0.kind == .flowchart }.count >= 2, "the golden SOP spans pages")
        #expect(!layout.connectors.isEmpty)
        try Snapshot.expect(layout.dump, file: SOPTestLibrary.here.appendingPathComponent("Snapshots/kaltim.pd-tipe-2.a4.layout.txt"))
    }

    @Test("A step too long for one row of a page is one located error")
    func rowTooTall() throws {
        let folder = SOPTestLibrary.here.appendingPathComponent("Fixtures/row-too-tall")
        let loaded = LibraryLoader.load(paths: [folder.path])
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        let source = try #require(loaded.library.document(DocumentID("contoh.sop-panjang")))
        let document = try #require(SOPDocument(source, in: loaded.library))
        var caught: SOPLayoutError?
        do { _ = try SOPLayout.make(document, paper: .a4, measure: FixedWidthMeasurer()) } catch { caught = error }
        let line = try #require(caught).diagnostic.codedDescription.replacingOccurrences(of: folder.path + "/", with: "")
        try Snapshot.expect(line + "\n", file: folder.appendingPathComponent("expected.txt"))
    }
}
