import Foundation
import Testing

/// `probis reorganize` and `probis compare --people` end to end on the shipped library.
struct ReorganizeTests {
    func run(_ arguments: [String]) throws -> CLI.Output {
        try CLI.run(arguments, in: CLI.repository)
    }

    /// A fresh folder under the temporary directory that does not exist yet.
    func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("probis-reorganize-\(UUID().uuidString)")
    }

    @Test("The shipped worked example is what reorganize writes")
    func workedExampleIsCurrent() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try run(["reorganize", "kaltim.contoh.dinas-kesehatan", "--to", "kaltim.pd-tipe-1", "--output", folder.path])
        #expect(output.status == 0)
        #expect(output.stderr == "")
        for (id, shipped) in [("kaltim.contoh.dinas-kesehatan.pd-tipe-1", "ProcessMaps/kaltim/contoh/dinas-kesehatan.pd-tipe-1.yaml"),
                              ("kaltim.contoh.dinas-kesehatan.pd-tipe-1.bawaan", "ProcessMaps/scenarios/kaltim/contoh-dinas-kesehatan.pd-tipe-1.yaml")] {
            let written = try String(contentsOf: folder.appendingPathComponent("\(id).yaml"), encoding: .utf8)
            let expected = try String(contentsOf: CLI.repository.appendingPathComponent(shipped), encoding: .utf8)
            #expect(written == expected, "\(shipped) is stale; run 'probis reorganize kaltim.contoh.dinas-kesehatan --to kaltim.pd-tipe-1'")
        }
    }

    @Test("The shipped after-ABK table and scenario are what reorganize --scenario writes")
    func workedAbkExampleIsCurrent() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try run(["reorganize", "kaltim.contoh.dinas-kesehatan", "--to", "kaltim.pd-tipe-1", "--scenario", "kaltim.contoh.dinas-kesehatan.abk", "--output", folder.path])
        #expect(output.status == 0)
        #expect(output.stderr == "")
        #expect(output.stdout.contains("Tabel ABK: 68 baris dibawa (beban kerja sama), 11 berganti jabatan, 5 tanpa langkah (hanya angka ABK statis)\n"))
        let id = "kaltim.contoh.dinas-kesehatan.pd-tipe-1"
        let table = try String(contentsOf: folder.appendingPathComponent("\(id)-abk.csv"), encoding: .utf8)
        #expect(table == (try String(contentsOf: CLI.repository.appendingPathComponent("ProcessMaps/kaltim/contoh/dinas-kesehatan.pd-tipe-1-abk.csv"), encoding: .utf8)),
                "the after-ABK table is stale; run 'probis reorganize kaltim.contoh.dinas-kesehatan --to kaltim.pd-tipe-1 --scenario kaltim.contoh.dinas-kesehatan.abk'")
        // Written into --output, the scenario names the table beside it; shipped, the table beside the organization.
        let scenario = try String(contentsOf: folder.appendingPathComponent("\(id).abk.yaml"), encoding: .utf8)
        let shipped = try String(contentsOf: CLI.repository.appendingPathComponent("ProcessMaps/scenarios/kaltim/contoh-dinas-kesehatan-abk.pd-tipe-1.yaml"), encoding: .utf8)
        #expect(scenario.replacingOccurrences(of: "table: \(id)-abk.csv", with: "table: ../../kaltim/contoh/dinas-kesehatan.pd-tipe-1-abk.csv") == shipped)
    }

    @Test("compare --people of the ABK scenario and its carried-over Tipe 1 scenario shows the ABK figure of both sides")
    func abkFigureOnBothSides() throws {
        let arguments = ["compare", "kaltim.contoh.dinas-kesehatan.abk", "kaltim.contoh.dinas-kesehatan.pd-tipe-1.abk", "--people", "--replications", "2"]
        let csv = try run(arguments + ["--format", "csv"])
        #expect(csv.status == 0)
        // The P2P Kepala Seksi (before: 30 × 12 × 2 h + 12 × 24 h = 1,008 h over 1,250 h) is a JF Ahli Muda after,
        // whose rows add up to 2,484 h over 1,250 h.
        let lines = csv.stdout.split(separator: "\n").filter { $0.contains("abk_kebutuhan_pegawai") && $0.hasPrefix("pegawai,p2p/jf-ahli-muda/3,") }
        #expect(lines == ["pegawai,p2p/jf-ahli-muda/3,\"Pejabat Fungsional Ahli Muda 3, Bidang Pencegahan dan Pengendalian Penyakit\",abk_kebutuhan_pegawai,orang,0.8064,1.9872,1.1808,,,"])
        let text = try run(arguments)
        #expect(text.stdout.contains("ABK: DIBUTUHKAN/ADA A→B"))
        #expect(text.stdout.split(separator: "\n").contains { $0.hasPrefix("  Pejabat Fungsional Ahli Muda 3, Bidang Pencegahan dan Pengendalian Penyakit ") && $0.contains(" 0,8/1 → 2,0/3 ") })
    }

    @Test("Errors are one located line with a code, exit 1, and nothing is written", arguments: [
        (["kaltim.contoh.dinas-kesehatan", "--to", "bungo.dinas-badan-1-level"],
         "ProcessMaps/kaltim/contoh/dinas-kesehatan.yaml:11:7: error[reorganize-other-region]: 'kaltim.contoh.dinas-kesehatan' is a 'kaltim.pd-tipe-2' of region 'kaltim'; 'bungo.dinas-badan-1-level' is an organization type of region 'bungo', and a penyetaraan converts between the types of one region\n"),
        (["kaltim.contoh.dinas-kesehatan", "--to", "kaltim.pd-tipe-9"],
         "probis: error[reorganize-unknown-type]: --to 'kaltim.pd-tipe-9' is not an organization type of the library (did you mean 'kaltim.pd-tipe-1'?)\n"),
        (["kaltim.uptd-tipe-b", "--to", "kaltim.uptd-tipe-a"],
         "ProcessMaps/kaltim/organisasi/uptd-tipe-b.yaml:1:1: error[reorganize-no-rule]: the regulation of region 'kaltim' defines no penyetaraan from 'kaltim.uptd-tipe-b' to 'kaltim.uptd-tipe-a' (it defines none from 'kaltim.uptd-tipe-b')\n"),
    ])
    func errors(_ arguments: [String], _ expected: String) throws {
        let folder = scratch()
        let output = try run(["reorganize"] + arguments + ["--output", folder.path])
        #expect(output.status == 1)
        #expect(output.stdout == "")
        #expect(output.stderr == expected)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test("The worked example's compare names the units and people whose waits change significantly")
    func workedExampleCompare() throws {
        let output = try run(["compare", "kaltim.contoh.dinas-kesehatan.bawaan", "kaltim.contoh.dinas-kesehatan.pd-tipe-1.bawaan", "--people"])
        #expect(output.status == 0)
        #expect(output.stderr == "")
        try CLI.expectSnapshot(output.stdout, named: "compare-people.txt")
        let csv = try run(["compare", "kaltim.contoh.dinas-kesehatan.bawaan", "kaltim.contoh.dinas-kesehatan.pd-tipe-1.bawaan", "--people", "--format", "csv"])
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first == "bagian,kunci,judul,ukuran,satuan,a,b,selisih,ik95_bawah,ik95_atas,signifikan")
        #expect(lines.contains { $0.hasPrefix("pegawai,p2p/kepala-bidang,Kepala Bidang P2P,tunggu_per_kegiatan,jam_kerja,") && $0.hasSuffix(",ya") })
    }
}
