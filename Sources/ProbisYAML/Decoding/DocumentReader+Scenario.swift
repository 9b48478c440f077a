import ProbisModel
import Yams

extension DocumentReader {
    /// `kind: scenario`.
    func scenario(_ node: Node) -> Document? {
        guard var reader = root(node, kind: .scenario) else { return nil }
        let header = self.header(&reader, kind: .scenario)
        let organization: Reference<DocumentID>? = reader.reference("organization")
        // With an ABK table the table gives the arrivals (Scenario.derivingABK); `arrivals:` may then be absent.
        let fromTable = reader.has("abk")
        let workload = reader.node("workload").flatMap { self.workload($0, owner: reader.what, fromTable: fromTable) }
        if !reader.has("workload") { reader.missing("workload") }
        let headcounts = entries(reader.node("headcount"), what: "'headcount' of \(reader.what)").compactMap { key, keyNode, value -> HeadcountOverride? in
            guard let count = wholeNumber(value, what: "headcount of '\(key)'", in: 0...100_000) else { return nil }
            return HeadcountOverride(position: Reference(PositionID(key), at: context.location(of: keyNode)), count: count,
                                     location: context.location(of: value))
        }
        let lanes = staffing(reader.node("lanes"), what: "'lanes' of \(reader.what)")
        let durations = durationTable(reader.node("durations"), what: "'durations' of \(reader.what)")
        let branches = entries(reader.node("branches"), what: "'branches' of \(reader.what)").map { key, keyNode, value in
            BranchProbabilities(
                decision: Reference(StepID(key), at: context.location(of: keyNode)),
                probabilities: entries(value, what: "branches of decision '\(key)'").compactMap { branch, branchNode, probability in
                    number(probability, what: "probability of branch '\(branch)' of decision '\(key)'").map {
                        BranchProbability(branch: branch, probability: $0, location: context.location(of: branchNode))
                    }
                },
                location: context.location(of: value))
        }
        let penunjukan = reader.node("penunjukan").flatMap { self.penunjukan($0, owner: reader.what) }
        let queue = reader.node("queue").flatMap { self.queue($0, owner: reader.what) } ?? .fifo
        let calendar = reader.node("calendar").flatMap { self.calendar($0, owner: reader.what) } ?? WorkCalendar()
        let horizon = reader.node("horizon").flatMap { calendarSpan($0, what: "'horizon' of \(reader.what)") }
        let warmUp = reader.node("warm-up").flatMap { calendarSpan($0, what: "'warm-up' of \(reader.what)", allowZero: true) } ?? 0
        let replications = reader.int("replications", in: 1...100_000) ?? 30
        var seed: UInt64 = 1
        if let text = reader.string("seed") {
            if let value = UInt64(text) { seed = value } else {
                context.error(.wrongType, at: reader.location("seed"), "'seed' of \(reader.what) must be a whole number from 0 to \(UInt64.max), found '\(DecodingContext.preview(text))'")
            }
        }
        let isDefault = reader.bool("default") ?? false
        let pooled: [Reference<PositionID>] = reader.references("pooled")
        let positionCalendars = entries(reader.node("calendars"), what: "'calendars' of \(reader.what)").compactMap { key, keyNode, value -> PositionCalendar? in
            self.calendar(value, owner: "position '\(key)' in \(reader.what)").map {
                PositionCalendar(position: Reference(PositionID(key), at: context.location(of: keyNode)), calendar: $0)
            }
        }
        let assignment = reader.enumeration("assignment", AssignmentPolicy.self) ?? .leastAssigned
        let abk = reader.node("abk").flatMap { abkSetting($0, owner: reader.what) }
        let availability = availabilityShares(reader.node("availability"), owner: reader.what)
        let seasonal = reader.node("seasonal").flatMap { seasonalProfile($0, owner: reader.what) }
        let settings = reader.has("horizon") ? reader.location("horizon") : reader.location
        guard let header, let organization, let workload else { return nil }
        var scenario = Scenario(
            header: header, organization: organization, isDefault: isDefault, workload: workload, headcounts: headcounts,
            lanes: lanes, durations: durations, branches: branches, penunjukan: penunjukan, queue: queue, calendar: calendar,
            horizon: reader.has("horizon") ? horizon : nil, warmUp: warmUp, replications: replications, seed: seed,
            settingsLocation: settings, pooled: pooled, assignment: assignment, positionCalendars: positionCalendars)
        scenario.abk = abk
        scenario.availability = availability
        scenario.seasonal = seasonal
        for key in ["default", "branches", "lanes"] where reader.has(key) { scenario.keyLocations[key] = reader.location(key) }
        return .scenario(scenario)
    }

