import ProbisModel

extension SOPDocument {
    /// One row per step, in the order written.
    static func rows(flow: CrossFunctionalMap, library: Library, scenario: Scenario?) -> [SOPRow] {
        let index = Dictionary(flow.steps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let columns = Dictionary(flow.lanes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let workingDay = scenario.map { SOPWaktu.workingDay(of: $0.calendar) } ?? 8 * 3600
        func titles(_ artifacts: [Reference<ArtifactID>]) -> String {
            artifacts.isEmpty ? "-" : artifacts.map { library.artifact($0.id)?.title ?? $0.id.rawValue }.joined(separator: "; ")
        }
        return flow.steps.enumerated().map { offset, step in
            let links: [SOPLink] = step.kind == .decision
                ? step.branches.compactMap { branch in index[branch.target.id].map { SOPLink(target: $0, label: branch.label) } }
                : step.next.compactMap { next in index[next.id].map { SOPLink(target: $0) } }
            var waktu = step.waktu ?? "-"
            if let scenario, step.encodesRegulation, let spec = scenario.durations.duration(of: step.id), step.kind == .activity {
                waktu = SOPWaktu.text(seconds: spec.distribution.nominalMean, workingDay: workingDay)
            }
            return SOPRow(
                number: offset + 1, step: step.id, symbol: symbol(step.kind), column: columns[step.lane.id] ?? 0,
                kegiatan: kegiatan(step), kelengkapan: step.kind == .activity ? titles(step.inputs) : "-",
                waktu: step.kind == .activity || step.waktu != nil ? waktu : "-",
                output: step.kind == .activity ? titles(step.outputs) : "-",
                keterangan: keterangan(step, flow: flow, index: index, library: library), links: links,
                location: step.location)
        }
    }

    static func symbol(_ kind: StepKind) -> SOPSymbol {
        switch kind {
        case .start, .end: .capsule
        case .activity: .box
        case .decision: .diamond
        case .connector: .pentagon
        }
    }

    /// The step's text as a kegiatan: an activity's action with a capital first letter.
    static func kegiatan(_ step: FlowStep) -> String {
        let text = step.text.isEmpty ? (step.kind == .connector ? "Penghubung" : "-") : step.text
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Where a decision's branches lead, who takes part, cadence and the map a connector leads to.
    static func keterangan(_ step: FlowStep, flow: CrossFunctionalMap, index: [StepID: Int], library: Library) -> String {
        var parts: [String] = []
        if step.kind == .decision {
            parts.append(step.branches.map { branch in
                "\(branch.label.isEmpty ? "Cabang" : branch.label): ke no. \(index[branch.target.id].map { String($0 + 1) } ?? "?")"
            }.joined(separator: "; "))
        }
        let with = step.participants.compactMap { flow.lane($0.id)?.title }
        if !with.isEmpty { parts.append("Bersama \(with.joined(separator: ", "))") }
        if step.cadence == .siklus { parts.append("Sekali setiap siklus kinerja") }
        if let target = step.connectsTo?.id {
            parts.append("Berlanjut ke SOP \(library.document(target)?.header.title ?? target.rawValue)")
        }
        return parts.isEmpty ? "-" : parts.joined(separator: ". ")
    }
}
