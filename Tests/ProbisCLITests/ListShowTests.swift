import Foundation
import Testing

struct ListShowTests {
    let fixtures = CLI.tests.appendingPathComponent("Fixtures")

    @Test func listJSON() throws {
        let output = try CLI.run(["list", "--maps", "library", "--format", "json"], in: fixtures)
        #expect(output.status == 0)
        #expect(output.stderr == "")
        try CLI.expectSnapshot(output.stdout, named: "list.json")
    }

    @Test func listText() throws {
        let output = try CLI.run(["list", "--maps", "library"], in: fixtures)
        #expect(output == CLI.Output(stdout: """
            ID                KIND               REGION  TITLE                           CITATION
            kaltim            region             kaltim  Provinsi Kalimantan Timur       -
            kaltim.pd-tipe-3  organization-type  kaltim  Perangkat Daerah Tipe 3         004_c6d99ee64fe95462.txt, Lampiran I BAB II angka 2 huruf a angka 4)
            nasional.dokumen  artifact-catalog   -       Dokumen dan Surat Sistem Kerja  -

            """, stderr: "", status: 0))
    }

    @Test func showOrganizationTypeJSON() throws {
        let output = try CLI.run(["show", "kaltim.pd-tipe-3", "--maps", "library", "--format", "json"], in: fixtures)
        #expect(output.status == 0)
        #expect(output.stderr == "")
        try CLI.expectSnapshot(output.stdout, named: "show-pd-tipe-3.json")
    }

    @Test func showOrganizationTypeText() throws {
        let output = try CLI.run(["show", "kaltim.pd-tipe-3", "--maps", "library"], in: fixtures)
        #expect(output.status == 0)
        try CLI.expectSnapshot(output.stdout, named: "show-pd-tipe-3.txt")
    }

    @Test func showUnknownIDSuggestsTheClosest() throws {
        let output = try CLI.run(["show", "kaltim.pd-tipe-4", "--maps", "library"], in: fixtures)
        #expect(output == CLI.Output(stdout: "",
            stderr: "probis: error: no document with id 'kaltim.pd-tipe-4' in 'library' (did you mean 'kaltim.pd-tipe-3'?)\n",
            status: 1))
    }
}

struct CoverageTests {
    let fixtures = CLI.tests.appendingPathComponent("Fixtures")

    @Test func coverageJSON() throws {
        let texts = CLI.repository.appendingPathComponent("docs/regulations").path
        let output = try CLI.run(["coverage", "--maps", "library", "--texts", texts, "--format", "json"], in: fixtures)
        #expect(output.status == 0)
        #expect(output.stderr == "")
        try CLI.expectSnapshot(output.stdout, named: "coverage.json")
    }
}
