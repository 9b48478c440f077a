import Foundation
import Testing

/// `probis validate` on folders that hold nothing to read, or things that must not be opened.
struct ValidateFolderTests {
    @Test("An empty folder is an error")
    func emptyFolder() throws {
        let folder = try Corpus.folder([:])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("kosong"), withIntermediateDirectories: true)
        let output = try CLI.run(["validate", "kosong"], in: folder)
        #expect(output == CLI.Output(stdout: """
            probis: error: folder 'kosong' holds no ProcessMaps files ('*.yaml' or '*.yml')
            0 files, 0 documents: 1 error, 0 warnings

            """, stderr: "", status: 1))
    }

    @Test("A FIFO named *.yaml is skipped with a warning and never opened (opening it would block)")
    func fifo() throws {
        let folder = try Corpus.folder(["region.yaml": Data("kind: region\nid: contoh\ntitle: Contoh\n".utf8)])
        #expect(mkfifo(folder.appendingPathComponent("pipa.yaml").path, 0o644) == 0)
        let output = try CLI.run(["validate", "."], in: folder)
        #expect(output == CLI.Output(stdout: """
            ./pipa.yaml:1:1: warning: skipped: this is a named pipe (FIFO), not a regular file, so it was not opened
            1 file, 1 document: 0 errors, 1 warning

            """, stderr: "", status: 0))
    }

    @Test("A newline in a file name or a value is escaped, so each diagnostic stays on one line")
    func newlines() throws {
        let folder = try Corpus.folder(["baris\nbaru.yaml": Data("kind: region\nid: contoh\ntitle: Contoh\n\"warna\\nbaris\": merah\n".utf8)])
        let output = try CLI.run(["validate", "."], in: folder)
        #expect(output == CLI.Output(stdout: #"""
            ./baris\nbaru.yaml:4:1: error: unknown key 'warna baris' in region 'contoh'
            1 file, 1 document: 1 error, 0 warnings

            """#, stderr: "", status: 1))
    }
}
