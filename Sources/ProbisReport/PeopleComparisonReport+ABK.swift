import ProbisModel
import ProbisSimulation

extension PeopleComparisonReport {
    /// The Anjab-ABK figure of each unit and position of a compiled scenario that has an `abk:` table (none
    /// otherwise): what `probis compare --people` and the review pack show beside the simulated figures.
    /// - Parameters:
    ///   - model: the compiled scenario.
    ///   - after: whether it is the run after the change (B).
    public static func abkFigures(of model: SimulationModel, after: Bool) -> [StaticFigure] {
        guard let abk = model.scenario.abk, let table = abk.loaded else { return [] }
        let analysis = AbkAnalysis(table: table, organization: model.units, type: model.organization, wkeHours: abk.wkeHours)
        return analysis.units.flatMap { unit in
            unit.positions.map {
                StaticFigure(after: after, unit: unit.unit.rawValue, position: $0.position.rawValue, hours: $0.hours, required: $0.required,
                             headcount: $0.headcount)
            }
        }
    }

    /// The report of two runs, with the ABK figures of either scenario that has a table.
    public init(_ first: SimulationRun, _ second: SimulationRun) {
        self.init(PeopleComparison(first, second),
                  figures: Self.abkFigures(of: first.model, after: false) + Self.abkFigures(of: second.model, after: true))
    }
}
