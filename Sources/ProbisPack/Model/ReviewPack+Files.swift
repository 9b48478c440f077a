import ProbisModel
import ProbisRender

extension ReviewPack {
    /// Every file of the pack: the index, one page per document, all findings, the regulation coverage, the
    /// SOP AP PDFs, and the local stylesheet and script.
    /// - Parameter svgs: the SVG of each ``diagramRequests`` key, or why it could not be drawn.
    public func files(svgs: [String: Result<String, RenderError>]) -> [PackFile] {
        var files = [
            PackFile(path: "aset/probis.css", text: PackAssets.css),
            PackFile(path: "aset/probis.js", text: PackAssets.js),
            PackFile(path: "index.html", text: IndexPage(pack: self).html),
            PackFile(path: "temuan.html", text: FindingsPage(pack: self).html),
            PackFile(path: "cakupan.html", text: CoveragePage(pack: self).html),
        ]
        let sops = sops()
        for id in sops.keys.sorted() { if let pdf = sops[id]?.pdf { files.append(PackFile(path: sops[id]!.path, bytes: pdf)) } }
        for document in pageDocuments {
            let built = DocumentPage(pack: self, document: document, svgs: svgs, sop: sops[document.id])
            files.append(PackFile(path: page(of: document.id), text: built.html))
        }
        return files
    }

    /// The page of the document that holds a file, relative to a page `depth` folders down.
    func page(ofFile file: String?, depth: Int) -> String? {
        guard let file, let document = library.documents.first(where: { $0.header.file == file }) else { return nil }
        let id = document.kind == .scenario ? scenarioHome(document.id) : document.id
        guard let id, hasPage(id) else { return nil }
        return String(repeating: "../", count: depth) + page(of: id)
    }

    /// The page a scenario's results are shown on.
    func scenarioHome(_ scenario: DocumentID) -> DocumentID? {
        simulations.first { $0.scenario.header.id == scenario }?.document
    }

    /// Findings as a table: severity, code, message, citation (the `[…]` a rule adds), where to fix it.
    func findingsTable(_ findings: [Diagnostic], depth: Int, linkPages: Bool) -> String {
        let rows = findings.map { finding -> [String] in
            let (message, citation) = Self.splitCitation(finding.message)
            let severity = switch finding.severity {
            case .error: "<span class=\"galat\">galat</span>"
            case .warning: "<span class=\"peringatan\">peringatan</span>"
            case .note: "catatan"
            }
            var place = HTML.text(finding.location?.description ?? "pustaka")
            if linkPages, let href = page(ofFile: finding.location?.file, depth: depth) {
                place = "<a href=\"\(HTML.text(href))\">\(place)</a>"
            }
            return [severity, "<code>\(HTML.text(finding.code.rawValue))</code>", HTML.text(message),
                    HTML.text(citation ?? "-"), "<span class=\"letak\">\(place)</span>"]
        }
        return HTML.table(["Tingkat", "Kode", "Pesan", "Pasal / kutipan", "Letak (berkas:baris:kolom)"], rows)
    }

    /// A rule finding's message and the citation it ends with (`… [Pergub Kaltim 50/2023 Pasal 12]`).
    static func splitCitation(_ message: String) -> (String, String?) {
        guard message.hasSuffix("]"), let open = message.lastIndex(of: "[") else { return (message, nil) }
        let citation = message[message.index(after: open)..<message.index(before: message.endIndex)]
        let text = message[..<open].trimmingSuffix(" ")
        return (String(text), String(citation))
    }
}

extension Substring {
    /// The substring without trailing copies of `character`.
    func trimmingSuffix(_ character: Character) -> Substring {
        var text = self
        while text.last == character { text = text.dropLast() }
        return text
    }
}
