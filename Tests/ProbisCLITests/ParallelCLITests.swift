import Foundation
import Testing

/// A peta lintas fungsi with a parallel split and join through the command line: it validates and `show`
/// says where the work splits and where it waits; branches that meet without a join are one located error.
struct ParallelCLITests {
    /// The render tests' fixture library with the parallel map, copied into a fresh folder.
    static func library() throws -> URL {
        let fixtures = CLI.repository.appendingPathComponent("Tests/ProbisRenderTests/Fixtures")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("probis-parallel-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("library"), to: folder)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("parallel/paralel.yaml"),
                                         to: folder.appendingPathComponent("mekanisme/paralel.yaml"))
        return folder
    }

    @Test func showSaysWhereTheWorkSplitsAndJoins() throws {
        let folder = try Self.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["validate", "."], in: folder) == CLI.Output(stdout: "10 files, 10 documents: 0 errors, 0 warnings\n", stderr: "", status: 0))
        let output = try CLI.run(["show", "kaltim.paralel-uji", "--maps", "."], in: folder)
        #expect(output == CLI.Output(stdout: """
            kaltim.paralel-uji — Penyusunan Laporan Kegiatan Bersamaan (uji)
            jenis: peta-lintas-fungsi · wilayah: kaltim · berkas: ./mekanisme/paralel.yaml

            Lajur: Pimpinan Unit Kerja | Pejabat Fungsional | Pelaksana

            Langkah
              ● Pimpinan Unit Kerja: Mulai
              1. Pimpinan Unit Kerja: membagi tugas penyusunan laporan
                 dilanjutkan paralel ke: data, naskah
              2. Pejabat Fungsional: mengumpulkan data capaian kinerja
              3. Pelaksana: menyiapkan naskah laporan
              4. Pimpinan Unit Kerja: memeriksa dan menandatangani laporan
                 setelah semua kegiatan paralel selesai · keluaran: hasil-kegiatan
              ◉ Pimpinan Unit Kerja: Selesai

            """, stderr: "", status: 0))
    }

    @Test func branchesMeetingWithoutAJoinAreOneLocatedError() throws {
        let folder = try Self.library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mekanisme/paralel.yaml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "join: true, ", with: "")
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["validate", "."], in: folder) == CLI.Output(stdout: """
            ./mekanisme/paralel.yaml:17:5: error: branches 'data' and 'naskah' of the parallel split at 'bagi' meet at 'periksa', which is not a join; mark it 'join: true' so that it waits for every branch
            10 files, 10 documents: 1 error, 0 warnings

            """, stderr: "", status: 1))
    }
}
