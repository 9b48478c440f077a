/// A mean over replications with its 95% confidence interval (Student's t).
public struct Estimate: Sendable, Hashable, Codable {
    /// The mean of the replications' values.
    public var mean: Double
    /// Half the width of the 95% confidence interval; `nil` with fewer than two values.
    public var halfWidth: Double?
    /// The number of replications with a value.
    public var count: Int

    /// The estimate of a sample; `nil` when it is empty.
    public init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        count = values.count
        mean = values.reduce(0, +) / Double(values.count)
        guard values.count > 1 else { return }
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        halfWidth = Self.t975(degreesOfFreedom: Double(values.count - 1)) * (variance / Double(values.count)).squareRoot()
    }

    /// The lower end of the 95% interval (the mean when there is none).
    public var lower: Double { mean - (halfWidth ?? 0) }
    /// The upper end of the 95% interval.
    public var upper: Double { mean + (halfWidth ?? 0) }

    /// Whether a value lies inside the 95% interval.
    public func contains(_ value: Double) -> Bool { value >= lower && value <= upper }

    /// The 0.975 quantile of Student's t: exact table values up to 30 degrees of freedom, the
    /// Cornish–Fisher expansion beyond (error below 1e-4), linear in between for fractional (Welch) values.
    public static func t975(degreesOfFreedom df: Double) -> Double {
        let table: [Double] = [12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157,
                               2.228139, 2.200985, 2.178813, 2.160369, 2.144787, 2.131450, 2.119905, 2.109816, 2.100922,
                               2.093024, 2.085963, 2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831,
                               2.048407, 2.045230, 2.042272]
        guard df >= 1 else { return table[0] }
        if df <= 30 {
            let low = Int(df.rounded(.down)), high = min(30, low + 1)
            let fraction = df - Double(low)
            return table[low - 1] + (table[high - 1] - table[low - 1]) * fraction
        }
        let z = 1.959963984540054
        let z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z
        return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df)
            + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df * df * df)
    }
}

/// Numbers as the reports print them, in Indonesian style: a decimal comma and a dot between thousands.
public enum IndonesianNumber {
    /// `1.234,5` for 1234.5 with one decimal.
    public static func format(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        let whole = Int(rounded / scale)
        let fraction = Int(rounded - Double(whole) * scale)
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let sign = value < 0 && rounded > 0 ? "-" : ""
        guard decimals > 0 else { return sign + grouped }
        let text = String(fraction)
        return sign + grouped + "," + String(repeating: "0", count: decimals - text.count) + text
    }

    /// `93%` for 0.93.
    public static func percent(_ share: Double) -> String { format(share * 100, decimals: 0) + "%" }
}
