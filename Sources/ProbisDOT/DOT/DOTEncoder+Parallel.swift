import ProbisModel

/// Parallel split and join within the five SOP AP symbols: no gateway symbol, but the arrows of a split
/// leave its box from one point and the arrows into a join enter it at one point, and the boxes say in
/// a small italic line that the work goes on at once, or waits for every branch.
extension DOTEncoder {
    /// The note lines of a split or join box (Bahasa Indonesia, for the reader of the map).
    func parallelNotes(_ step: FlowStep) -> [String] {
        var notes: [String] = []
        if step.isJoin { notes.append("setelah semua kegiatan paralel selesai") }
        if step.isSplit { notes.append("dilanjutkan \(Set(step.next.map(\.id)).count) kegiatan paralel") }
        return notes
    }

    /// An arrow that leaves a split from the box's trailing side, or enters a join at its leading side.
    func markParallel(_ attributes: inout DOTAttributes, from: FlowStep, to: FlowStep) {
        if from.isSplit { attributes["tailport"] = .text("e") }
        if to.isJoin { attributes["headport"] = .text("w") }
    }
}
