import ProbisModel
import ProbisRules

/// `cakupan.html`: what the library encodes of each regulation text and which Pasal it does not yet.
struct CoveragePage {
    var pack: ReviewPack

    var html: String {
        var body = "<h1>Cakupan peraturan</h1>\n"
        body += "<p class=\"sub\">Untuk setiap teks peraturan: dokumen yang mengodekannya, butir yang dikutip, aturan yang ditegakkan, dan Pasal yang belum dikodekan.</p>\n"
        for source in pack.coverage.sources {
            let title = [source.regulation, source.region.map { "wilayah \($0)" }].compactMap { $0 }.joined(separator: ", ")
            body += "<h2 id=\"\(HTML.text(source.source))\">\(HTML.text(title.isEmpty ? source.source : title))</h2>\n"
            body += "<p class=\"sub\">Berkas teks: \(HTML.text(source.source))</p>\n"
            let list = { (numbers: [Int]) in numbers.isEmpty ? "-" : numbers.map(String.init).joined(separator: ", ") }
            body += HTML.table(["Pasal", "Nomor"], [
                ["dalam teks", HTML.text(list(source.pasalInText))],
                ["dikodekan data", HTML.text(list(source.pasalEncoded))],
                ["ditegakkan aturan", HTML.text(list(source.pasalEnforced))],
                ["<b>belum dikodekan</b>", "<b>\(HTML.text(list(source.pasalNotEncoded)))</b>"],
            ])
            let documents = source.documents.map { entry -> [String] in
                let id = DocumentID(entry.id)
                let name = pack.hasPage(id) ? HTML.link(pack.page(of: id), entry.title) : HTML.text(entry.title)
                return [name, HTML.text(entry.kind), HTML.text(entry.item ?? "-")]
            }
            body += "<details><summary>Dokumen yang mengodekan teks ini (\(documents.count))</summary>\n"
            body += HTML.table(["Dokumen", "Jenis", "Butir"], documents) + "</details>\n"
            let items = source.items.map { [HTML.text($0.item), HTML.text($0.elements.map { "\($0.document) \($0.element)" }.joined(separator: "; "))] }
            body += "<details><summary>Butir yang dikutip (\(items.count))</summary>\n" + HTML.table(["Butir", "Elemen"], items) + "</details>\n"
            let rules = source.rules.map { [HTML.text($0.id), HTML.text($0.severity), HTML.text($0.item)] }
            body += "<details><summary>Aturan yang ditegakkan (\(rules.count))</summary>\n" + HTML.table(["Aturan", "Tingkat", "Butir"], rules) + "</details>\n"
        }
        return HTML.page(title: "Cakupan peraturan", depth: 0, trail: [("Cakupan peraturan", nil)], body: body)
    }
}
