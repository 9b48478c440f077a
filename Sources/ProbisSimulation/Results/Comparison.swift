/// Two scenarios side by side: per measure both estimates, the difference B − A with its 95% interval,
/// and whether the difference is significant (the interval excludes 0).
///
/// With the same seed and number of replications the scenarios share their workload streams (common
/// random numbers), so replication *r* of A is paired with replication *r* of B; otherwise Welch's
/// interval is used.
public struct Comparison: Sendable, Hashable, Codable {
    /// The first (before) scenario.
    public var a: SimulationSummary
    /// The second (after) scenario.
    public var b: SimulationSummary
    /// Whether replications were paired.
    public var paired: Bool
    /// One row per measure.
    public var rows: [ComparisonRow]

    /// Compares two runs.
    public init(_ first: SimulationRun, _ second: SimulationRun) {
        (a, b) = (first.summary, second.summary)
        let paired = Comparison.pairs(first, second)
        self.paired = paired
        var rows: [ComparisonRow] = []
        func add(_ measure: String, _ unit: String, _ values: (ReplicationResult) -> Double?) {
            rows.append(ComparisonRow(measure: measure, unit: unit, a: first.results.map(values), b: second.results.map(values), paired: paired))
        }
        add("Waktu siklus rata-rata", "jam kerja", \.cycleWorkingHours)
        add("Waktu siklus persentil 90", "jam kerja", \.cycleWorkingHoursP90)
        add("Waktu siklus rata-rata", "hari kalender", \.cycleCalendarDays)
        add("Throughput", "kegiatan/tahun", \.throughputPerYear)
        add("Bagian pengerjaan ulang", "proporsi", \.reworkShare)
        add("Pekerjaan dalam proses", "kegiatan", \.wipMean)
        let firstPositions = first.model.positions.enumerated().filter { $0.element.used }
        let secondPositions = second.model.positions.enumerated().filter { $0.element.used }
        let ids = firstPositions.map(\.element.id) + secondPositions.map(\.element.id).filter { id in !firstPositions.contains { $0.element.id == id } }
        for id in ids {
            let left = firstPositions.first { $0.element.id == id }?.offset
            let right = secondPositions.first { $0.element.id == id }?.offset
            func values(_ run: SimulationRun, _ index: Int?, _ pick: (PositionResult) -> Double) -> [Double?] {
                run.results.map { result in index.map { pick(result.positions[$0]) } }
            }
            rows.append(ComparisonRow(measure: "Utilisasi \(id)", unit: "proporsi", a: values(first, left, \.utilization),
                                      b: values(second, right, \.utilization), paired: paired))
            rows.append(ComparisonRow(measure: "Tunggu per kegiatan pada \(id)", unit: "jam kerja", a: values(first, left, \.waitHoursPerCase),
                                      b: values(second, right, \.waitHoursPerCase), paired: paired))
        }
        self.rows = rows
    }
}

extension Comparison {
    /// Whether two runs' replications pair up: the same seed and the same number of replications give
    /// replication *r* of both the same workload streams (common random numbers).
    static func pairs(_ first: SimulationRun, _ second: SimulationRun) -> Bool {
        first.model.scenario.seed == second.model.scenario.seed && first.results.count == second.results.count
    }
}

/// One measure of a comparison.
public struct ComparisonRow: Sendable, Hashable, Codable {
    /// The measure, in Bahasa Indonesia.
    public var measure: String
    /// Its unit.
    public var unit: String
    /// Estimate in A (`nil` when A does not have it, e.g. a position A lacks).
    public var a: Estimate?
    /// Estimate in B.
    public var b: Estimate?
    /// B − A.
    public var difference: Double?
    /// Half-width of the 95% interval of the difference.
    public var halfWidth: Double?
    /// Whether the interval excludes 0.
    public var significant: Bool

    init(measure: String, unit: String, a: [Double?], b: [Double?], paired: Bool) {
        self.measure = measure
        self.unit = unit
        let left = a.compactMap { $0 }, right = b.compactMap { $0 }
        self.a = Estimate(left)
        self.b = Estimate(right)
        significant = false
        guard let meanA = self.a?.mean, let meanB = self.b?.mean else { return }
        difference = meanB - meanA
        if paired, a.count == b.count, a.allSatisfy({ $0 != nil }), b.allSatisfy({ $0 != nil }) {
            halfWidth = Estimate(zip(left, right).map { $1 - $0 })?.halfWidth
        } else if left.count > 1, right.count > 1 {
            func variance(_ values: [Double], _ mean: Double) -> Double {
                values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
            }
            let va = variance(left, meanA) / Double(left.count), vb = variance(right, meanB) / Double(right.count)
            let se = (va + vb).squareRoot()
            if se > 0 {
                let df = (va + vb) * (va + vb) / (va * va / Double(left.count - 1) + vb * vb / Double(right.count - 1))
                halfWidth = Estimate.t975(degreesOfFreedom: df) * se
            } else {
                halfWidth = 0
            }
        }
        if let halfWidth, let difference { significant = abs(difference) > halfWidth && difference != 0 }
    }
}
