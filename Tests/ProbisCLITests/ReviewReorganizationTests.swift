import Foundation
import ProbisTestSupport
import Testing

/// The reorganization what-if in the review pack: the worked example (Dinas Kesehatan Kabupaten Contoh,
/// Tipe 2 → Tipe 1) on the after organization's page, from the pack's own runs.
struct ReviewReorganizationTests {
    static let maps = CLI.repository.appendingPathComponent("ProcessMaps").path
    static let before = "kaltim.contoh.dinas-kesehatan.bawaan", after = "kaltim.contoh.dinas-kesehatan.pd-tipe-1.bawaan"
    /// Few replications keep the test short; the pack and the compare get the same ones.
    static let runs = ["--replications", "3"]

    @Test("The page's summary is the one 'probis compare A B --people' prints; the section, the marked kedudukan and the index link are there")
    func workedExample() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("probis-reorg-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let review = try CLI.run(["review", "--maps", Self.maps, "--texts", "no-texts", "--output", folder.appendingPathComponent("pack").path] + Self.runs,
                                 in: CLI.repository)
        #expect(review.status == 0)
        let compare = try CLI.run(["compare", Self.before, Self.after, "--people", "--maps", Self.maps] + Self.runs, in: CLI.repository)
        #expect(compare.status == 0)

        let page = try String(contentsOf: folder.appendingPathComponent("pack/kaltim/kaltim.contoh.dinas-kesehatan.pd-tipe-1.html"), encoding: .utf8)
        let cli = compare.stdout.components(separatedBy: "\nRingkasan\n").last?.components(separatedBy: "\n\n").first?
            .split(separator: "\n").map { String($0.dropFirst(2)) } ?? []
        #expect(cli.count >= 3)
        #expect(Self.summary(of: page) == cli)

        // The section leads the page; its tables, warnings and figures as they are written.
        let section = try #require(Self.between(page, "<section id=\"penyetaraan\">", "</section>"))
        #expect(page.range(of: "<section id=\"penyetaraan\">")!.lowerBound < page.range(of: "<section id=\"diagram\">")!.lowerBound)
        try CLI.expectSnapshot(section.withoutSVG, named: "review-penyetaraan.html")
        // The after kedudukan: JF Ahli Muda added to four units (count changed) and new to one (Bidang SDK).
        let kedudukan = try #require(Self.between(section, "<b>Kedudukan sesudah, perubahan ditandai</b>", "</figure>"))
        #expect(kedudukan.components(separatedBy: "fill=\"#fee391\"").count - 1 == 4)
        #expect(kedudukan.components(separatedBy: "fill=\"#c7e9c0\"").count - 1 == 1)
        #expect(section.components(separatedBy: "data-overlay=\"panas\"").count - 1 == 2)

        let index = try String(contentsOf: folder.appendingPathComponent("pack/index.html"), encoding: .utf8)
        #expect(index.contains("<a class=\"sorot\" id=\"penyetaraan-\(Self.after)\" href=\"kaltim/kaltim.contoh.dinas-kesehatan.pd-tipe-1.html#penyetaraan\">"
            + "Simulasi penyetaraan: Dinas Kesehatan Kabupaten Contoh Tipe 2 → Tipe 1<small>\(cli[0])</small></a>"))
    }

    /// The sentences of the page's summary, unescaped.
    static func summary(of page: String) -> [String] {
        guard let block = between(page, "<div class=\"dibacakan\" id=\"ringkasan-penyetaraan\">", "</div>") else { return [] }
        return block.components(separatedBy: "</p>").filter { $0.hasPrefix("<p>") }.map { paragraph in
            String(paragraph.dropFirst(3)).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let open = text.range(of: start), let close = text.range(of: end, range: open.upperBound..<text.endIndex) else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }
}
