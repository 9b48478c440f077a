import Foundation
import ProbisRender
import Testing

/// `probis render` end to end on the fixture library.
@Suite struct RenderCommandTests {
    @Test func renderThenCheckThenBreakAFileThenCheckAgain() throws {
        let output = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let base = ["render", "--maps", Support.libraryFolder, "--output", output]

        let rendered = try Support.run(base + ["--format", "svg,dot"])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(rendered.stdout.hasSuffix("9 diagrams: 18 files written, 0 unchanged\n"))
        #expect(FileManager.default.fileExists(atPath: output + "/organisasi/kaltim.pd-uji.kedudukan.svg"))

        let clean = try Support.run(base + ["--format", "svg,dot", "--check"])
        #expect(clean == Support.Output(stdout: "9 diagrams: 18 files up to date\n", stderr: "", status: 0))

        let stale = output + "/peta-relasi/kaltim.relasi-uji.dot"
        try "digraph lama {}\n".write(toFile: stale, atomically: true, encoding: .utf8)
        let missing = output + "/mekanisme/kaltim.penunjukan-uji.svg"
        try FileManager.default.removeItem(atPath: missing)
        let behind = try Support.run(base + ["--format", "svg,dot", "--check"])
        #expect(behind == Support.Output(
            stdout: "missing \(missing)\nstale   \(stale)\n9 diagrams: 2 of 18 files stale or missing; run 'probis render' to update them\n",
            stderr: "", status: 1))
        #expect(try String(contentsOfFile: stale, encoding: .utf8) == "digraph lama {}\n")
        #expect(!FileManager.default.fileExists(atPath: missing))

        let again = try Support.run(base + ["--format", "svg,dot"])
        #expect(again.stdout == "wrote \(missing)\nwrote \(stale)\n9 diagrams: 2 files written, 16 unchanged\n")
    }

    @Test func checkPassesWithRendersOfAnotherGraphvizAndFailsWhenAMapChanged() throws {
        let root = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let maps = root + "/maps", output = root + "/renders"
        try FileManager.default.copyItem(atPath: Support.libraryFolder, toPath: maps)
        let base = ["render", "--maps", maps, "--output", output, "--format", "svg"]
        #expect(try Support.run(base).status == 0)

        let manifest = RenderManifest.path(in: output)
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        try #require(text.contains("\"graphviz\" : \"\(Graphviz.version)\""))
        try text.replacingOccurrences(of: "\"graphviz\" : \"\(Graphviz.version)\"", with: "\"graphviz\" : \"2.43.1\"")
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        #expect(try Support.run(base + ["--check"]) == Support.Output(stdout: "9 diagrams: 9 files up to date\n", stderr: "", status: 0))

        let relasi = maps + "/peta-relasi/relasi.yaml"
        try (try String(contentsOfFile: relasi, encoding: .utf8)).replacingOccurrences(of: "surat jawaban", with: "surat balasan")
            .write(toFile: relasi, atomically: true, encoding: .utf8)
        #expect(try Support.run(base + ["--check"]) == Support.Output(
            stdout: "stale   \(output)/peta-relasi/kaltim.relasi-uji.svg\n9 diagrams: 1 of 9 files stale or missing; run 'probis render' to update them\n",
            stderr: "", status: 1))
    }

    @Test("A library with errors is not rendered: its errors, one line saying so, exit 1, no files")
    func aLibraryWithErrorsIsRefused() throws {
        let root = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let maps = root + "/maps", output = root + "/renders"
        try FileManager.default.copyItem(atPath: Support.libraryFolder, toPath: maps)
        let relasi = maps + "/peta-relasi/relasi.yaml"
        try (try String(contentsOfFile: relasi, encoding: .utf8)).replacingOccurrences(of: "kind: peta-relasi", with: "kind: peta-relasii")
            .write(toFile: relasi, atomically: true, encoding: .utf8)
        let result = try Support.run(["render", "--maps", maps, "--output", output, "--format", "svg"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.hasSuffix("nothing was rendered (fix the errors above; 'probis validate \(maps)' lists them with warnings)\n"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func anUnknownIdIsAnErrorWithASuggestion() throws {
        let result = try Support.run(["render", "kaltim.pd-ujj", "--maps", Support.libraryFolder, "--output", "/nonexistent", "--check"])
        #expect(result.status == 1)
        #expect(result.stderr == "probis: error: nothing to render for 'kaltim.pd-ujj' (did you mean 'kaltim.pd-uji'?)\n")
    }
}
