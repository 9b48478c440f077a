import Foundation
import ProbisModel
import ProbisYAML
import Testing

/// The `sop:` block and the step's `waktu:`: read into whole values, written back in the format's key order.
struct SOPBlockTests {
    static let text = """
        kind: organization-type
        id: contoh.tipe
        title: Tipe Contoh
        positions:
          - {id: kepala, title: Kepala, tier: jpt-pratama, roles: [pimpinan-unit, ppk]}
        flow:
          steps:
            - {id: mulai, type: start, lane: kepala}
            - {id: susun, lane: kepala, stage: perencanaan, action: menyusun rencana, waktu: 2 jam}
            - {id: selesai, type: end, lane: kepala}
          sop:
            nomor: 800/12/ORG
            unit: Biro Organisasi
            dibuat: 2024-02-29
            direvisi: 2026-06-01
            efektif: 2026-03-01
            disahkan-oleh: {jabatan: Sekretaris Daerah, nama: Nama Pejabat, nip: '197001012000031001'}
            peralatan: Komputer
            peringatan: [Target kinerja tidak tercapai]
            pencatatan: [Arsip perjanjian kinerja, Arsip SKP]

        """

    @Test("The block is read whole, and written back as it was")
    func readAndWrite() throws {
        let read = ProcessMapsDecoder.decode(text: Self.text, file: "tipe.yaml")
        #expect(read.diagnostics.isEmpty)
        guard case let .organizationType(type)? = read.document else {
            Issue.record("not an organization type")
            return
        }
        #expect(type.flow?.sop == SOPInfo(
            nomor: "800/12/ORG", unit: "Biro Organisasi", dibuat: CalendarDate(year: 2024, month: 2, day: 29),
            direvisi: CalendarDate(year: 2026, month: 6, day: 1), efektif: CalendarDate(year: 2026, month: 3, day: 1),
            pengesahan: SOPApproval(jabatan: "Sekretaris Daerah", nama: "Nama Pejabat", nip: "197001012000031001"),
            peralatan: ["Komputer"], peringatan: ["Target kinerja tidak tercapai"],
            pencatatan: ["Arsip perjanjian kinerja", "Arsip SKP"]))
        #expect(type.flow?.steps.map(\.waktu) == [nil, "2 jam", nil])
        let written = ProcessMapsEncoder.encode(try #require(read.document))
        // Dates plain (not quoted as Yams quotes timestamps), the sign-off as a block in the format's key order.
        #expect(["dibuat: 2024-02-29", "direvisi: 2026-06-01", "efektif: 2026-03-01"].allSatisfy { written.contains("    \($0)\n") })
        #expect(written.contains("    disahkan-oleh:\n      jabatan: Sekretaris Daerah\n      nama: Nama Pejabat\n      nip: '197001012000031001'\n"))
        let reread = ProcessMapsDecoder.decode(text: written, file: "written.yaml")
        #expect(reread.diagnostics.isEmpty)
        var copy = try #require(reread.document)
        copy.header.file = read.document?.header.file
        #expect(copy == read.document)
    }
}
