import Foundation
import ProbisModel

/// A validated distribution compiled for fast sampling: parameters transformed once (log-space for the
/// lognormal, CDF bounds for truncation) so that each draw is a few arithmetic operations.
struct Sampler: Sendable {
    private enum Form: Sendable {
        case fixed(Double)
        case uniform(Double, Double)
        case triangular(min: Double, mode: Double, max: Double)
        case exponential(mean: Double, lowCDF: Double, highCDF: Double)
        case normal(mean: Double, sd: Double, lowCDF: Double, highCDF: Double)
        case lognormal(mu: Double, sigma: Double, lowCDF: Double, highCDF: Double)
        case gamma(shape: Double, scale: Double)
        case empirical(values: [Double], cumulative: [Double])
    }

    private let form: Form
    private let lower: Double
    private let upper: Double

    /// Compiles a distribution whose ``Distribution/problems(show:)`` are empty.
    init(_ distribution: Distribution) {
        var lower = 0.0, upper = Double.infinity
        switch distribution {
        case let .fixed(value):
            form = .fixed(value)
        case let .uniform(min, max):
            form = .uniform(min, max)
        case let .triangular(min, mode, max):
            form = .triangular(min: min, mode: mode, max: max)
        case let .exponential(mean, range):
            (lower, upper) = (range.lower, range.upper ?? .infinity)
            func cdf(_ x: Double) -> Double { x.isInfinite ? 1 : 1 - exp(-x / mean) }
            form = .exponential(mean: mean, lowCDF: cdf(lower), highCDF: cdf(upper))
        case let .normal(mean, sd, range):
            (lower, upper) = (range.lower, range.upper ?? .infinity)
            if sd == 0 {
                form = .fixed(mean)
            } else {
                form = .normal(mean: mean, sd: sd, lowCDF: Self.phi((lower - mean) / sd), highCDF: Self.phi((upper - mean) / sd))
            }
        case let .lognormal(mean, sd, range):
            (lower, upper) = (range.lower, range.upper ?? .infinity)
            let sigma = sqrt(log(1 + (sd * sd) / (mean * mean)))
            let mu = log(mean) - sigma * sigma / 2
            func cdf(_ x: Double) -> Double { x <= 0 ? 0 : Self.phi((log(x) - mu) / sigma) }
            form = .lognormal(mu: mu, sigma: sigma, lowCDF: cdf(lower), highCDF: cdf(upper))
        case let .gamma(mean, sd, range):
            (lower, upper) = (range.lower, range.upper ?? .infinity)
            form = .gamma(shape: (mean / sd) * (mean / sd), scale: sd * sd / mean)
        case let .empirical(values, weights):
            let w = weights.isEmpty ? Array(repeating: 1.0, count: values.count) : weights
            let total = w.reduce(0, +)
            var running = 0.0
            form = .empirical(values: values, cumulative: w.map { running += $0 / total; return running })
        }
        self.lower = lower
        self.upper = upper
    }

    /// The nominal value of a fixed distribution, or `nil`.
    var fixedValue: Double? {
        if case let .fixed(value) = form { return value }
        return nil
    }

    /// Draws one value.
    @inline(__always)
    func sample(_ random: inout RandomStream) -> Double {
        switch form {
        case let .fixed(value):
            return value
        case let .uniform(min, max):
            return min + random.uniform() * (max - min)
        case let .triangular(min, mode, max):
            let u = random.uniform(), split = (mode - min) / (max - min)
            return u < split ? min + sqrt(u * (max - min) * (mode - min)) : max - sqrt((1 - u) * (max - min) * (max - mode))
        case let .exponential(mean, lowCDF, highCDF):
            if lowCDF == 0, highCDF == 1 { return -mean * log(random.openUniform()) }
            let u = lowCDF + random.uniform() * (highCDF - lowCDF)
            return clamp(-mean * log(1 - u))
        case let .normal(mean, sd, lowCDF, highCDF):
            return clamp(mean + sd * Self.inversePhi(open(lowCDF + random.uniform() * (highCDF - lowCDF))))
        case let .lognormal(mu, sigma, lowCDF, highCDF):
            return clamp(exp(mu + sigma * Self.inversePhi(open(lowCDF + random.uniform() * (highCDF - lowCDF)))))
        case let .gamma(shape, scale):
            // Rejection into the truncation range, bounded so a run can never hang; then clamp.
            var value = 0.0
            for _ in 0..<64 {
                value = Self.gamma(shape: shape, &random) * scale
                if value >= lower && value <= upper { return value }
            }
            return clamp(value)
        case let .empirical(values, cumulative):
            let u = random.uniform()
            var low = 0, high = cumulative.count - 1
            while low < high {
                let mid = (low + high) / 2
                if cumulative[mid] > u { high = mid } else { low = mid + 1 }
            }
            return values[low]
        }
    }

    private func clamp(_ value: Double) -> Double { Swift.min(Swift.max(value, lower), upper) }

    private func open(_ u: Double) -> Double { Swift.min(Swift.max(u, 1e-300), 1 - 1e-16) }

    /// Marsaglia & Tsang (2000) for shape ≥ 1, with the U^(1/k) boost below 1.
    private static func gamma(shape: Double, _ random: inout RandomStream) -> Double {
        if shape < 1 { return gamma(shape: shape + 1, &random) * pow(random.openUniform(), 1 / shape) }
        let d = shape - 1.0 / 3.0, c = 1 / sqrt(9 * d)
        while true {
            var x = 0.0, v = 0.0
            repeat {
                x = standardNormal(&random)
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = random.openUniform()
            if u < 1 - 0.0331 * x * x * x * x || log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }

    private static func standardNormal(_ random: inout RandomStream) -> Double {
        sqrt(-2 * log(random.openUniform())) * cos(2 * Double.pi * random.uniform())
    }

    /// The standard normal CDF Φ.
    static func phi(_ z: Double) -> Double {
        if z.isInfinite { return z > 0 ? 1 : 0 }
        return 0.5 * erfc(-z / 2.0.squareRoot())
    }

    /// The standard normal quantile Φ⁻¹ (Acklam's rational approximation refined by one Halley step;
    /// relative error below 1e-15).
    static func inversePhi(_ p: Double) -> Double {
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let low = 0.02425
        var x: Double
        if p < low {
            let q = sqrt(-2 * log(p))
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else if p <= 1 - low {
            let q = p - 0.5, r = q * q
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        } else {
            let q = sqrt(-2 * log(1 - p))
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        let e = phi(x) - p
        let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        x -= u / (1 + x * u / 2)
        return x
    }
}
