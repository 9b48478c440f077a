import ProbisModel

/// The text form of `probis show`: headings and labels in Bahasa Indonesia, as the regulations write them.
extension DocumentDetail {
    public var text: String {
        var lines: [String] = []
        lines.append("\(id) — \(title)")
        var facts = ["jenis: \(kind)"]
        if let region { facts.append("wilayah: \(region)") }
        if let file { facts.append("berkas: \(file)") }
        lines.append(facts.joined(separator: " · "))
        if let citation { lines.append("dasar: \(citation.source), \(citation.item)") }
        if let description { lines.append(""); lines.append(description) }
        if let regulation {
            lines.append("")
            lines.append("Regulasi: \(regulation.title) (\(regulation.shortTitle); \(regulation.source))")
        }
        if let artifacts, !artifacts.isEmpty {
            lines.append("")
            lines.append("Dokumen dan surat")
            for artifact in artifacts {
                lines.append("  \(artifact.id): \(artifact.title) [\(artifact.kind)]")
                for item in artifact.contents { lines.append("    - \(item)") }
            }
        }
        if let positions { lines += positionLines(positions) }
        if let organizationType { lines.append("tipe organisasi: \(organizationType)") }
        if let units {
            lines.append("")
            lines.append("Unit dan pegawai (atasan langsung; koordinator)")
            for unit in units {
                lines.append("  \(unit.id): \(unit.title)\(unit.parent.map { " — di bawah \($0)" } ?? "")")
                for person in unit.people {
                    let above = [person.superior, person.coordinator.map { "koordinator \($0)" }].compactMap { $0 }
                    lines.append("    \(person.id): \(person.title)\(above.isEmpty ? "" : " → " + above.joined(separator: "; "))")
                }
            }
        }
        if let mechanism {
            lines.append("")
            lines.append("Mekanisme: \([mechanism.kind, mechanism.scope, mechanism.mode].compactMap { $0 }.joined(separator: " · "))")
        }
        if let lanes {
            lines.append("")
            lines.append("Lajur: " + lanes.map(\.title).joined(separator: " | "))
        }
        for stage in stages ?? [] {
            lines.append("")
            lines.append(stage.title)
            var number = 0
            for step in stage.steps {
                if step.kind == "activity" { number += 1 }
                lines += stepLines(step, number: step.kind == "activity" ? number : nil)
            }
        }
        if let otherSteps, !otherSteps.isEmpty, stages?.isEmpty == false || !otherSteps.allSatisfy({ $0.kind == "start" || $0.kind == "end" }) {
            lines.append("")
            lines.append(stages?.isEmpty == false ? "Simbol lain" : "Langkah")
            var number = 0
            for step in otherSteps {
                if step.kind == "activity" { number += 1 }
                lines += stepLines(step, number: step.kind == "activity" ? number : nil)
            }
        }
        if let parent { lines.append(""); lines.append("Induk: \(parent.map) \(parent.code)") }
        if let processes {
            lines.append("")
            lines.append(level.map { "Peta Proses Level \($0)" } ?? "Subproses")
            for process in processes { lines += processLines(process, depth: 1) }
        }
        if let parties {
            lines.append("")
            lines.append("Pihak")
            for party in parties { lines.append("  \(party.id): \(party.title) [\(party.kind)\(party.group.map { ", \($0)" } ?? "")]") }
        }
        if let relations {
            lines.append("")
            lines.append("Relasi")
            for relation in relations { lines.append("  \(relation.from) → \(relation.to): \(relation.label)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func positionLines(_ positions: [PositionEntry]) -> [String] {
        var lines = ["", "Kedudukan"]
        func visit(_ position: PositionEntry, depth: Int) {
            var tags = [position.tier]
            if position.headcount != 1 { tags.append("×\(position.headcount)") }
            tags += position.roles
            if let assessor = position.assessor { tags.append("PPK: \(assessor)") }
            if let assumed = position.assumed { tags.append("\(ProcessMapsFormat.assumptionLabel): \(assumed.joined(separator: ", "))") }
            lines.append(String(repeating: "  ", count: depth) + "\(position.id): \(position.title) [\(tags.joined(separator: ", "))]")
            for child in positions where child.reportsTo == position.id && child.id != position.id {
                if depth < 32 { visit(child, depth: depth + 1) }
            }
        }
        for head in positions where head.reportsTo == nil || !positions.contains(where: { $0.id == head.reportsTo }) {
            visit(head, depth: 1)
        }
        return lines
    }

    private func stepLines(_ step: StepEntry, number: Int?) -> [String] {
        let marker: String
        switch step.kind {
        case "activity": marker = "\(number ?? 0)."
        case "decision": marker = "◇"
        case "start": marker = "●"
        case "end": marker = "◉"
        default: marker = "⬠"
        }
        let with = step.with.isEmpty ? "" : " (bersama \(step.with.joined(separator: ", ")))"
        var lines = ["  \(marker) \(step.actor)\(with): \(step.action)"]
        var facts: [String] = []
        if step.cadence != "kegiatan" { facts.append("sekali per \(step.cadence)") }
        if step.join == true { facts.append("setelah semua kegiatan paralel selesai") }
        if step.kind != "decision", Set(step.next).count > 1 { facts.append("dilanjutkan paralel ke: " + step.next.joined(separator: ", ")) }
        if !step.inputs.isEmpty { facts.append("masukan: " + step.inputs.joined(separator: ", ")) }
        if !step.outputs.isEmpty { facts.append("keluaran: " + step.outputs.joined(separator: ", ")) }
        if let citation = step.citation { facts.append("[\(citation.item)]") }
        if !facts.isEmpty { lines.append("     " + facts.joined(separator: " · ")) }
        for branch in step.branches { lines.append("     \(branch.label) → \(branch.to)") }
        return lines
    }

    private func processLines(_ process: ProcessEntry, depth: Int) -> [String] {
        var line = String(repeating: "  ", count: depth) + "\(process.code) \(process.title)"
        if let category = process.category { line += " [\(category)]" }
        if let detail = process.detail { line += " → \(detail)" }
        if let assumed = process.assumed { line += " (\(ProcessMapsFormat.assumptionLabel): \(assumed.joined(separator: ", ")))" }
        return [line] + process.children.flatMap { processLines($0, depth: depth + 1) }
    }
}
