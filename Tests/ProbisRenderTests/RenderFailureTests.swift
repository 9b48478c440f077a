import Foundation
import ProbisRender
import Testing

/// A render that Graphviz rejects, and an output that cannot be written: the error carries the reason and
/// the previous file survives.
@Suite struct RenderFailureTests {
    /// A label whose HTML markup is broken: Graphviz reports an error yet still returns 0 from gvLayout.
    static let badDOT = #"digraph "rusak" { subgraph cluster_a { a [label=<<TABLE><TR><TD>x</TD></TABLE>>]; } a -> b; }"#

    static let graphvizMessage = "Error: mismatched tag in line 1 \n... </TD></TABLE> ...\nin label of node a"

    @Test func aSyntaxErrorIsReportedInGraphvizsWords() {
        let results = Support.pool.render([RenderJob(id: "sintaks", dot: "digraph G { a -> }", formats: [.svg])])
        #expect(throws: RenderError.graphviz(message: "Error: syntax error in line 1 near '}'")) { try results[0].get() }
    }

    @Test func aFailedWorkerKeepsThePreviousFileAndTheOthersAreWritten() throws {
        let output = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let old = Array("<svg>lama</svg>".utf8)
        try AtomicFile.write(old, to: output + "/rusak.svg")

        let results = Support.pool.render([
            RenderJob(id: "rusak", dot: Self.badDOT, formats: [.svg]),
            RenderJob(id: "baik", dot: "digraph baik { a -> b }", formats: [.svg]),
        ])
        #expect(throws: RenderError.graphviz(message: Self.graphvizMessage)) { try results[0].get() }
        let outcomes = [
            RenderOutcome(id: "rusak", files: results[0].map { [RenderedFile(path: "rusak.svg", bytes: $0[.svg] ?? [])] }),
            RenderOutcome(id: "baik", files: results[1].map { [RenderedFile(path: "baik.svg", bytes: $0[.svg] ?? [])] }),
        ]
        let update = RenderUpdate.apply(outcomes, to: output, check: false)
        #expect(update.failures == [.init(id: "rusak", error: .graphviz(message: Self.graphvizMessage))])
        #expect(update.written == [output + "/baik.svg"])
        #expect(AtomicFile.read(output + "/rusak.svg") == old)
    }

    @Test func anUnwritableOutputKeepsThePreviousFileAndLeavesNoTemporaryFile() throws {
        let output = try Support.temporaryFolder()
        let old = Array("<svg>lama</svg>".utf8)
        try AtomicFile.write(old, to: output + "/peta.svg")
        try Self.makeReadOnly(output, true)
        defer {
            try? Self.makeReadOnly(output, false)
            try? FileManager.default.removeItem(atPath: output)
        }
        let outcome = RenderOutcome(id: "peta", files: .success([RenderedFile(path: "peta.svg", bytes: Array("<svg>baru</svg>".utf8))]))
        let update = RenderUpdate.apply([outcome], to: output, check: false)
        #expect(update.failures.count == 1)
        #expect(update.failures.first?.error.description.hasPrefix("cannot write '\(output)/peta.svg': ") == true)
        #expect(AtomicFile.read(output + "/peta.svg") == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output) == ["peta.svg"])
    }

    @Test func checkingWritesNothing() throws {
        let output = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        try AtomicFile.write(Array("lama".utf8), to: output + "/a.dot")
        let outcome = RenderOutcome(id: "a", files: .success([
            RenderedFile(path: "a.dot", bytes: Array("baru".utf8)), RenderedFile(path: "b.dot", bytes: Array("b".utf8)),
        ]))
        let update = RenderUpdate.apply([outcome], to: output, check: true)
        #expect(update.stale == [output + "/a.dot"])
        #expect(update.missing == [output + "/b.dot"])
        #expect(update.written.isEmpty)
        #expect(AtomicFile.read(output + "/a.dot") == Array("lama".utf8))
        #expect(AtomicFile.read(output + "/b.dot") == nil)
    }

    /// Makes a folder unwritable: `chmod` for ordinary users, the immutable attribute for root (whom
    /// permissions do not stop).
    static func makeReadOnly(_ folder: String, _ readOnly: Bool) throws {
        if geteuid() != 0 {
            try FileManager.default.setAttributes([.posixPermissions: readOnly ? 0o555 : 0o755], ofItemAtPath: folder)
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [readOnly ? "+i" : "-i", folder]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "chattr failed")
    }
}
