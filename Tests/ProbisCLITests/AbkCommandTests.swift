import Foundation
import Testing

/// `probis abk SCENARIO`: the static Anjab-ABK figure of the shipped example, and nothing written on error.
struct AbkCommandTests {
    static let scenario = "kaltim.contoh.dinas-kesehatan.abk"

    @Test("The example's ABK figure in text and CSV matches the golden files")
    func exampleReport() throws {
        let text = try CLI.run(["abk", Self.scenario], in: CLI.repository)
        #expect(text.status == 0 && text.stderr == "")
        try CLI.expectSnapshot(text.stdout, named: "abk.txt")
        let csv = try CLI.run(["abk", Self.scenario, "--format", "csv", "--wke", "1200"], in: CLI.repository)
        #expect(csv.status == 0 && csv.stderr == "")
        try CLI.expectSnapshot(csv.stdout, named: "abk-1200.csv")
    }

    /// A copy of the shipped library whose ABK table has one more row.
    func library(withRow row: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("probis-abk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.repository.appendingPathComponent("ProcessMaps"), to: folder.appendingPathComponent("maps"))
        let table = folder.appendingPathComponent("maps/kaltim/contoh/dinas-kesehatan-abk.csv")
        try (String(contentsOf: table, encoding: .utf8) + row + "\n").write(to: table, atomically: true, encoding: .utf8)
        return folder
    }

    @Test("A bad row is one located error, exit 1 and no file written")
    func badRowWritesNothing() throws {
        let folder = try library(withRow: "Bidang P2P,Pelaksana,Entri,Data,berkas,10 dokumen,bulan,30,menit,")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try CLI.run(["abk", Self.scenario, "--maps", "maps", "--output", "abk.txt"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout == "")
        #expect(output.stderr.hasPrefix("maps/kaltim/contoh/dinas-kesehatan-abk.csv:70:40: error: volume '10 dokumen' is not a number (write the satuan 'dokumen' in the satuan column)\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("abk.txt").path))
    }

    @Test("An unknown jabatan is located in the table with a suggestion; a good table is written atomically")
    func unknownJabatanThenWrite() throws {
        let folder = try library(withRow: "Bidang P2P,Pelaksanaa,Entri,Data,berkas,10,bulan,30,menit,")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = try CLI.run(["abk", Self.scenario, "--maps", "maps", "--output", "abk.csv", "--format", "csv"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("maps/kaltim/contoh/dinas-kesehatan-abk.csv:70:12: error: jabatan 'Pelaksanaa' is not a position of organization 'kaltim.contoh.dinas-kesehatan' (type 'kaltim.pd-tipe-2') (did you mean 'Pelaksana'?)\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("abk.csv").path))
        let maps = CLI.repository.appendingPathComponent("ProcessMaps").path
        let good = try CLI.run(["abk", Self.scenario, "--maps", maps, "--output", "abk.csv", "--format", "csv", "--wke", "1200"], in: folder)
        #expect(good == CLI.Output(stdout: "", stderr: "", status: 0))
        let written = try String(contentsOf: folder.appendingPathComponent("abk.csv"), encoding: .utf8)
        #expect(written == (try String(contentsOf: CLI.tests.appendingPathComponent("Snapshots/abk-1200.csv"), encoding: .utf8)))
    }
}
