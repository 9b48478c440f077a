import ProbisModel

extension DOTEncoder {
    /// The node of one step in the SOP AP symbol of its kind: capsule for start and end, box for an
    /// activity, diamond for a decision, pentagon for an off-page connector.
    func stepNode(_ step: FlowStep, number: Int?, map: CrossFunctionalMap, diagram: Diagram) -> DOTAttributes {
        var attributes = DOTAttributes()
        let small = { (text: String) in "<FONT POINT-SIZE=\"8\" COLOR=\"\(Theme.muted)\">\(text)</FONT>" }
        switch step.kind {
        case .start, .end:
            let text = step.text.isEmpty ? (step.kind == .start ? "Mulai" : "Selesai") : step.text
            attributes["shape"] = .text("box")
            attributes["style"] = .text("rounded,filled")
            attributes["fillcolor"] = .text(Theme.terminal)
            attributes["penwidth"] = .text("1.4")
            attributes["label"] = .html(HTMLText.lines(text, width: 18))
        case .activity:
            var lines = [(number.map { small("\($0)") } ?? "") , HTMLText.lines(step.text, width: 26)]
            let partners = step.participants.compactMap { map.lane($0.id)?.title }
            if !partners.isEmpty { lines.append(small("<I>" + HTMLText.lines("bersama " + partners.joined(separator: ", "), width: 34) + "</I>")) }
            if step.cadence == .siklus { lines.append(small("sekali setiap siklus kinerja")) }
            attributes["shape"] = .text("box")
            attributes["style"] = .text("filled")
            attributes["fillcolor"] = .text(Theme.activity)
            attributes["margin"] = .text("0.1,0.06")
            attributes["label"] = .html(lines.filter { !$0.isEmpty }.joined(separator: "<BR/>"))
        case .decision:
            var lines = [number.map { small("\($0)") } ?? "", HTMLText.lines(step.text, width: 22)]
            lines = lines.filter { !$0.isEmpty }
            attributes["shape"] = .text("diamond")
            attributes["style"] = .text("filled")
            attributes["fillcolor"] = .text(Theme.decision)
            attributes["margin"] = .text("0.02,0.02")
            attributes["label"] = .html(lines.joined(separator: "<BR/>"))
        case .connector:
            var lines = [HTMLText.lines(step.text, width: 20)]
            if let target = step.connectsTo {
                let name = library.document(target.id)?.header.title ?? target.id.rawValue
                lines.append(small(HTMLText.lines("ke " + name, width: 26)))
                if let link = plan.link(from: diagram, to: target.id) { attributes["URL"] = .text(link) }
            }
            attributes["shape"] = .text("invhouse")
            attributes["style"] = .text("filled")
            attributes["fillcolor"] = .text(Theme.connector)
            attributes["margin"] = .text("0.05,0.02")
            attributes["label"] = .html(lines.joined(separator: "<BR/>"))
        }
        attributes["tooltip"] = .text(step.citation.map { "\(step.id.rawValue) — \($0.item)" } ?? step.id.rawValue)
        return attributes
    }

    /// Arrows of the flow in step order: branch labels on a decision's arrows, the artifacts a step
    /// produces on its outgoing arrows, and loop-closing arrows dashed and left out of the layout.
    func flowEdges(_ map: CrossFunctionalMap, layout: SwimlaneLayout) -> [DOTStatement] {
        var statements: [DOTStatement] = []
        for (index, step) in map.steps.enumerated() {
            let targets: [(id: StepID, branch: Branch?)] = step.kind == .decision
                ? step.branches.map { ($0.target.id, $0) }
                : step.next.map { ($0.id, nil) }
            for target in targets {
                guard let targetIndex = layout.graph.index(of: target.id) else { continue }
                let isLoop = layout.loopEdges.contains(Digraph.Edge(from: index, to: targetIndex))
                var attributes = DOTAttributes()
                let caption = target.branch.map { branch in
                    branch.meaning == .perbaikan ? "\(branch.label) (perbaikan)" : branch.label
                }
                if step.outputs.isEmpty {
                    if let caption {
                        attributes["label"] = .html("<FONT POINT-SIZE=\"9\" FACE=\"\(Theme.boldFont)\" COLOR=\"\(isLoop ? Theme.loop : Theme.ink)\">\(HTMLText.escape(caption))</FONT>")
                    }
                } else {
                    attributes["label"] = .html(artifactNote(step.outputs, caption: caption))
                }
                if isLoop {
                    attributes["constraint"] = .text("false")
                    attributes["style"] = .text("dashed")
                    attributes["color"] = .text(Theme.loop)
                    attributes["penwidth"] = .text("1.3")
                }
                if target.branch?.meaning == .ditolak { attributes["color"] = .text(Theme.loop) }
                statements.append(.edge(stepID(step.id), stepID(target.id), attributes))
            }
        }
        return statements
    }
}
