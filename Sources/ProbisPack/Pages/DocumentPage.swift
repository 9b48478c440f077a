import ProbisDOT
import ProbisModel
import ProbisReport
import ProbisRender

/// The page of one organization type, organization or map: summary, diagrams, positions, findings,
/// coverage, simulation with heat overlay, and before/after comparisons.
struct DocumentPage {
    var pack: ReviewPack
    var document: Document
    var svgs: [String: Result<String, RenderError>]
    /// The SOP AP document of a peta lintas fungsi or stage flow.
    var sop: PackSOP?

    /// Pages sit one folder down (the region's).
    static let depth = 1

    var html: String {
        let detail = DocumentDetail(document, library: pack.library)
        let findings = pack.findings(in: document.header.file)
        let results = pack.simulations.filter { $0.document == document.id }
        let pairs = pack.comparisons.filter { pair in results.contains { $0.scenario.header.id == pair.after } }
        var sections: [(id: String, title: String, html: String)] = []
        // A reorganization what-if on people leads the page: it is the question the page answers.
        for (index, (pair, report)) in pairs.compactMap({ pair in pair.people.map { (pair, $0) } }).enumerated() {
            sections.append((index == 0 ? "penyetaraan" : "penyetaraan-\(index + 1)", "Simulasi penyetaraan: di mana pekerjaan mengantre, dan pada siapa",
                             PeopleSection(pack: pack, pair: pair, report: report, svgs: svgs, figure: "p\(index + 1)-").html))
        }
        sections.append(("diagram", "Diagram", diagrams()))
        if let sop { sections.append(("sop", "SOP AP", sopSection(sop))) }
        if let positions = positions(detail) { sections.append(("jabatan", "Jabatan dan kedudukan", positions)) }
        let scenarioFindings = results.reduce(0) { $0 + pack.findings(in: $1.scenario.header.file).count }
        sections.append(("temuan", "Temuan (\(findings.count + scenarioFindings))", findingsSection(findings, results: results)))
        sections.append(("cakupan", "Cakupan peraturan", coverage()))
        if !results.isEmpty {
            var index = 0
            let html = results.map { result -> String in
                index += 1
                return SimulationSection(pack: pack, result: result, svgs: svgs, figure: "s\(index)-").html
            }.joined()
            sections.append(("simulasi", "Simulasi", html))
        }
        if !pairs.isEmpty {
            var index = 0
            let html = pairs.map { pair -> String in
                index += 1
                return ComparisonSection(pack: pack, pair: pair, svgs: svgs, figure: "c\(index)-").html
            }.joined()
            sections.append(("perbandingan", "Perbandingan sebelum/sesudah", html))
        }
        var body = "<h1>\(HTML.text(document.header.title))</h1>\n"
        body += "<p class=\"sub\">\(HTML.text(document.kind.title)) · <code>\(HTML.text(document.id.rawValue))</code>"
        if let region = pack.library.region(of: document) { body += " · \(HTML.text(region.header.title))" }
        body += "</p>\n" + summary()
        body += "<ul class=\"isi\">" + sections.map { "<li><a href=\"#\($0.id)\">\(HTML.text($0.title))</a></li>" }.joined() + "</ul>\n"
        for section in sections { body += "<section id=\"\(section.id)\"><h2>\(HTML.text(section.title))</h2>\n\(section.html)</section>\n" }
        let region = pack.folder(of: document.id)
        let regionTitle = pack.library.region(of: document)?.header.title ?? "Tanpa wilayah"
        return HTML.page(title: document.header.title, depth: Self.depth,
                         trail: [(regionTitle, "../index.html#" + region), (document.header.title, nil)], body: body)
    }

    private func summary() -> String {
        var rows: [[String]] = []
        if let description = document.header.description { rows.append(["Uraian", HTML.text(description)]) }
        if let source = document.header.source { rows.append(["Teks peraturan", HTML.text(source)]) }
        if let citation = document.header.citation { rows.append(["Kutipan", HTML.text(citation.item)]) }
        if let file = document.header.file { rows.append(["Berkas", "<span class=\"letak\">\(HTML.text(file))</span>"]) }
        return rows.isEmpty ? "" : HTML.table(["", ""], rows).replacingAll("<thead><tr><th></th><th></th></tr></thead>", with: "")
    }

    /// The document's own diagrams, or why they are missing.
    private func diagrams() -> String {
        if pack.hasErrors(document) {
            return "<p class=\"gagal\">Diagram tidak digambar: dokumen ini memiliki galat (lihat \(HTML.link("#temuan", "Temuan"))).</p>\n"
        }
        var out = ""
        for (index, diagram) in Diagram.diagrams(of: document).enumerated() {
            let title = switch diagram.kind {
            case .stageFlow: "Alur tahapan (lajur per jabatan)"
            case .kedudukan, .units: "Kedudukan"
            default: document.kind.title
            }
            out += DiagramFigure.make(key: diagram.id, title: title, prefix: "d\(index + 1)-", svgs: svgs, pack: pack)
        }
        return out
    }

    /// The link to the SOP AP PDF, or why it could not be laid out.
    private func sopSection(_ sop: PackSOP) -> String {
        if let failure = sop.failure { return "<p class=\"gagal\">SOP AP tidak dapat disusun: \(HTML.text(failure))</p>\n" }
        return "<p>\(HTML.link("../" + sop.path, "SOP Administrasi Pemerintahan (PDF, \(sop.pages) halaman, A4 mendatar)")) — identitas, diagram alir dan formulir monitoring menurut PermenPANRB 35/2012. \(HTML.text(sop.waktu)).</p>\n"
    }

