import Foundation
import ProbisRender
import Testing

/// `probis render --paper` end to end on the fixture library: the paper is part of the DOT text, so the
/// cache lays a diagram out again when the paper changes and `--check` sees PDFs of another paper as stale.
@Suite struct PaperCommandTests {
    /// The `/MediaBox` of every page of a PDF (cairo writes page dictionaries uncompressed).
    static func mediaBoxes(_ path: String) throws -> [String] {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        return text.components(separatedBy: "/MediaBox [").dropFirst().map { String($0.prefix { $0 != "]" }) }
    }

    @Test func a4PagesThenNothingToDoThenStaleForA3() throws {
        let output = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let base = ["render", "kaltim.pd-uji", "--maps", Support.libraryFolder, "--output", output, "--format", "pdf,dot"]

        let first = try Support.run(base + ["--paper", "a4"])
        #expect(first.status == 0)
        #expect(first.stdout.hasSuffix("2 diagrams: 4 files written, 0 unchanged\n"))
        let dot = try String(contentsOfFile: output + "/organisasi/kaltim.pd-uji.dot", encoding: .utf8)
        #expect(dot.contains(", probis_paper=\"a4\"];\n"))
        let boxes = try Self.mediaBoxes(output + "/organisasi/kaltim.pd-uji.pdf")
        #expect(!boxes.isEmpty)
        #expect(Set(boxes) == [" 0 0 841.889764 595.275591 "])

        let again = try Support.run(base + ["--paper", "a4"])
        #expect(again.stdout == "2 diagrams: 0 files written, 4 unchanged\n")

        let check = try Support.run(base + ["--check"])
        #expect(check.status == 1)
        #expect(check.stdout.hasSuffix("2 diagrams: 4 of 4 files stale or missing; run 'probis render' to update them\n"))
    }

    @Test func anUnknownPaperIsRefusedBeforeAnythingIsRead() throws {
        let result = try Support.run(["render", "--paper", "a5", "--maps", "/nonexistent", "--output", "/nonexistent"])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: unknown paper 'a5' (use a3 or a4)\n"))
    }
}
