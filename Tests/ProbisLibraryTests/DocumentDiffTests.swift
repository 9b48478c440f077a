import ProbisModel
import Testing

/// `probis diff` on the library: what a reader finds comparing two texts, and nothing for a map with itself.
struct DocumentDiffTests {
    static func diff(_ a: String, _ b: String) throws -> DocumentDiff {
        let library = ShippedLibrary.library
        let before = try #require(library.document(DocumentID(a))), after = try #require(library.document(DocumentID(b)))
        return DocumentDiff(from: before, to: after, in: library)
    }

    /// Lampiran I BAB II angka 2 huruf a angka 2) (Tipe 1) against angka 3) (Tipe 2): Tipe 1 has no Kepala Sub
    /// Bagian/Seksi, so their coordination of the plan, their monitoring and their first review go: the
    /// monitoring to the Kepala Bidang, individual results straight to the Kepala Bidang, and the remaining
    /// reviews move up one place.
    @Test func kaltimTipe2ToTipe1() throws {
        let lines = try Self.diff("kaltim.pd-tipe-2", "kaltim.pd-tipe-1").changes.map { change in
            "\(change.kind.rawValue) \(change.element): \(change.before ?? "-") → \(change.after ?? "-")"
        }
        #expect(lines == [
            "jumlah-berubah jf-ahli-muda: 4 → 12",
            "jabatan-dihapus kasubbag: Kepala Sub Bagian/Kepala Seksi/Kepala Sub Bidang (Jabatan Pengawas, 4 orang) → -",
            "lajur-dihapus kasubbag: Kepala Sub Bagian/Kepala Seksi/Kepala Sub Bidang → -",
            "peserta-berubah rencana-6: kepala-bidang, kasubbag → kepala-bidang",
            "rumusan-berubah rencana-6: bersama Kepala Bagian/Inspektur Pembantu/Kepala Bidang/Sekretaris dengan dikoordinasikan Kepala Sub Bagian/Kepala Seksi/Kepala Sub Bidang menyusun rencana pelaksanaan kegiatan dan anggaran untuk pencapaian target kinerja → bersama Kepala Bagian/Inspektur Pembantu/Kepala Bidang/Sekretaris menyusun rencana pelaksanaan kegiatan dan anggaran untuk pencapaian target kinerja",
            "pelaku-berubah laksana-2: kasubbag → kepala-bidang",
            "rumusan-berubah laksana-3: sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala Sub Bagian/Kepala Seksi/Kepala Sub Bidang → sebagai individu menyampaikan hasil pelaksanaan kegiatan kepada Kepala Bagian/Inspektur Pembantu/Kepala Bidang/Sekretaris",
            "alur-berubah laksana-3: evaluasi-1 (dihapus) → evaluasi-1",
            "alur-berubah laporan-tim: evaluasi-1 (dihapus) → evaluasi-1",
            "langkah-diberi-id-baru evaluasi-1: evaluasi-2 → evaluasi-1",
            "langkah-diberi-id-baru evaluasi-2: evaluasi-3 → evaluasi-2",
            "langkah-dihapus evaluasi-1: kasubbag: meninjau atau menyampaikan hasil pelaksanaan kegiatan yang telah sesuai dengan target kepada Kepala Bagian/Inspektur Pembantu/Kepala Bidang/Sekretaris → -",
        ])
    }

    @Test("A document compared with itself has no changes", arguments: ["kaltim.pd-tipe-2", "kaltim.penunjukan-lintas-instansi", "kaltim.contoh.dinas-kesehatan"])
    func itself(_ id: String) throws {
        #expect(try Self.diff(id, id).changes == [])
    }

    @Test func anOrganizationAgainstItsTypesDefaultShowsUnitsAndHeadcounts() throws {
        let library = ShippedLibrary.library
        let type = try #require(library.organizationType("kaltim.pd-tipe-2"))
        let example = try #require(library.document("kaltim.contoh.dinas-kesehatan"))
        let diff = DocumentDiff(from: .organization(Organization.derived(from: type)), to: example, in: library)
        #expect(diff.changes.filter { $0.kind == .unitAdded }.map(\.element) == ["dinas", "sekretariat", "kesmas", "p2p", "yankes", "sdk"])
        #expect(diff.changes.filter { $0.kind == .unitRemoved }.map(\.element) == ["organisasi", "kepala-bidang-1", "kepala-bidang-2", "kepala-bidang-3", "kepala-bidang-4"])
    }
}
