import ProbisDOT
import ProbisModel
import ProbisReport

extension DiagramOverlay {
    /// The changes of a revision marked on the later document's swimlane: added steps green, changed steps
    /// yellow with what changed as a note, removed steps named in the caption.
    /// - Parameter diff: the changes from the earlier document to the later one.
    public static func changes(_ diff: DocumentDiff) -> DiagramOverlay {
        var overlay = DiagramOverlay()
        let added = Set(diff.changes.filter { $0.kind == .stepAdded }.map(\.element))
        for change in diff.changes where change.kind != .stepRemoved {
            let step = StepID(change.element)
            overlay.steps[step] = added.contains(change.element)
                ? Mark(fill: DiffColour.addedFill, border: DiffColour.addedBorder, note: "baru")
                : Mark(fill: DiffColour.changedFill, border: DiffColour.changedBorder, note: DiffText.label(change.kind))
        }
        let removed = diff.changes.filter { $0.kind == .stepRemoved }.map(\.element)
        overlay.caption = "Perubahan dari \(diff.a): hijau ditambah, kuning berubah"
            + (removed.isEmpty ? "" : "; dihapus: " + removed.joined(separator: ", "))
        return overlay
    }
}

/// The colours of diff marks, shared by the diagram and the pack's legend.
public enum DiffColour {
    /// Fill and border of an added step.
    public static let addedFill = "#c7e9c0", addedBorder = "#238b45"
    /// Fill and border of a changed step.
    public static let changedFill = "#fee391", changedBorder = "#cc4c02"
}
