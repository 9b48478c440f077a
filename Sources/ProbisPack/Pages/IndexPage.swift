import ProbisModel

/// `index.html`: the pack's front page, documents by region and kind, with each organization's findings
/// and simulated cycle time and bottleneck.
struct IndexPage {
    var pack: ReviewPack

    var html: String {
        let documents = pack.pageDocuments
        let errors = pack.diagnostics.count { $0.severity == .error }
        let warnings = pack.diagnostics.count { $0.severity == .warning }
        let ran = pack.simulations.count { $0.run != nil }
        let failed = pack.simulations.count - ran
        var body = "<h1>Paket Tinjauan Proses Bisnis</h1>\n"
        body += "<p class=\"sub\">Peta proses bisnis, kedudukan, temuan validasi dan aturan daerah, cakupan peraturan, hasil simulasi dan perbandingan sebelum/sesudah setiap Perangkat Daerah.</p>\n"
        body += "<div class=\"ringkas\">"
        body += card(documents.count, "dokumen dengan halaman")
        body += card(documents.count { $0.kind == .organizationType }, "tipe organisasi")
        body += card(documents.count { $0.kind != .organizationType && $0.kind != .organization }, "peta")
        body += card(errors, "galat", css: errors > 0 ? "galat" : nil)
        body += card(warnings, "peringatan")
        body += card(ran, "skenario disimulasikan")
        if failed > 0 { body += card(failed, "skenario tidak berjalan", css: "galat") }
        body += "</div>\n"
        body += reorganizations()
        body += "<ul class=\"isi\"><li>\(HTML.link("temuan.html", "Semua temuan (\(errors) galat, \(warnings) peringatan)"))</li>"
        body += "<li>\(HTML.link("cakupan.html", "Cakupan peraturan"))</li></ul>\n"
        if errors > 0 {
            body += "<p class=\"gagal\">Pustaka ini memiliki \(errors) galat: dokumen yang bergalat ditampilkan dengan galatnya, tanpa diagram dan simulasi. Lihat \(HTML.link("temuan.html", "semua temuan")).</p>\n"
        }
        body += "<div class=\"wilayah\">\n"
        for (region, title, regulation) in regions(documents) {
            let members = documents.filter { pack.folder(of: $0.id) == region }
            guard !members.isEmpty else { continue }
            body += "<section id=\"\(HTML.text(region))\"><h2>\(HTML.text(title))</h2>\n"
            if let regulation { body += "<p class=\"sub\">\(HTML.text(regulation))</p>\n" }
            body += organizations(members)
            body += maps(members)
            body += "</section>\n"
        }
        body += "</div>\n"
        return HTML.page(title: "Indeks", depth: 0, body: body)
    }

    /// A prominent link to each reorganization what-if on people (a pair with a ``PeopleComparisonReport``),
    /// e.g. "Simulasi penyetaraan: Dinas Kesehatan Kabupaten Contoh Tipe 2 → Tipe 1", with its first sentence.
    private func reorganizations() -> String {
        var out = ""
        var onPage: [DocumentID: Int] = [:]
        for pair in pack.comparisons {
            guard let report = pair.people, let home = pack.scenarioHome(pair.after), pack.hasPage(home) else { continue }
            // The same anchors as the page's sections (DocumentPage): `penyetaraan`, then `penyetaraan-2`, ….
            let number = onPage[home, default: 0] + 1
            onPage[home] = number
            let anchor = number == 1 ? "penyetaraan" : "penyetaraan-\(number)"
            let source = pack.library.scenarios.first { $0.header.id == pair.after }?.abk == nil ? "" : " (beban kerja dari Anjab-ABK)"
            let a = report.comparison.a, b = report.comparison.b
            func type(_ title: String) -> String { title.range(of: "Tipe ").map { String(title[$0.lowerBound...]) } ?? title }
            let title = "Simulasi penyetaraan: \(a.unitsTitle ?? a.organizationTitle) \(type(a.organizationTitle)) → \(type(b.organizationTitle))\(source)"
            out += "<a class=\"sorot\" id=\"penyetaraan-\(HTML.text(pair.after.rawValue))\" href=\"\(HTML.text(pack.page(of: home)))#\(anchor)\">\(HTML.text(title))"
            if let first = report.summary.first { out += "<small>\(HTML.text(first))</small>" }
            out += "</a>\n"
        }
        return out
    }

