import ProbisSimulation

/// The before/after compare that answers "where will work queue, and for whom": units and people sorted by
/// the size of the change in waiting per kegiatan, warnings for people whose queue keeps growing after the
/// change, a short summary in Bahasa Indonesia to read aloud, and beside each person the static workload
/// figure (ABK kebutuhan pegawai) when the scenario has one.
public struct PeopleComparisonReport: Sendable, Hashable, Codable {
    /// The statistics.
    public var comparison: PeopleComparison
    /// Units, largest change of waiting per kegiatan first.
    public var units: [UnitChange]
    /// People, largest change of waiting per kegiatan first.
    public var people: [PersonChange]
    /// The static figure of each (unit, position) before and after the change, where the scenarios have one.
    public var figures: [StaticFigure]
    /// People whose queue keeps growing after the change (and did not before), in Bahasa Indonesia.
    public var warnings: [String]
    /// Sentences to read aloud, in Bahasa Indonesia.
    public var summary: [String]

    /// The static workload figure of one position in one unit (from an Anjab-ABK table).
    public struct StaticFigure: Sendable, Hashable, Codable {
        /// Whether it is the figure of the organization after the change (B), else before (A).
        public var after: Bool
        /// The unit.
        public var unit: String
        /// The position.
        public var position: String
        /// Beban kerja in hours a year.
        public var hours: Double
        /// Kebutuhan pegawai (a fraction of a person is kept).
        public var required: Double
        /// Pegawai saat ini.
        public var headcount: Int

        /// Creates a figure.
        public init(after: Bool, unit: String, position: String, hours: Double, required: Double, headcount: Int) {
            self.after = after
            self.unit = unit
            self.position = position
            self.hours = hours
            self.required = required
            self.headcount = headcount
        }
    }

    /// Builds the report.
    /// - Parameters:
    ///   - comparison: the statistics.
    ///   - figures: the static figures per unit and position of either side, if any.
    public init(_ comparison: PeopleComparison, figures: [StaticFigure] = []) {
        self.comparison = comparison
        self.figures = figures
        units = comparison.units.sorted { Self.order($0.waitPerCase, $0.utilization, $0.id, $1.waitPerCase, $1.utilization, $1.id) }
        people = comparison.people.sorted { Self.order($0.waitPerCase, $0.utilization, $0.id, $1.waitPerCase, $1.utilization, $1.id) }
        warnings = people.filter { $0.unstableAfter && !$0.unstableBefore }.map { person in
            "Antrean \(person.title) terus bertambah sesudah perubahan (utilisasi \(IndonesianNumber.percent(person.utilization.b?.mean ?? 0))): "
                + "jabatan ini tidak stabil, waktu tunggunya bergantung pada panjang horizon."
        }
        summary = Self.summarize(comparison, units: units, people: people, figure: { [figures] person in Self.figure(of: person, in: figures) })
    }

    /// The figure of a person's unit and position: after the change, else before.
    public func figure(of person: PersonChange) -> StaticFigure? { Self.figure(of: person, in: figures) }

    /// The figure of a person's unit and position on each side: before (A, the position before) and after
    /// (B, the position after), where that side's scenario has an ABK table.
    public func figures(of person: PersonChange) -> (before: StaticFigure?, after: StaticFigure?) {
        guard let unit = person.unit else { return (nil, nil) }
        return (figures.first { !$0.after && $0.unit == unit && $0.position == person.positionBefore },
                figures.first { $0.after && $0.unit == unit && $0.position == person.positionAfter })
    }

    /// Whether both sides have ABK figures (the compare of an ABK scenario and its reorganized one).
    public var hasFiguresOnBothSides: Bool { figures.contains(where: \.after) && figures.contains { !$0.after } }

    static func figure(of person: PersonChange, in figures: [StaticFigure]) -> StaticFigure? {
        guard let unit = person.unit else { return nil }
        return figures.first { $0.after && $0.unit == unit && $0.position == person.positionAfter }
            ?? figures.first { !$0.after && $0.unit == unit && $0.position == person.positionBefore }
    }

    /// The size of a change for sorting: |B − A|, with a missing side counted as 0.
    static func size(_ row: ComparisonRow) -> Double {
        abs((row.b?.mean ?? 0) - (row.a?.mean ?? 0))
    }

    static func order(_ waitA: ComparisonRow, _ utilA: ComparisonRow, _ idA: String,
                      _ waitB: ComparisonRow, _ utilB: ComparisonRow, _ idB: String) -> Bool {
        let (a, b) = (size(waitA), size(waitB))
        if abs(a - b) > 1e-9 { return a > b }
        let (c, d) = (size(utilA), size(utilB))
        if abs(c - d) > 1e-9 { return c > d }
        return idA < idB
    }
}