    /// Positions (organization type), units and people (organization) or lanes (maps).
    private func positions(_ detail: DocumentDetail) -> String? {
        if let positions = detail.positions, !positions.isEmpty {
            let titles = Dictionary(positions.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
            let rows = positions.map { position -> [String] in
                [HTML.text(position.title), HTML.text(JabatanTier(rawValue: position.tier)?.title ?? position.tier), HTML.number(Double(position.headcount), decimals: 0),
                 HTML.text(position.reportsTo.map { titles[$0] ?? $0 } ?? "-"), HTML.text(position.assessor.map { titles[$0] ?? $0 } ?? "-"),
                 HTML.text(position.roles.joined(separator: ", ")),
                 HTML.text(position.citation?.item ?? (position.assumed == nil ? "-" : "asumsi: " + (position.assumed ?? []).joined(separator: ", ")))]
            }
            return HTML.table(["Jabatan", "Jenjang", "Jumlah", "Atasan langsung", "Pejabat penilai kinerja", "Peran", "Kutipan"], rows, numeric: [2])
        }
        if let units = detail.units, !units.isEmpty {
            let names = Dictionary(units.flatMap(\.people).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
            var out = HTML.table(["Unit", "Induk", "Pegawai"], units.map { unit in
                [HTML.text(unit.title), HTML.text(unit.parent.flatMap { id in units.first { $0.id == id }?.title } ?? "-"),
                 HTML.number(Double(unit.people.count), decimals: 0)]
            }, numeric: [2])
            for unit in units {
                out += "<details><summary>\(HTML.text(unit.title)): \(unit.people.count) pegawai</summary>\n"
                out += HTML.table(["Pegawai", "Atasan", "Koordinator"], unit.people.map { person in
                    [HTML.text(person.title), HTML.text(person.superior.map { names[$0] ?? $0 } ?? "-"),
                     HTML.text(person.coordinator.map { names[$0] ?? $0 } ?? "-")]
                }) + "</details>\n"
            }
            return out
        }
        if let lanes = detail.lanes, !lanes.isEmpty {
            return HTML.table(["Lajur", "Jabatan"], lanes.map { [HTML.text($0.title), HTML.text($0.positions.joined(separator: ", "))] })
        }
        return nil
    }

    private func findingsSection(_ findings: [Diagnostic], results: [ScenarioResult]) -> String {
        var out = pack.findingsTable(findings, depth: Self.depth, linkPages: false)
        for result in results {
            let scenarioFindings = pack.findings(in: result.scenario.header.file)
            guard !scenarioFindings.isEmpty else { continue }
            out += "<h3>Skenario \(HTML.text(result.scenario.header.id.rawValue))</h3>\n"
            out += pack.findingsTable(scenarioFindings, depth: Self.depth, linkPages: false)
        }
        return out
    }

    /// The items of the regulation this document's elements cite.
    private func coverage() -> String {
        let id = document.id.rawValue
        var rows: [[String]] = []
        for source in pack.coverage.sources {
            for item in source.items {
                let elements = item.elements.filter { $0.document == id }.map(\.element)
                if !elements.isEmpty {
                    rows.append([HTML.text(source.regulation ?? source.source), HTML.text(item.item), HTML.text(elements.joined(separator: ", "))])
                }
            }
        }
        let link = "<p>Cakupan seluruh pustaka: \(HTML.link("../cakupan.html", "Cakupan peraturan")).</p>\n"
        guard !rows.isEmpty else { return "<p class=\"kosong\">Dokumen ini tidak mengutip butir peraturan.</p>\n" + link }
        return "<details><summary>\(rows.count) butir peraturan dikutip</summary>\n" + HTML.table(["Peraturan", "Butir", "Elemen"], rows) + "</details>\n" + link
    }
}

/// An inline diagram with its toolbar (search, zoom), or why it is missing.
enum DiagramFigure {
    static func make(key: String, title: String, prefix: String, svgs: [String: Result<String, RenderError>], pack: ReviewPack,
                     overlay: String? = nil, legend: String = "") -> String {
    let body: String
    switch svgs[key] {
    case let .success(svg)?:
        body = InlineSVG.prepare(svg, prefix: prefix) { name in
            let id = DocumentID(name.hasSuffix(Diagram.kedudukanSuffix) ? String(name.dropLast(Diagram.kedudukanSuffix.count)) : name)
            return pack.hasPage(id) ? "../" + pack.page(of: id) : nil
        }
    case let .failure(error)?:
        return "<p class=\"gagal\">\(HTML.text(title)) tidak dapat digambar: \(HTML.text("\(error)"))</p>\n"
    case nil:
        return "<p class=\"kosong\">\(HTML.text(title)): tidak ada diagram.</p>\n"
    }
    return """
    <figure class="diagram"\(overlay.map { " data-overlay=\"\($0)\"" } ?? "")>
    <figcaption><b>\(HTML.text(title))</b><input type="search" data-cari placeholder="Cari langkah atau jabatan…" aria-label="Cari langkah atau jabatan"><span class="hasil-cari"></span><button type="button" data-zoom="masuk" title="Perbesar">+</button><button type="button" data-zoom="keluar" title="Perkecil">−</button><button type="button" data-zoom="ulang" title="Tampilan awal">⟲</button></figcaption>
    \(legend)<div class="kanvas">\(body)</div>
    </figure>

    """
    }
}
