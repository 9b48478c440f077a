import ProbisModel

/// Before and after, per unit and per person: where work queues and for whom. Each measure is a
/// ``ComparisonRow`` (both estimates, B − A with its 95% interval, significance), paired by replication
/// when both runs share seed and replications (common random numbers), else by Welch's t.
///
/// People are matched by id (`p2p/kepala-bidang`), units by id; a person or unit on one side only keeps
/// the other side empty (a Pengawas converted away, a JF added by the conversion).
public struct PeopleComparison: Sendable, Hashable, Codable {
    /// The run before (A).
    public var a: SimulationSummary
    /// The run after (B).
    public var b: SimulationSummary
    /// Whether replications were paired.
    public var paired: Bool
    /// Cycle time and throughput of the whole organization.
    public var overall: [ComparisonRow]
    /// Per unit, in A's order then B's new units.
    public var units: [UnitChange]
    /// Per person (or pool), in A's order then B's new people.
    public var people: [PersonChange]

    /// Compares two runs of the same organization before and after a change.
    public init(_ first: SimulationRun, _ second: SimulationRun) {
        (a, b) = (first.summary, second.summary)
        let paired = Comparison.pairs(first, second)
        self.paired = paired
        func row(_ measure: String, _ unit: String, _ left: [Double?], _ right: [Double?]) -> ComparisonRow {
            ComparisonRow(measure: measure, unit: unit, a: left, b: right, paired: paired)
        }
        overall = [
            row("Waktu siklus rata-rata", "jam kerja", first.results.map(\.cycleWorkingHours), second.results.map(\.cycleWorkingHours)),
            row("Waktu siklus rata-rata", "hari kalender", first.results.map(\.cycleCalendarDays), second.results.map(\.cycleCalendarDays)),
            row("Throughput", "kegiatan/tahun", first.results.map(\.throughputPerYear), second.results.map(\.throughputPerYear)),
        ]
        // People: matched by unit, position and number; then, per unit, the people left on each side are
        // paired in order (a converted Pengawas is the same person as the JF Ahli Muda added to the unit).
        let pairs = Self.pairs(first, second)
        let unstableA = Set(a.resources.filter(\.unstable).map(\.id)), unstableB = Set(b.resources.filter(\.unstable).map(\.id))
        people = pairs.map { i, j in
            let info = j.map { second.model.resources[$0] } ?? first.model.resources[i!]
            func values(_ run: SimulationRun, _ index: Int?, _ pick: (PositionResult) -> Double?) -> [Double?] {
                guard let index else { return [] }
                return run.results.map { pick($0.resources[index]) }
            }
            return PersonChange(
                id: info.id, before: i.map { first.model.resources[$0].id }, title: info.title,
                titleBefore: i.map { first.model.resources[$0].title }.flatMap { $0 == info.title ? nil : $0 }, unit: info.unit,
                positionBefore: i.map { first.model.resources[$0].position }, positionAfter: j.map { second.model.resources[$0].position },
                headcount: info.headcount,
                utilization: row("Utilisasi", "proporsi", values(first, i, \.utilization), values(second, j, \.utilization)),
                waitPerCase: row("Tunggu per kegiatan", "jam kerja", values(first, i, \.waitHoursPerCase), values(second, j, \.waitHoursPerCase)),
                queue: row("Antrean rata-rata", "permintaan", values(first, i, \.meanQueue), values(second, j, \.meanQueue)),
                assigned: row("Kegiatan di tangan", "kegiatan", values(first, i, \.assignedMean), values(second, j, \.assignedMean)),
                unstableBefore: i.map { unstableA.contains(first.model.resources[$0].id) } ?? false,
                unstableAfter: j.map { unstableB.contains(second.model.resources[$0].id) } ?? false)
        }
        // Units: the people's sums (queue, assigned, wait) and mean utilization, and the unit's cycle time.
        let unitIDs = Self.units(first) + Self.units(second).filter { !Self.units(first).contains($0) }
        units = unitIDs.map { unit in
            func people(_ run: SimulationRun) -> [Int] { run.model.resources.indices.filter { run.model.resources[$0].used && run.model.resources[$0].unit == unit } }
            func sum(_ run: SimulationRun, _ pick: @escaping (PositionResult) -> Double?) -> [Double?] {
                let members = people(run)
                guard !members.isEmpty else { return [] }
                return run.results.map { result in members.reduce(0.0) { $0 + (pick(result.resources[$1]) ?? 0) } }
            }
            func mean(_ run: SimulationRun, _ pick: @escaping (PositionResult) -> Double) -> [Double?] {
                let members = people(run)
                guard !members.isEmpty else { return [] }
                let weight = Double(members.reduce(0) { $0 + run.model.resources[$1].headcount })
                return run.results.map { result in members.reduce(0.0) { $0 + pick(result.resources[$1]) * Double(run.model.resources[$1].headcount) } / weight }
            }
            func cycle(_ run: SimulationRun) -> [Double?] {
                guard let index = run.model.caseUnits.firstIndex(where: { $0.id == unit }) else { return [] }
                return run.results.map { $0.units[index].cycleWorkingHours }
            }
            let title = first.model.caseUnits.first { $0.id == unit }?.title ?? second.model.caseUnits.first { $0.id == unit }?.title
                ?? Self.unitTitle(unit, first) ?? Self.unitTitle(unit, second) ?? unit
            return UnitChange(
                id: unit, title: title,
                utilization: row("Utilisasi rata-rata", "proporsi", mean(first, \.utilization), mean(second, \.utilization)),
                waitPerCase: row("Tunggu per kegiatan", "jam kerja", sum(first, \.waitHoursPerCase), sum(second, \.waitHoursPerCase)),
                queue: row("Antrean rata-rata", "permintaan", sum(first, \.meanQueue), sum(second, \.meanQueue)),
                assigned: row("Kegiatan di tangan", "kegiatan", sum(first, \.assignedMean), sum(second, \.assignedMean)),
                cycle: row("Waktu siklus", "jam kerja", cycle(first), cycle(second)))
        }
    }

