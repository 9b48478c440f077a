import ProbisModel
@testable import ProbisSimulation
import Testing

/// Samplers reproduce their distributions' means and respect truncation; impossible parameters are named.
struct DistributionTests {
    static let cases: [(Distribution, Double)] = [
        (.fixed(3600), 3600),
        (.uniform(min: 600, max: 1800), 1200),
        (.triangular(min: 1800, mode: 3600, max: 10_800), 5400),
        (.exponential(mean: 480, truncation: .nonNegative), 480),
        (.normal(mean: 7200, sd: 600, truncation: .nonNegative), 7200),
        (.lognormal(mean: 86_400, sd: 36_000, truncation: .nonNegative), 86_400),
        (.gamma(mean: 3600, sd: 1800, truncation: .nonNegative), 3600),
        (.gamma(mean: 3600, sd: 7200, truncation: .nonNegative), 3600),
        (.empirical(values: [2, 3, 4], weights: [0.3, 0.4, 0.3]), 3),
    ]

    @Test("Sample means lie within 1% of the distribution's mean", arguments: cases.indices)
    func means(_ index: Int) {
        let (distribution, mean) = Self.cases[index]
        let sampler = Sampler(distribution)
        var random = RandomStream(seed: 7, replication: index, purpose: 1)
        let n = 200_000
        var total = 0.0
        for _ in 0..<n { total += sampler.sample(&random) }
        #expect(abs(total / Double(n) - mean) / mean < 0.01, "\(distribution.name): \(total / Double(n)) vs \(mean)")
    }

    @Test("Truncated samples stay inside their range")
    func truncation() {
        let sampler = Sampler(.lognormal(mean: 24 * 3600, sd: 10 * 3600, truncation: Truncation(lower: 3600, upper: 30 * 3600)))
        var random = RandomStream(seed: 1, replication: 0, purpose: 1)
        for _ in 0..<50_000 {
            let value = sampler.sample(&random)
            #expect(value >= 3600 && value <= 30 * 3600)
        }
    }

    @Test("The normal quantile inverts the normal CDF")
    func quantile() {
        for p in [1e-10, 0.001, 0.025, 0.5, 0.9, 0.975, 0.999999] {
            #expect(abs(Sampler.phi(Sampler.inversePhi(p)) - p) < 1e-12 * max(1, p / 1e-10))
        }
    }

    @Test("Impossible parameters are named with their values")
    func problems() {
        let show = { (seconds: Double) in DurationText.format(seconds) }
        #expect(Distribution.exponential(mean: -7200, truncation: .nonNegative).problems(show: show) == ["'mean' must be greater than 0, found -2h"])
        #expect(Distribution.uniform(min: 18_000, max: 7200).problems(show: show) == ["'min' (5h) is greater than 'max' (2h)"])
        #expect(Distribution.triangular(min: 3600, mode: 600, max: 7200).problems(show: show) == ["'min' (1h) is greater than 'mode' (10m)"])
        #expect(Distribution.normal(mean: 36_000, sd: 600, truncation: Truncation(lower: 0, upper: 3600)).problems(show: show)
            == ["truncated to 0s–1h, which lies more than 6 standard deviations from the mean 10h; almost no value falls in it"])
        #expect(Distribution.empirical(values: [1, 2], weights: [1]).problems() == ["'weights' has 1 entries but 'values' has 2"])
    }

    @Test("Streams differ by replication and purpose and repeat for the same ones")
    func streams() {
        var a = RandomStream(seed: 42, replication: 0, purpose: 0), b = RandomStream(seed: 42, replication: 0, purpose: 0)
        var c = RandomStream(seed: 42, replication: 1, purpose: 0), d = RandomStream(seed: 42, replication: 0, purpose: 1)
        let first = (0..<4).map { _ in a.next() }
        #expect(first == (0..<4).map { _ in b.next() })
        #expect(first != (0..<4).map { _ in c.next() })
        #expect(first != (0..<4).map { _ in d.next() })
    }
}
