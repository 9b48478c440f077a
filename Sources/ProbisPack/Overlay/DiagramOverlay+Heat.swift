import ProbisDOT
import ProbisModel
import ProbisSimulation

extension DiagramOverlay {
    /// A simulation's heat laid over the swimlane it ran on: each step filled by its mean wait before
    /// starting (five classes relative to the longest wait of the run), each lane by the highest utilization
    /// among its positions, the bottleneck's lane outlined in the caption.
    /// - Parameters:
    ///   - summary: the simulation's results.
    ///   - flow: the swimlane drawn (the organization type's or organization's stage flow).
    public static func heat(_ summary: SimulationSummary, on flow: CrossFunctionalMap) -> DiagramOverlay {
        var overlay = DiagramOverlay()
        let waits = summary.steps.compactMap { step -> (StepID, Double)? in
            guard let wait = step.meanWaitHours?.mean, !step.activity.contains(":") else { return nil }
            return (StepID(step.activity), wait)
        }
        let longest = waits.map(\.1).max() ?? 0
        for (step, wait) in waits {
            let fill = HeatScale.stepFill(wait: wait, longest: longest)
            overlay.steps[step] = Mark(fill: fill, note: "tunggu \(IndonesianNumber.format(wait)) jam")
        }
        let utilization = Dictionary(summary.positions.compactMap { position in position.utilization.map { (position.id, $0.mean) } },
                                     uniquingKeysWith: max)
        for lane in flow.lanes {
            let highest = lane.positions.compactMap { utilization[$0.id.rawValue] }.max()
            if let highest { overlay.lanes[lane.id] = Mark(fill: HeatScale.laneFill(utilization: highest)) }
        }
        var caption = "Panas simulasi \(summary.scenario): langkah menurut waktu tunggu, lajur menurut utilisasi"
        if let worst = summary.bottlenecks.first {
            caption += "; hambatan utama \(worst.title) (utilisasi \(IndonesianNumber.percent(worst.utilization)))"
        }
        overlay.caption = caption
        return overlay
    }
}

/// The colour classes of the heat overlay, shared by the diagram and the pack's legend.
public enum HeatScale {
    /// Step fills from short to long waits (the five lightest classes of ColorBrewer YlOrRd, so the text stays readable).
    public static let stepFills = ["#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c"]
    /// Lane fills from idle to saturated (light, so that the steps stay readable).
    public static let laneFills = ["#f7fbff", "#fff7bc", "#fee0b6", "#fcbba1", "#fb9a99"]
    /// Lower bounds of the lane classes: utilization 0, 50%, 70%, 85%, 95%.
    public static let laneBounds = [0.0, 0.5, 0.7, 0.85, 0.95]

    /// The fill of a step that waits `wait` hours when the longest wait of the run is `longest`.
    public static func stepFill(wait: Double, longest: Double) -> String {
        guard longest > 0 else { return stepFills[0] }
        let index = min(stepFills.count - 1, Int((wait / longest * Double(stepFills.count)).rounded(.down)))
        return stepFills[max(0, index)]
    }

    /// The fill of a lane whose busiest position has this utilization (0–1).
    public static func laneFill(utilization: Double) -> String {
        let index = laneBounds.lastIndex { utilization >= $0 } ?? 0
        return laneFills[index]
    }
}
