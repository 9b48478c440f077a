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

/// `probis validate FILE… --maps DIR`: files checked in the context of a library.
struct ValidateInContextTests {
    static let library = CLI.tests.appendingPathComponent("Fixtures/simulate")

    func folder() throws -> URL {
        let scenario = try String(contentsOf: Self.library.appendingPathComponent("scenario.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "id: contoh.kantor.bawaan", with: "id: contoh.kantor.draf")
            .replacingOccurrences(of: "default: true\n", with: "")
        let folder = try Corpus.folder(["draf.yaml": Data(scenario.replacingOccurrences(of: "tinjau:", with: "tinjauu:").utf8)])
        try FileManager.default.copyItem(at: Self.library, to: folder.appendingPathComponent("lib"))
        return folder
    }

    @Test("Alone, a file's references to the library are errors; with --maps they resolve and only its own problems show")
    func draft() throws {
        let folder = try folder()
        let alone = try CLI.run(["validate", "draf.yaml"], in: folder)
        #expect(alone.stdout.hasPrefix("draf.yaml:4:15: error: scenario 'contoh.kantor.draf' names organization 'contoh.kantor', which is not a document of the library\n"))
        let inContext = try CLI.run(["validate", "draf.yaml", "--maps", "lib"], in: folder)
        #expect(inContext == CLI.Output(stdout: """
            draf.yaml:9:3: error: scenario 'contoh.kantor.draf' gives no duration to step 'tinjau' (add it under 'durations:', or give 'default')
            draf.yaml:10:3: error: scenario 'contoh.kantor.draf' gives a duration to step 'tinjauu', which is not a step of 'contoh.kantor' (did you mean 'tinjau'?)
            1 file, 1 document: 2 errors, 0 warnings

            """, stderr: "", status: 1))
    }

    @Test("A file of the library given with --maps replaces the library's copy: no duplicate ids")
    func fileOfTheLibrary() throws {
        let folder = try folder()
        let output = try CLI.run(["validate", "lib/scenario.yaml", "--maps", "lib"], in: folder)
        #expect(output == CLI.Output(stdout: "1 file, 1 document: 0 errors, 0 warnings\n", stderr: "", status: 0))
    }
}
