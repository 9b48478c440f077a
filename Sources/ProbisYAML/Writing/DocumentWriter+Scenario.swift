import ProbisModel
import Yams

extension DocumentWriter {
    /// The keys of a scenario after its header (the builder orders them as the format does). The small
    /// settings (`arrivals`, `queue`, the penunjukan's `durations` and `lanes`) are written on one line.
    func addScenario(_ scenario: Scenario, to builder: inout NodeBuilder) {
        builder.add("organization", scenario.organization)
        if scenario.isDefault { builder.add("default", true) }
        builder.add("workload", node: workload(scenario.workload, fromTable: scenario.abk != nil))
        builder.add("headcount", node: pairs(scenario.headcounts.map { ($0.position.id.rawValue, Node(String($0.count))) }))
        builder.add("lanes", node: staffing(scenario.lanes))
        builder.add("pooled", scenario.pooled)
        if scenario.assignment != .leastAssigned { builder.add("assignment", scenario.assignment.rawValue) }
        builder.add("durations", node: durations(scenario.durations))
        builder.add("branches", node: pairs(scenario.branches.map { entry in
            (entry.decision.id.rawValue, pairs(entry.probabilities.map { ($0.branch, Node(Self.number($0.probability))) }, flow: true))
        }))
        if let penunjukan = scenario.penunjukan {
            var nested = NodeBuilder(ProcessMapsFormat.penunjukan)
            nested.add("mechanism", penunjukan.mechanism)
            nested.add("after", penunjukan.after)
            nested.add("refusal", node: Node(Self.number(penunjukan.refusal)))
            nested.add("attempts", penunjukan.attempts)
            nested.add("letter-delay", node: distribution(penunjukan.letterDelay.distribution, units: Set(ProcessMapsFormat.calendarTimeUnits)))
            nested.add("durations", node: Self.oneLine(durations(penunjukan.durations)))
            nested.add("lanes", node: Self.oneLine(staffing(penunjukan.lanes)))
            builder.add("penunjukan", node: nested.node)
        }
        if case let .priority(ranks) = scenario.queue {
            var nested = NodeBuilder(ProcessMapsFormat.queue)
            nested.add("priority", node: pairs(ranks.map { ($0.key, Node(String($0.rank))) }, flow: true))
            builder.add("queue", node: Self.oneLine(nested.node))
        }
        if scenario.calendar != WorkCalendar() { builder.add("calendar", node: calendar(scenario.calendar)) }
        if let abk = scenario.abk {
            var nested = NodeBuilder(ProcessMapsFormat.abk)
            nested.add("table", abk.table)
            nested.add("waktu-kerja-efektif", DurationText.format(abk.wkeHours * 3600, allowed: ["h"]))
            builder.add("abk", node: nested.node)
        }
        builder.add("availability", node: pairs(scenario.availability.map { ($0.position.id.rawValue, Node(Self.number($0.share))) }))
        if let seasonal = scenario.seasonal {
            builder.add("seasonal", node: Self.oneLine(Node(seasonal.weights.map { Node(Self.number($0)) })))
        }
        builder.add("calendars", node: pairs(scenario.positionCalendars.map { ($0.position.id.rawValue, calendar($0.calendar)) }))
        let spans: Set<String> = ["s", "m", "h", "d", "w", "y"]
        builder.add("horizon", scenario.horizon.map { DurationText.format(Double($0), allowed: spans) })
        if scenario.warmUp != 0 { builder.add("warm-up", DurationText.format(Double(scenario.warmUp), allowed: spans)) }
        builder.add("replications", scenario.replications)
        builder.add("seed", node: Node(String(scenario.seed)))
    }

    private func workload(_ workload: Workload, fromTable: Bool) -> Node {
        var builder = NodeBuilder(ProcessMapsFormat.workload)
        var arrivals = NodeBuilder(ProcessMapsFormat.arrivals)
        switch workload.arrivals {
        case let .perCycle(count): arrivals.add("per-year", count)
        case let .interarrival(spec): arrivals.add("interarrival", node: distribution(spec.distribution, units: ["s", "m", "h"]))
        }
        if workload.calendarArrivals { arrivals.add("time", "kalender") }
        // An ABK table gives the arrivals; the decoder's placeholder is not written.
        if !fromTable { builder.add("arrivals", node: Self.oneLine(arrivals.node)) }
        builder.add("units", node: pairs(workload.units.map { ($0.unit.id.rawValue, Node(String($0.perYear))) }, flow: true))
        builder.add("limit", workload.limit)
        let shares = workload.shares
        builder.add("shares", node: pairs([("individu", shares.individu), ("tim-kerja", shares.timKerja), ("lintas-unit", shares.lintasUnit)]
            .filter { $0.1 != 0 }.map { ($0.0, Node(Self.number($0.1))) }, flow: true))
        if workload.teamSize.distribution != .fixed(3) {
            builder.add("team-size", node: distribution(workload.teamSize.distribution, units: nil))
        }
        return builder.node
    }

