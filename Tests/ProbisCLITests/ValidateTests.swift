import Foundation
import Testing

struct ValidateTests {
    let fixtures = CLI.tests.appendingPathComponent("Fixtures")

    @Test func cleanLibraryExitsZero() throws {
        let output = try CLI.run(["validate", "library"], in: fixtures)
        #expect(output == CLI.Output(stdout: "3 files, 3 documents: 0 errors, 0 warnings\n", stderr: "", status: 0))
    }

    @Test func jsonFormat() throws {
        let folder = try Corpus.folder(["bad.yaml": Data("kind: region\nid: contoh\ntitle: Contoh\nwarna: merah\n".utf8)])
        let output = try CLI.run(["validate", "bad.yaml", "--format", "json"], in: folder)
        #expect(output == CLI.Output(stdout: """
            {
              "diagnostics" : [
                {
                  "code" : "unknown-key",
                  "column" : 1,
                  "file" : "bad.yaml",
                  "line" : 4,
                  "message" : "unknown key 'warna' in region 'contoh'",
                  "severity" : "error"
                }
              ],
              "documents" : 1,
              "errors" : 1,
              "files" : 1,
              "warnings" : 0
            }

            """, stderr: "", status: 1))
    }

    @Test func missingPath() throws {
        let output = try CLI.run(["validate", "nowhere"], in: fixtures)
        #expect(output == CLI.Output(stdout: "probis: error: no such file or directory: 'nowhere'\n0 files, 0 documents: 1 error, 0 warnings\n", stderr: "", status: 1))
    }

    @Test("Malformed and hostile files give exactly one located error and exit 1", arguments: Corpus.cases)
    func malformed(_ item: Corpus.Case) throws {
        let folder = try Corpus.folder([item.name: item.bytes()])
        let output = try CLI.run(["validate", item.name], in: folder)
        let documents = item.documents == 1 ? "1 document" : "\(item.documents) documents"
        #expect(output == CLI.Output(stdout: item.expected + "\n1 file, \(documents): 1 error, 0 warnings\n", stderr: "", status: 1))
    }
}