    private func workload(_ node: Node, owner: String, fromTable: Bool) -> Workload? {
        guard let reader = MappingReader(node, what: "'workload' of \(owner)", element: ProcessMapsFormat.workload, context: context) else {
            return nil
        }
        var arrivals: Workload.Arrivals?
        var calendarArrivals = false
        let units = entries(reader.node("units"), what: "'units' of \(owner)").compactMap { key, keyNode, value -> UnitWorkload? in
            wholeNumber(value, what: "kegiatan a year of unit '\(key)'", in: 0...10_000_000).map {
                UnitWorkload(unit: Reference(UnitID(key), at: context.location(of: keyNode)), perYear: $0)
            }
        }
        if !reader.has("arrivals") {
            if reader.has("units") {
                let total = units.reduce(0) { $0 + $1.perYear }
                if total > 0 {
                    arrivals = .perCycle(total)
                } else if !units.isEmpty {
                    context.error(.outOfRange, at: reader.location("units"), "'units' of \(owner) give no kegiatan a year; give at least one unit kegiatan, or 'arrivals'")
                }
            } else if fromTable {
                arrivals = .perCycle(1)
            } else {
                context.error(.missingKey, at: reader.location, "'workload' of \(owner) needs 'arrivals', or 'units' with the kegiatan a year of each unit")
            }
        }
        if let nested = reader.mapping("arrivals", what: "'arrivals' of \(owner)", element: ProcessMapsFormat.arrivals) {
            calendarArrivals = nested.string("time") == "kalender"
            if let time = nested.string("time"), time != "kalender", time != "kerja" {
                context.error(.unknownValue, at: nested.location("time"), "'time' of 'arrivals' of \(owner) cannot be '\(DecodingContext.preview(time))' (expected 'kerja' or 'kalender')")
            }
            if nested.has("per-year") == nested.has("interarrival") {
                context.error(.missingKey, at: nested.location, "'arrivals' of \(owner) needs exactly one of 'per-year' (cases a year) and 'interarrival' (a distribution)")
            } else if nested.has("per-year") {
                arrivals = nested.int("per-year", in: 1...10_000_000).map { .perCycle($0) }
            } else if let body = nested.node("interarrival") {
                arrivals = distribution(body, what: "inter-arrival time of \(owner)", kind: .workTime).map { .interarrival($0) }
            }
        }
        var shares = AssignmentShares()
        if let nested = reader.mapping("shares", what: "'shares' of \(owner)", element: ProcessMapsFormat.shares) {
            func share(_ key: String) -> Double { nested.node(key).flatMap { number($0, what: "share '\(key)' of \(owner)") } ?? 0 }
            shares = AssignmentShares(individu: share("individu"), timKerja: share("tim-kerja"), lintasUnit: share("lintas-unit"), location: nested.location)
        }
        let teamSize = reader.node("team-size").flatMap { distribution($0, what: "team size of \(owner)", kind: .count) }
            ?? DistributionSpec(.fixed(3))
        guard let arrivals else { return nil }
        var workload = Workload(arrivals: arrivals, limit: reader.int("limit", in: 1...100_000_000), shares: shares, teamSize: teamSize,
                                location: reader.location)
        workload.units = units
        workload.calendarArrivals = calendarArrivals
        return workload
    }

