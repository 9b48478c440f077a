import Foundation
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
            var rows = [number.map { small("\($0)") } ?? "", HTMLText.lines(step.text, width: 26)]
            // A lane title that names its holders in an organization (` — 5 orang di 5 unit`) is named without them.
            let partners = step.participants.compactMap { map.lane($0.id)?.title.components(separatedBy: CrossFunctionalMap.holdersSeparator).first }
            if !partners.isEmpty { rows.append(small("<I>" + HTMLText.lines("bersama " + partners.joined(separator: ", "), width: 34) + "</I>")) }
            if step.cadence == .siklus { rows.append(small("sekali setiap siklus kinerja")) }
            rows += parallelNotes(step).map { small("<I>\($0)</I>") }
            var cells = rows.filter { !$0.isEmpty }.map { "<TR><TD>\($0)</TD></TR>" }
            if !step.outputs.isEmpty { cells.append("<TR><TD>\(artifactNote(step.outputs))</TD></TR>") }
            attributes["shape"] = .text("box")
            attributes["style"] = .text("filled")
            attributes["fillcolor"] = .text(step.stage.map(Theme.stageTint) ?? Theme.activity)
            attributes["margin"] = .text("0.04,0.02")
            attributes["label"] = .html("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">" + cells.joined() + "</TABLE>")
        case .decision:
            var lines = [number.map { small("\($0)") } ?? "", HTMLText.lines(step.text, width: 22)]
            lines += parallelNotes(step).map { small("<I>\($0)</I>") }
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

    /// A short bold caption for an arrow end.
    func edgeCaption(_ text: String, color: String) -> String {
        "<FONT POINT-SIZE=\"9\" FACE=\"\(Theme.boldFont)\" COLOR=\"\(color)\">\(HTMLText.escape(text))</FONT>"
    }

    /// A branch caption on a white plate: lines passing under it do not cross its text, and its box is
    /// drawn, so ProbisRender can move it off another caption and tests can measure it.
    func branchCaption(_ text: String, color: String) -> String {
        "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\" BGCOLOR=\"white\"><TR><TD>"
            + edgeCaption(text, color: color) + "</TD></TR></TABLE>"
    }

    /// Arrows of the flow in step order: branch labels at the start of a decision's arrows, and
    /// loop-closing arrows dashed. The artifacts a step produces are drawn in its box.
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
                if let branch = target.branch, isLoop {
                    // A loop's label sits in the middle of its long way back, under the lanes it crosses.
                    let caption = branch.meaning == .perbaikan ? "\(branch.label) — perbaikan" : branch.label
                    attributes["label"] = .html(edgeCaption(caption, color: Theme.loop))
                } else if let branch = target.branch {
                    let color = branch.meaning == .ditolak ? Theme.loop : Theme.ink
                    attributes["taillabel"] = .html(branchCaption(branch.label, color: color))
                    // Spread the labels of one decision's branches; ProbisRender moves any that still overlap.
                    let position = step.branches.firstIndex { $0.target.id == target.id && $0.label == branch.label } ?? 0
                    attributes["labeldistance"] = .text("2.8")
                    attributes["labelangle"] = .text(["35", "-35", "0", "60", "-60"][position % 5])
                }
                if isLoop {
                    // A loop goes back against the flow, below the boxes, and must not pull its target forward.
                    attributes["constraint"] = .text("false")
                    attributes["style"] = .text("dashed")
                    attributes["color"] = .text(Theme.loop)
                    attributes["penwidth"] = .text("1.3")
                    attributes["tailport"] = .text("s")
                    attributes["headport"] = .text("s")
                }
                if target.branch?.meaning == .ditolak { attributes["color"] = .text(Theme.loop) }
                if !isLoop { markParallel(&attributes, from: step, to: map.steps[targetIndex]) }
                statements.append(.edge(stepID(step.id), stepID(target.id), attributes))
            }
        }
        return statements
    }
}
