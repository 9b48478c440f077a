/// Where a continuous distribution is cut off: samples outside `[lower, upper]` are not drawn.
public struct Truncation: Hashable, Sendable, Codable {
    /// The smallest value, in the distribution's unit (seconds for durations); 0 by default.
    public var lower: Double
    /// The largest value, or `nil` for no upper bound.
    public var upper: Double?

    /// Creates a truncation range.
    public init(lower: Double = 0, upper: Double? = nil) {
        self.lower = lower
        self.upper = upper
    }

    /// No cut above, none below zero.
    public static let nonNegative = Truncation()
}

/// A probability distribution of durations (seconds) or counts, with its parameters.
///
/// Parameters are in the unit of what is sampled: seconds of working time for step durations and
/// inter-arrival times, seconds of calendar time for letter delays, plain numbers for team sizes.
/// ``problems()`` lists every impossible parameter; the simulator only samples validated distributions.
public enum Distribution: Hashable, Sendable, Codable {
    /// Always the same value.
    case fixed(Double)
    /// Uniform on `[min, max]`.
    case uniform(min: Double, max: Double)
    /// Triangular on `[min, max]` with its peak at `mode`.
    case triangular(min: Double, mode: Double, max: Double)
    /// Exponential with a mean, truncated to a range.
    case exponential(mean: Double, truncation: Truncation)
    /// Normal with a mean and standard deviation, truncated to a range (by default at 0).
    case normal(mean: Double, sd: Double, truncation: Truncation)
    /// Lognormal given by the mean and standard deviation of the value itself (not of its logarithm),
    /// truncated to a range.
    case lognormal(mean: Double, sd: Double, truncation: Truncation)
    /// Gamma given by its mean and standard deviation (shape = (mean/sd)², scale = sd²/mean), truncated.
    case gamma(mean: Double, sd: Double, truncation: Truncation)
    /// An observed sample: one of `values`, each drawn with its weight (equal weights when empty).
    case empirical(values: [Double], weights: [Double])

    /// The distribution's name as written in a scenario: `fixed`, `uniform`, `triangular`, ….
    public var name: String {
        switch self {
        case .fixed: "fixed"
        case .uniform: "uniform"
        case .triangular: "triangular"
        case .exponential: "exponential"
        case .normal: "normal"
        case .lognormal: "lognormal"
        case .gamma: "gamma"
        case .empirical: "empirical"
        }
    }

    /// The mean of the untruncated distribution, in its unit; the weighted mean for `empirical`.
    public var nominalMean: Double {
        switch self {
        case let .fixed(value): return value
        case let .uniform(min, max): return (min + max) / 2
        case let .triangular(min, mode, max): return (min + mode + max) / 3
        case let .exponential(mean, _), let .normal(mean, _, _), let .lognormal(mean, _, _), let .gamma(mean, _, _):
            return mean
        case let .empirical(values, weights):
            let w = weights.isEmpty ? Array(repeating: 1.0, count: values.count) : weights
            let total = w.reduce(0, +)
            guard total > 0 else { return 0 }
            return zip(values, w).reduce(0) { $0 + $1.0 * $1.1 } / total
        }
    }

    /// Every impossible parameter, one phrase each (e.g. "'min' (5h) is greater than 'max' (2h)"); empty
    /// when the distribution can be sampled.
    ///
    /// - Parameters:
    ///   - show: formats a parameter value for the message, e.g. seconds as `5h`.
    ///   - maximum: the largest value a parameter may take and how messages name it, e.g.
    ///     ``SimulationLimits/maximumSeconds``; `nil` for no limit.
    public func problems(show: (Double) -> String = { "\($0)" }, maximum: (value: Double, text: String)? = nil) -> [String] {
        var out: [String] = []
        func finite(_ name: String, _ value: Double) -> Bool {
            guard value.isFinite else {
                out.append("'\(name)' must be a finite number")
                return false
            }
            if let maximum, value > maximum.value {
                out.append("'\(name)' (\(show(value))) is more than the simulator's limit of \(maximum.text)")
                return false
            }
            return true
        }
        func nonNegative(_ name: String, _ value: Double) {
            if finite(name, value), value < 0 { out.append("'\(name)' cannot be negative, found \(show(value))") }
        }
        func positive(_ name: String, _ value: Double) {
            if finite(name, value), value <= 0 { out.append("'\(name)' must be greater than 0, found \(show(value))") }
        }
        func ordered(_ lowName: String, _ low: Double, _ highName: String, _ high: Double) {
            if low > high { out.append("'\(lowName)' (\(show(low))) is greater than '\(highName)' (\(show(high)))") }
        }
        func truncation(_ range: Truncation, mean: Double, sd: Double) {
            nonNegative("min", range.lower)
            guard let upper = range.upper else {
                // Without a 'max', a 'min' far in the upper tail clamps nearly every draw to 'min'.
                let far = SimulationLimits.maximumTailDeviations
                if range.lower.isFinite, sd > 0, range.lower > mean + far * sd {
                    out.append("truncated at 'min' \(show(range.lower)), more than \(Int(far)) standard deviations above the mean \(show(mean)) with no 'max'; almost no value falls above it (lower 'min' or give the distribution a larger mean)")
                }
                return
            }
            nonNegative("max", upper)
            ordered("min", range.lower, "max", upper)
            // A range far out in a tail holds almost no probability: nothing sensible can be drawn from it.
            if range.lower <= upper, upper < mean - 6 * sd || range.lower > mean + 6 * sd {
                out.append("truncated to \(show(range.lower))–\(show(upper)), which lies more than 6 standard deviations from the mean \(show(mean)); almost no value falls in it")
            }
        }
        switch self {
        case let .fixed(value):
            nonNegative("value", value)
        case let .uniform(min, max):
            nonNegative("min", min)
            nonNegative("max", max)
            ordered("min", min, "max", max)
        case let .triangular(min, mode, max):
            nonNegative("min", min)
            nonNegative("mode", mode)
            nonNegative("max", max)
            ordered("min", min, "mode", mode)
            ordered("mode", mode, "max", max)
            if min == max { out.append("'min' and 'max' are equal (\(show(min))); use a fixed value") }
        case let .exponential(mean, range):
            positive("mean", mean)
            truncation(range, mean: mean, sd: mean)
        case let .normal(mean, sd, range), let .lognormal(mean, sd, range), let .gamma(mean, sd, range):
            positive("mean", mean)
            if case .normal = self { nonNegative("sd", sd) } else { positive("sd", sd) }
            truncation(range, mean: mean, sd: sd)
        case let .empirical(values, weights):
            if values.isEmpty { out.append("'values' is empty; give at least one value") }
            for value in values { nonNegative("values", value) }
            if !weights.isEmpty {
                if weights.count != values.count {
                    out.append("'weights' has \(weights.count) entries but 'values' has \(values.count)")
                }
                for weight in weights where !(weight >= 0 && weight.isFinite) {
                    out.append("'weights' cannot hold \(weight); weights are 0 or more")
                }
                if weights.reduce(0, +) <= 0 { out.append("'weights' add up to 0") }
            }
        }
        return out
    }
}

/// A distribution as written in a scenario, with where it was written.
public struct DistributionSpec: Hashable, Sendable, Codable {
    /// The distribution.
    public var distribution: Distribution
    /// Where the distribution was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a spec.
    public init(_ distribution: Distribution, location: SourceLocation? = nil) {
        self.distribution = distribution
        self.location = location
    }
}
