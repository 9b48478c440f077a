import Foundation
import ProbisTestSupport
import Testing

/// `probis review` end to end: the pack's files, its pages for bad input, determinism and the cache.
struct ReviewTests {
    static let fixtures = CLI.tests.appendingPathComponent("Fixtures")

    /// A fresh folder for one test's packs.
    func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("probis-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func run(_ arguments: [String]) throws -> CLI.Output {
        try CLI.run(["review", "--texts", "no-texts"] + arguments, in: Self.fixtures)
    }

    func page(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("An organization with errors and a scenario that cannot run give pages that show the errors, and exit 1")
    func badInput() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = folder.appendingPathComponent("pack")
        let output = try run(["--maps", "review-bad", "--output", pack.path])
        #expect(output.status == 1)
        #expect(output.stderr == """
            review-bad/gudang.yaml:10:25: error: step 'catat' names lane 'staff', which is not a position of 'contoh.gudang' (did you mean 'staf'?)
            review-bad/salah.yaml:7:22: error: default duration of scenario 'contoh.kantor.salah': uniform 'min' (3h) is greater than 'max' (1h)
            review-bad/salah.yaml:9:11: error: no case of scenario 'contoh.kantor.salah' that reaches decision 'sesuai' can ever finish: branch 'diterima' has probability 0, so the loop (kerjakan → tinjau → sesuai → kerjakan) is taken with probability 1
            probis: error: scenario 'contoh.kantor.salah': not run: review-bad/salah.yaml has errors

            """)
        #expect(output.stdout == "review pack written to \(pack.path)/index.html: 5 pages, 2 diagrams, 0 of 1 scenarios simulated, 3 errors (2 diagrams laid out, 0 from the cache)\n")
        try CLI.expectSnapshot(try page(pack, "umum/contoh.gudang.html"), named: "review-bad-gudang.html")
        let kantor = try page(pack, "umum/contoh.kantor.html")
        try CLI.expectSnapshot(kantor.withoutSVG, named: "review-bad-kantor.html")
        try CLI.expectSnapshot(try page(pack, "index.html"), named: "review-bad-index.html")
    }

    @Test("A scenario that stops at run time shows the engine's message on its page, and exit 1")
    func runFailure() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = folder.appendingPathComponent("pack")
        let output = try run(["--maps", "simulate", "--output", pack.path, "--max-events", "50"])
        #expect(output.status == 1)
        let message = "replication 1 stopped after 50 events at simulated time 2026-01-29T00:00:00: it spent its budget of 50 events; the workload and durations make more work than a run can finish (shorten the horizon, lower the workload, or raise --max-events)"
        #expect(output.stderr == """
            probis: error: scenario 'contoh.kantor.bawaan': \(message)
            probis: error: scenario 'contoh.kantor.staf-berkurang': \(message)

            """)
        let kantor = try page(pack, "umum/contoh.kantor.html")
        #expect(kantor.components(separatedBy: "<p class=\"gagal\">Simulasi gagal (pesan mesin simulasi):<br>\(message)</p>").count == 3)
    }

    @Test("A good library's pack: heat overlay on the simulated swimlane, byte-identical again, laid out once, current when nothing changed")
    func goodPack() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a"), second = folder.appendingPathComponent("b")
        let cache = folder.appendingPathComponent("cache").path
        let one = try run(["--maps", "simulate", "--output", first.path, "--cache", cache])
        #expect(one.status == 0)
        #expect(one.stderr == "")
        #expect(one.stdout == "review pack written to \(first.path)/index.html: 4 pages, 4 diagrams, 2 of 2 scenarios simulated, 0 errors (4 diagrams laid out, 0 from the cache)\n")
        let two = try run(["--maps", "simulate", "--output", second.path, "--cache", cache])
        #expect(two.stdout == "review pack written to \(second.path)/index.html: 4 pages, 4 diagrams, 2 of 2 scenarios simulated, 0 errors (0 diagrams laid out, 4 from the cache)\n")
        let again = try run(["--maps", "simulate", "--output", first.path, "--cache", cache])
        #expect(again.stdout == "review pack in \(first.path) is current (nothing changed since: 4 pages, 4 diagrams, 2 of 2 scenarios simulated, 0 errors)\n")
        try Data("changed by hand".utf8).write(to: first.appendingPathComponent("index.html"))
        let repaired = try run(["--maps", "simulate", "--output", first.path, "--cache", cache])
        #expect(repaired.stdout == "review pack written to \(first.path)/index.html: 4 pages, 4 diagrams, 2 of 2 scenarios simulated, 0 errors (0 diagrams laid out, 4 from the cache)\n")
        let files = try FileManager.default.subpathsOfDirectory(atPath: first.path).sorted()
        #expect(files == ["aset", "aset/probis.css", "aset/probis.js", "cakupan.html", "index.html", "sop", "sop/contoh.kantor.pdf",
                          "temuan.html", "umum", "umum/contoh.kantor.html"])
        for file in files where file.contains(".") {
            let bytes = { (folder: URL) in try Data(contentsOf: folder.appendingPathComponent(file)) }
            #expect(try bytes(first) == bytes(second), "\(file) differs between two runs")
        }
        #expect(try Data(contentsOf: first.appendingPathComponent("sop/contoh.kantor.pdf")).prefix(5) == Data("%PDF-".utf8))
        let kantor = try page(first, "umum/contoh.kantor.html")
        #expect(kantor.components(separatedBy: "<figure class=\"diagram\" data-overlay=\"panas\">").count == 3)
        #expect(kantor.contains("fill=\"#fd8d3c\""), "the step that waits longest is drawn in the hottest colour")
        #expect(kantor.contains("<p class=\"catatan\"><b>Hambatan utama: Kepala, Kantor Contoh</b>"))
        try CLI.expectSnapshot(kantor.withoutSVG, named: "review-kantor.html")
    }

    @Test("A pack is never written over something that is not a folder; the file stays")
    func refusesFile() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("pack")
        try Data("keep".utf8).write(to: target)
        let output = try run(["--maps", "simulate", "--output", target.path])
        #expect(output.status == 1)
        #expect(output.stderr == "probis: error: cannot write the review pack to '\(target.path)': it exists and is not a folder; the previous pack is unchanged\n")
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pack"])
    }
}

extension String {
    /// The page with each inline SVG replaced by `<svg…/>` (diagrams are checked by the render tests; the
    /// page's own markup is what a snapshot here pins).
    var withoutSVG: String {
        var out = ""
        var rest = Substring(self)
        while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            out += rest[..<start.lowerBound] + "<svg…/>"
            rest = rest[end.upperBound...]
        }
        return out + rest
    }
}
