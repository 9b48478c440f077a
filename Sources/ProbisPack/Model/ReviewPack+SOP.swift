import ProbisModel
import ProbisSOP
import ProbisSOPDraw

/// One SOP AP document of the pack: the PDF of a peta lintas fungsi's or stage flow's SOP, or why it is missing.
struct PackSOP: Sendable {
    /// The PDF's path in the pack, e.g. `sop/kaltim.pd-tipe-2.pdf`.
    var path: String
    /// The PDF, when it could be laid out.
    var pdf: [UInt8]?
    /// Its number of pages.
    var pages: Int
    /// Where Waktu comes from, in words.
    var waktu: String
    /// Why it could not be laid out.
    var failure: String?
}

extension ReviewPack {
    /// The SOP AP document (PermenPANRB 35/2012, A4 landscape) of every peta lintas fungsi and stage flow that
    /// has no errors, with Waktu from the organization type's default scenario when it has one (as
    /// `probis sop --all --default-scenario` writes them).
    func sops() -> [DocumentID: PackSOP] {
        let measure = CairoTextMeasurer()
        var out: [DocumentID: PackSOP] = [:]
        for id in SOPDocument.sources(in: library) {
            guard let target = library.document(id), !hasErrors(target) else { continue }
            // A default scenario with errors gives no Waktu (its durations are not trusted).
            let scenario = library.defaultScenario(for: id).flatMap { scenario in
                library.document(scenario.header.id).map(hasErrors) == true ? nil : scenario
            }
            guard let document = SOPDocument(target, in: library, scenario: scenario) else { continue }
            let waktu = scenario.map { "Waktu: rata-rata durasi skenario \($0.header.id) (asumsi skenario)" } ?? "Waktu: dari 'waktu:' tiap langkah"
            let path = "sop/\(id.rawValue).pdf"
            do {
                let layout = try SOPLayout.make(document, paper: .a4, measure: measure)
                out[id] = PackSOP(path: path, pdf: SOPDrawing.pdf(layout, title: "SOP \(document.nama)"), pages: layout.pages.count, waktu: waktu)
            } catch {
                out[id] = PackSOP(path: path, pages: 0, waktu: waktu, failure: error.diagnostic.message)
            }
        }
        return out
    }
}