    private func staffing(_ lanes: [LaneStaffing]) -> Node {
        pairs(lanes.map { entry in
            switch entry.staff {
            case .external: return (entry.lane.id.rawValue, Node("eksternal"))
            case let .positions(positions):
                return (entry.lane.id.rawValue, .sequence(Node.Sequence(positions.map { NodeBuilder.scalar($0.id.rawValue) }, .implicit, .flow)))
            }
        })
    }

    private func durations(_ table: DurationTable) -> Node {
        let units: Set<String> = ["s", "m", "h"]
        var items = table.entries.map { ($0.step.id.rawValue, distribution($0.duration.distribution, units: units)) }
        if let fallback = table.fallback { items.append(("default", distribution(fallback.distribution, units: units))) }
        return pairs(items)
    }

    /// A distribution: a plain value when fixed, else `{name: {parameters}}` in flow style.
    func distribution(_ distribution: Distribution, units: Set<String>?) -> Node {
        func value(_ number: Double) -> Node {
            Node(units.map { DurationText.format(number, allowed: $0) } ?? Self.number(number))
        }
        func truncated(_ items: [(String, Double)], _ range: Truncation) -> [(String, Node)] {
            items.map { ($0.0, value($0.1)) } + (range.lower != 0 ? [("min", value(range.lower))] : [])
                + (range.upper.map { [("max", value($0))] } ?? [])
        }
        let parameters: [(String, Node)]
        switch distribution {
        case let .fixed(number): return value(number)
        case let .uniform(min, max): parameters = [("min", value(min)), ("max", value(max))]
        case let .triangular(min, mode, max): parameters = [("min", value(min)), ("mode", value(mode)), ("max", value(max))]
        case let .exponential(mean, range): parameters = truncated([("mean", mean)], range)
        case let .normal(mean, sd, range), let .lognormal(mean, sd, range), let .gamma(mean, sd, range):
            parameters = truncated([("mean", mean), ("sd", sd)], range)
        case let .empirical(values, weights):
            parameters = [("values", .sequence(Node.Sequence(values.map(value), .implicit, .flow)))]
                + (weights.isEmpty ? [] : [("weights", .sequence(Node.Sequence(weights.map { Node(Self.number($0)) }, .implicit, .flow)))])
        }
        return pairs([(distribution.name, pairs(parameters, flow: true))], flow: true)
    }

    private func calendar(_ calendar: WorkCalendar) -> Node {
        var builder = NodeBuilder(ProcessMapsFormat.calendar)
        // Dates plain, as analysts write them: the reader takes any scalar's text.
        builder.add("start", node: Node(calendar.start.description, .implicit, .plain))
        if calendar.week == WorkCalendar.roundTheClock {
            builder.add("hours", "24/7")
        } else if calendar.week != WorkCalendar.governmentHours {
            builder.add("hours", node: pairs(zip(ProcessMapsFormat.weekdays, calendar.week).map { name, periods in
                periods.isEmpty ? (name, Node("libur")) : (name, .sequence(Node.Sequence(periods.map { Node($0.description) }, .implicit, .flow)))
            }))
        }
        builder.add("holidays", node: .sequence(Node.Sequence(calendar.holidays.map { Node($0.description, .implicit, .plain) }, .implicit, .flow)))
        if calendar.recurringHolidays != WorkCalendar.nationalFixedHolidays {
            if calendar.recurringHolidays.isEmpty {
                builder.addEmptyList("recurring-holidays")
            } else {
                builder.add("recurring-holidays", calendar.recurringHolidays.map(\.description))
            }
        }
        return builder.node
    }

    /// A mapping of id keys in the order given.
    private func pairs(_ items: [(String, Node)], flow: Bool = false) -> Node {
        .mapping(Node.Mapping(items.map { (NodeBuilder.scalar($0.0), $0.1) }, .implicit, flow ? .flow : .block))
    }

    /// A mapping written in flow style, on one line.
    static func oneLine(_ node: Node) -> Node {
        guard case var .mapping(mapping) = node else { return node }
        mapping.style = .flow
        return .mapping(mapping)
    }

    /// A number without a needless `.0` (`Double.plainText`).
    static func number(_ value: Double) -> String { value.plainText }
}
