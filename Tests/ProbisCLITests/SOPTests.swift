import Foundation
import Testing

/// `probis sop` end to end: files written, byte-identical reruns, and bad input that writes nothing.
struct SOPTests {
    static func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("probis-sop-\(UUID().uuidString)")
    }

    @Test("A step too long for one row of a page: one located line, exit 1, nothing written")
    func rowTooTall() throws {
        let output = Self.scratch()
        let result = try CLI.run(["sop", "contoh.sop-panjang", "--maps", "Tests/ProbisSOPTests/Fixtures/row-too-tall", "--output", output.path], in: CLI.repository)
        #expect(result == CLI.Output(
            stdout: "",
            stderr: "Tests/ProbisSOPTests/Fixtures/row-too-tall/map.yaml:9:5: error: step 'susun' needs 869 pt for its row of the SOP flowchart, more than the 422 pt a page of A4 holds; shorten its text or split the step\n"
                + "probis: error: 1 SOP cannot be laid out; nothing was written\n",
            status: 1))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("An unknown id is refused with a suggestion")
    func unknownID() throws {
        let result = try CLI.run(["sop", "kaltim.pd-tipe-3x", "--output", Self.scratch().path], in: CLI.repository)
        #expect(result == CLI.Output(
            stdout: "",
            stderr: "probis: error: 'kaltim.pd-tipe-3x' is not a peta lintas fungsi or an organization type with a stage flow (did you mean 'kaltim.pd-tipe-3'?)\n",
            status: 1))
    }

    @Test("A scenario of another organization type is refused")
    func scenarioOfAnotherType() throws {
        let result = try CLI.run(["sop", "kaltim.pd-tipe-1", "--scenario", "kaltim.pd-tipe-2.bawaan", "--output", Self.scratch().path], in: CLI.repository)
        #expect(result == CLI.Output(
            stdout: "",
            stderr: "probis: error: scenario 'kaltim.pd-tipe-2.bawaan' is for 'kaltim.pd-tipe-2', which is not among the SOPs asked for; its durations would give no Waktu\n",
            status: 1))
    }

    @Test("PDF and SVG pages of the Kaltim Tipe 2 SOP; a second run writes the same bytes")
    func writesFiles() throws {
        let first = Self.scratch(), second = Self.scratch()
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        for folder in [first, second] {
            let result = try CLI.run(["sop", "kaltim.pd-tipe-2", "--default-scenario", "--output", folder.path], in: CLI.repository)
            #expect(result == CLI.Output(stdout: "1 SOP: 1 file written to \(folder.path)\n", stderr: "", status: 0))
        }
        let pdf = try Data(contentsOf: first.appendingPathComponent("kaltim.pd-tipe-2.pdf"))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(pdf == (try Data(contentsOf: second.appendingPathComponent("kaltim.pd-tipe-2.pdf"))))
        let svg = try CLI.run(["sop", "kaltim.pd-tipe-2", "--format", "svg", "--paper", "f4", "--output", first.path], in: CLI.repository)
        #expect(svg.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: first.path).filter { $0.hasSuffix(".svg") }.sorted()
        #expect(files == (1...5).map { "kaltim.pd-tipe-2-\($0).svg" })
        let page = try String(contentsOf: first.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(page.contains("<svg") && page.contains("width=\"935.43pt\""))
    }
}