    private func card(_ count: Int, _ label: String, css: String? = nil) -> String {
        "<div><b\(css.map { " class=\"\($0)\"" } ?? "")>\(HTML.number(Double(count), decimals: 0))</b>\(HTML.text(label))</div>"
    }

    /// Region folders in the library's order of region ids, then `umum`: id, title, regulation.
    private func regions(_ documents: [Document]) -> [(String, String, String?)] {
        var out: [(String, String, String?)] = []
        for case let .region(region) in pack.library.documents.sorted(by: { $0.id < $1.id }) {
            out.append((region.header.id.rawValue, region.header.title, region.regulation.map { "\($0.title) (\($0.shortTitle))" }))
        }
        out.append(("umum", "Tanpa wilayah", nil))
        return out
    }

    /// Organization types and organizations: findings, cycle time and bottleneck of their simulation.
    private func organizations(_ members: [Document]) -> String {
        let rows = members.filter { $0.kind == .organizationType || $0.kind == .organization }.map { document -> [String] in
            let findings = pack.findings(in: document.header.file)
            let errors = findings.count { $0.severity == .error }
            let result = pack.simulations.first { $0.document == document.id && $0.scenario.isDefault }
                ?? pack.simulations.first { $0.document == document.id }
            let summary = result?.summary
            var bottleneck = summary?.bottlenecks.first.map { HTML.text("\($0.title) (\(HTML.number($0.utilization * 100, decimals: 0))%)") } ?? "-"
            if result?.failure != nil { bottleneck = "<span class=\"galat\">tidak berjalan</span>" }
            return [
                HTML.link(pack.page(of: document.id), document.header.title),
                errors > 0 ? "<span class=\"galat\">\(errors) galat</span>" : HTML.number(Double(findings.count), decimals: 0),
                summary.map { HTML.estimate($0.cycleCalendarDays) } ?? "-",
                bottleneck,
            ]
        }
        guard !rows.isEmpty else { return "" }
        return "<h3>Organisasi</h3>\n" + HTML.table(["Tipe organisasi / organisasi", "Temuan", "Waktu siklus (hari)", "Hambatan utama"], rows, numeric: [1, 2])
    }

    /// Maps, grouped by kind.
    private func maps(_ members: [Document]) -> String {
        var out = ""
        for kind in [DocumentKind.petaProses, .petaSubproses, .petaLintasFungsi, .petaRelasi] {
            let maps = members.filter { $0.kind == kind }
            guard !maps.isEmpty else { continue }
            out += "<h3>\(HTML.text(kind.title))</h3>\n<ul>"
            for map in maps {
                let errors = pack.findings(in: map.header.file).count { $0.severity == .error }
                out += "<li>\(HTML.link(pack.page(of: map.id), map.header.title))\(errors > 0 ? " <span class=\"galat\">\(errors) galat</span>" : "")</li>"
            }
            out += "</ul>\n"
        }
        return out
    }
}

/// `temuan.html`: every finding of the library, each linked to the page of its document.
struct FindingsPage {
    var pack: ReviewPack

    var html: String {
        var body = "<h1>Temuan validasi dan aturan daerah</h1>\n"
        body += "<p class=\"sub\">Setiap temuan dengan letaknya (berkas:baris:kolom) untuk diperbaiki; temuan aturan daerah menyebut Pasal peraturannya.</p>\n"
        body += pack.findingsTable(pack.diagnostics, depth: 0, linkPages: true)
        return HTML.page(title: "Temuan", depth: 0, trail: [("Temuan", nil)], body: body)
    }
}
