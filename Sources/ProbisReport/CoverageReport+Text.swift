import ProbisModel
import ProbisRules

/// The text form of `probis coverage`.
extension CoverageReport {
    public var text: String {
        var lines: [String] = []
        for source in sources {
            let title = [source.regulation, source.region.map { "wilayah \($0)" }].compactMap { $0 }.joined(separator: ", ")
            lines.append("\(source.source)\(title.isEmpty ? "" : " — \(title)")")
            lines.append("  Tipe organisasi dan peta yang mengodekan teks ini (\(source.documents.count)):")
            for document in source.documents {
                lines.append("    \(document.id) [\(document.kind)] \(document.title)\(document.item.map { " — \($0)" } ?? "")")
            }
            lines.append("  Butir yang dikodekan (\(source.items.count)):")
            for item in source.items {
                let elements = item.elements.map { "\($0.document) \($0.element)" }
                lines.append("    \(item.item) — \(elements.count) elemen: \(elements.joined(separator: "; "))")
            }
            lines.append("  Aturan yang ditegakkan (\(source.rules.count)):")
            for rule in source.rules { lines.append("    \(rule.id) (\(rule.severity)) — \(rule.item)") }
            let list = { (numbers: [Int]) in numbers.isEmpty ? "-" : numbers.map(String.init).joined(separator: ", ") }
            lines.append("  Pasal dalam teks: \(list(source.pasalInText))")
            lines.append("  Pasal dikodekan data: \(list(source.pasalEncoded))")
            lines.append("  Pasal ditegakkan aturan: \(list(source.pasalEnforced))")
            lines.append("  Pasal belum dikodekan: \(list(source.pasalNotEncoded))")
            lines.append("  Nilai \(ProcessMapsFormat.assumptionLabel) (\(source.assumptions.count) elemen):")
            var byDocument: [(String, [String])] = []
            for entry in source.assumptions {
                let text = "\(entry.element): \(entry.keys.joined(separator: ", "))"
                if byDocument.last?.0 == entry.document { byDocument[byDocument.count - 1].1.append(text) } else { byDocument.append((entry.document, [text])) }
            }
            for (document, elements) in byDocument { lines.append("    \(document) — \(elements.joined(separator: "; "))") }
            lines.append("  Pertentangan antarbagian teks (\(source.conflicts.count)):")
            for conflict in source.conflicts {
                lines.append("    \(conflict.id): \(conflict.question)")
                for passage in conflict.passages { lines.append("      \(passage.item): \"\(passage.wording)\"") }
                lines.append("      bacaan yang dipakai: \(conflict.chosen)")
            }
            lines.append("")
        }
        lines.append("Aturan (\(rules.count))")
        for rule in rules {
            lines.append("  \(rule.id): \(rule.summary)")
            for provision in rule.provisions {
                lines.append("    \(provision.region): \(provision.item) (\(provision.severity); \(provision.source))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
