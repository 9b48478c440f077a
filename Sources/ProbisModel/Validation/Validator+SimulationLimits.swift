extension Validator {
    /// A team size: a distribution of whole numbers from 1 to ``SimulationLimits/maximumTeamSize``. Fixed
    /// and empirical values must be whole numbers themselves; other distributions are rounded when drawn.
    func checkTeamSize(_ spec: DistributionSpec, owner: String) -> [Diagnostic] {
        let what = "team size of \(owner)"
        let limit = SimulationLimits.maximumTeamSize
        var problems = spec.distribution.problems(show: { Self.decimal($0) }, maximum: (Double(limit), "\(limit) anggota"))
            .map { "\(spec.distribution.name) \($0)" }
        if problems.isEmpty {
            let values: [Double]
            switch spec.distribution {
            case let .fixed(value): values = [value]
            case let .empirical(items, _): values = items
            default: values = []
            }
            for value in values where value != value.rounded() || value < 1 {
                problems.append("must be a whole number of anggota from 1 to \(limit), found \(Self.decimal(value))")
            }
        }
        return problems.map { .error(.impossibleDistribution, at: spec.location, "\(what): \($0)") }
    }

    /// The horizon and the warm-up: calendar spans the engine's clock holds (at most
    /// ``SimulationLimits/maximumSeconds``).
    func checkRunLength(_ scenario: Scenario, owner: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let units: Set<String> = ["s", "m", "h", "d", "w", "y"]
        for (name, value) in [("horizon", scenario.horizon), ("warm-up", scenario.warmUp)] {
            guard let value, Double(value) > SimulationLimits.maximumSeconds else { continue }
            out.append(.error(.outOfRange, at: scenario.settingsLocation ?? scenario.header.location,
                "'\(name)' of \(owner) (\(DurationText.format(Double(value), allowed: units))) is more than the simulator's limit of 100 years"))
        }
        return out
    }
}

extension Validator {
    /// A calendar whose week has working time but whose holidays cover every working day of a year from its
    /// start: no work could ever be done.
    func checkWorkingDays(_ calendar: WorkCalendar, owner: String, location: SourceLocation?) -> [Diagnostic] {
        guard calendar.week.count == 7, calendar.secondsPerWeek > 0, calendar.start.isValid else { return [] }
        let holidays = Set(calendar.holidays), recurring = Set(calendar.recurringHolidays)
        for offset in 0..<366 {
            let date = calendar.start.adding(days: offset)
            let working = !calendar.week[date.weekday].isEmpty
            if working, !holidays.contains(date), !recurring.contains(MonthDay(month: date.month, day: date.day)) { return [] }
        }
        return [.error(.invalidCalendar, at: location,
            "calendar of \(owner): every working day of the year from \(calendar.start) is a holiday, so no work could ever be done")]
    }
}
