import Foundation
import Testing

/// `probis diff` end to end on the shipped library.
struct DiffTests {
    @Test("A revision that does not exist: one located line, exit 1, nothing on standard output")
    func unknownRevision() throws {
        let output = try CLI.run(["diff", "kaltim.pd-tipe-2", "--from", "no-such-revision"], in: CLI.repository)
        #expect(output == CLI.Output(
            stdout: "",
            stderr: "probis: error: ProcessMaps/kaltim/organisasi/pd-tipe-2.yaml: no version at git revision 'no-such-revision' (not a revision of this repository, or the file did not exist then)\n",
            status: 1))
    }

    @Test("The text report groups the changes, and a map against itself has none")
    func textReport() throws {
        let same = try CLI.run(["diff", "kaltim.pd-tipe-2", "kaltim.pd-tipe-2"], in: CLI.repository)
        #expect(same == CLI.Output(stdout: "Perubahan dari kaltim.pd-tipe-2 ke kaltim.pd-tipe-2: tidak ada perubahan\n", stderr: "", status: 0))
        let changed = try CLI.run(["diff", "kaltim.uptd-tipe-a", "kaltim.uptd-tipe-b"], in: CLI.repository)
        #expect(changed.status == 0)
        #expect(changed.stdout.hasPrefix("Perubahan dari kaltim.uptd-tipe-a ke kaltim.uptd-tipe-b ("))
        #expect(changed.stdout.contains("\nJabatan dihapus (1)\n  - kasubbag-seksi: "))
    }

    @Test("--format dot draws B with the changes marked")
    func diagram() throws {
        let output = try CLI.run(["diff", "kaltim.pd-tipe-2", "kaltim.pd-tipe-1", "--format", "dot"], in: CLI.repository)
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("digraph \"kaltim.pd-tipe-1\" {"))
        #expect(output.stdout.contains("Perubahan dari kaltim.pd-tipe-2: hijau ditambah, kuning berubah; dihapus: evaluasi-1"))
        #expect(output.stdout.contains("fillcolor=\"#fee391\""))
    }
}