    /// Resource indexes of A and B that are the same person: the same unit, position and number
    /// (`p2p/jf-ahli-muda` is `p2p/jf-ahli-muda/1`); then, unit by unit, the people on one side only paired
    /// in order; the rest alone. In A's order, then B's people left.
    static func pairs(_ first: SimulationRun, _ second: SimulationRun) -> [(Int?, Int?)] {
        func key(_ resource: ResourceInfo) -> String {
            let number = resource.id.split(separator: "/").last.flatMap { Int($0) } ?? 1
            return "\(resource.unit ?? "")|\(resource.position)|\(number)"
        }
        let left = first.model.resources.indices.filter { first.model.resources[$0].used }
        let right = second.model.resources.indices.filter { second.model.resources[$0].used }
        var byKey: [String: Int] = [:]
        for index in right where byKey[key(second.model.resources[index])] == nil { byKey[key(second.model.resources[index])] = index }
        var out: [(Int?, Int?)] = left.map { ($0, byKey[key(first.model.resources[$0])]) }
        var taken = Set(out.compactMap(\.1))
        // Pair leftovers per unit in order.
        var leftovers: [String: [Int]] = [:]
        for index in right where !taken.contains(index) { leftovers[second.model.resources[index].unit ?? "", default: []].append(index) }
        for (offset, item) in out.enumerated() where item.1 == nil {
            guard let unit = first.model.resources[item.0!].unit, var queue = leftovers[unit], !queue.isEmpty else { continue }
            out[offset].1 = queue.removeFirst()
            leftovers[unit] = queue
            taken.insert(out[offset].1!)
        }
        out += right.filter { !taken.contains($0) }.map { (nil, $0) }
        return out
    }

    private static func units(_ run: SimulationRun) -> [String] {
        var seen: Set<String> = []
        return run.model.resources.compactMap { $0.used ? $0.unit : nil }.filter { seen.insert($0).inserted }
    }

    private static func unitTitle(_ unit: String, _ run: SimulationRun) -> String? {
        run.model.units.unit(UnitID(unit))?.title
    }
}

/// One unit before and after: its people's mean utilization, the waiting they add per kegiatan, their
/// queue and kegiatan in hand (sums), and the cycle time of the unit's own kegiatan.
public struct UnitChange: Sendable, Hashable, Codable {
    /// The unit's id.
    public var id: String
    /// Its title.
    public var title: String
    /// Busy share of its people's working time, weighted by headcount, 0–1.
    public var utilization: ComparisonRow
    /// Working hours waited for its people per kegiatan (summed over them).
    public var waitPerCase: ComparisonRow
    /// Requests waiting for its people, time-average (summed).
    public var queue: ComparisonRow
    /// Kegiatan assigned to its performers and in hand, time-average (summed).
    public var assigned: ComparisonRow
    /// Mean cycle time of the unit's own kegiatan, in working hours.
    public var cycle: ComparisonRow
}

/// One person (or pool) before and after.
public struct PersonChange: Sendable, Hashable, Codable {
    /// The resource id after (else before), e.g. `p2p/kepala-bidang`.
    public var id: String
    /// The resource id before, when there was one, e.g. `p2p/kasubbag` for a converted Pengawas.
    public var before: String?
    /// How reports name the person after (else before), e.g. `Kepala Bidang P2P`.
    public var title: String
    /// How reports named the person before, when that differs (a converted post).
    public var titleBefore: String?
    /// The unit, for a person.
    public var unit: String?
    /// The position held before (`nil`: the person is new).
    public var positionBefore: String?
    /// The position held after (`nil`: the post is gone).
    public var positionAfter: String?
    /// People in it (1 for a person).
    public var headcount: Int
    /// Busy share of working time, 0–1.
    public var utilization: ComparisonRow
    /// Working hours waited for the person per kegiatan.
    public var waitPerCase: ComparisonRow
    /// Requests waiting for the person, time-average.
    public var queue: ComparisonRow
    /// Kegiatan assigned and in hand (performers).
    public var assigned: ComparisonRow
    /// Whether the person's queue kept growing before (``ResourceSummary/unstable``).
    public var unstableBefore: Bool
    /// Whether it keeps growing after.
    public var unstableAfter: Bool
}