    /// `lanes:`: lane id → a position id, a list of position ids, or `eksternal`.
    private func staffing(_ node: Node?, what: String) -> [LaneStaffing] {
        entries(node, what: what).compactMap { key, keyNode, value in
            let lane = Reference(LaneID(key), at: context.location(of: keyNode))
            if case let .scalar(scalar) = value, scalar.string == "eksternal" { return LaneStaffing(lane: lane, staff: .external) }
            let items: [Node]
            switch value {
            case let .sequence(sequence): items = Array(sequence)
            case .scalar: items = [value]
            default:
                context.error(.wrongType, at: value, "lane '\(key)' in \(what) must be staffed by position ids or 'eksternal', found \(DecodingContext.describe(value))")
                return nil
            }
            let positions = items.compactMap { item -> Reference<PositionID>? in
                guard case let .scalar(scalar) = item, !scalar.string.isEmpty else {
                    context.error(.wrongType, at: item, "positions of lane '\(key)' must be ids, found \(DecodingContext.describe(item))")
                    return nil
                }
                return Reference(PositionID(scalar.string), at: context.location(of: item))
            }
            return LaneStaffing(lane: lane, staff: .positions(positions))
        }
    }

    private func penunjukan(_ node: Node, owner: String) -> Penunjukan? {
        guard let reader = MappingReader(node, what: "'penunjukan' of \(owner)", element: ProcessMapsFormat.penunjukan, context: context) else { return nil }
        let mechanism: Reference<DocumentID>? = reader.reference("mechanism")
        let after: Reference<StepID>? = reader.reference("after")
        let refusal = reader.node("refusal").flatMap { number($0, what: "'refusal' of \(reader.what)") } ?? 0
        let delay = reader.node("letter-delay").flatMap { distribution($0, what: "letter delay of \(owner)", kind: .calendarTime) }
        guard let mechanism, let after else { return nil }
        return Penunjukan(
            mechanism: mechanism, after: after, refusal: refusal, attempts: reader.int("attempts", in: 1...100) ?? 3,
            letterDelay: delay ?? DistributionSpec(.fixed(0)),
            durations: durationTable(reader.node("durations"), what: "'durations' of \(reader.what)"),
            lanes: staffing(reader.node("lanes"), what: "'lanes' of \(reader.what)"), location: reader.location,
            refusalLocation: reader.has("refusal") ? reader.location("refusal") : nil)
    }

    /// `queue: fifo`, or `queue: {priority: {evaluasi: 1, …}}`.
    private func queue(_ node: Node, owner: String) -> QueueDiscipline? {
        if case let .scalar(scalar) = node {
            if scalar.string == "fifo" { return .fifo }
            context.error(.unknownValue, at: node, "'queue' of \(owner) cannot be '\(DecodingContext.preview(scalar.string))' (expected 'fifo' or {priority: {stage or step: rank}})")
            return nil
        }
        guard let reader = MappingReader(node, what: "'queue' of \(owner)", element: ProcessMapsFormat.queue, context: context) else { return nil }
        let ranks = entries(reader.node("priority"), what: "'priority' of \(owner)").compactMap { key, keyNode, value -> QueueRank? in
            wholeNumber(value, what: "rank of '\(key)'", in: 1...1000).map { QueueRank(key: key, rank: $0, location: context.location(of: keyNode)) }
        }
        return .priority(ranks)
    }

    /// A whole number within a range, from a scalar node.
    func wholeNumber(_ node: Node, what: String, in range: ClosedRange<Int>) -> Int? {
        guard case let .scalar(scalar) = node, let value = Int(scalar.string.filter { !$0.isWhitespace }) else {
            context.error(.wrongType, at: node, "\(what) must be a whole number, found \(DecodingContext.describe(node))")
            return nil
        }
        guard range.contains(value) else {
            context.error(.outOfRange, at: node, "\(what) must be between \(range.lowerBound) and \(range.upperBound), found \(value)")
            return nil
        }
        return value
    }

    /// A span of calendar time in whole seconds: `1y`, `26w`, `90d`, `36h`.
    private func calendarSpan(_ node: Node, what: String, allowZero: Bool = false) -> Int64? {
        guard case let .scalar(scalar) = node, let seconds = DurationText.parse(scalar.string, allowed: ["s", "m", "h", "d", "w", "y"]),
              seconds < 1e13 else {
            context.error(.wrongType, at: node, "\(what) must be a span of calendar time such as '1y', '26w' or '90d', found \(DecodingContext.describe(node))")
            return nil
        }
        guard seconds > 0 || (allowZero && seconds == 0) else {
            context.error(.outOfRange, at: node, "\(what) must be greater than 0, found '\(scalar.string)'")
            return nil
        }
        return Int64(seconds.rounded())
    }
}
