import ProbisModel

extension Sampler {
    /// The longest sampled span the engine uses, in seconds: ten times ``SimulationLimits/maximumSeconds``.
    /// Validation keeps every parameter below a tenth of it; the clamp makes a sampled value that is not
    /// (an infinite tail, a NaN from a degenerate parameter) unable to trap or overflow the clock.
    static let maximumSeconds = Int64(10 * SimulationLimits.maximumSeconds)

    /// Draws a span of seconds: rounded, clamped to `0...maximumSeconds`; NaN is 0.
    @inline(__always)
    func seconds(_ random: inout RandomStream) -> Int64 {
        Self.seconds(sample(&random))
    }

    /// Draws a count, rounded and clamped to a range; NaN is the range's lower bound.
    @inline(__always)
    func count(_ random: inout RandomStream, in range: ClosedRange<Int32>) -> Int32 {
        let value = sample(&random).rounded()
        guard value >= Double(range.lowerBound) else { return range.lowerBound }
        guard value <= Double(range.upperBound) else { return range.upperBound }
        return Int32(value)
    }

    /// A value in seconds as the clock holds it: rounded, clamped to `0...maximumSeconds`; NaN is 0.
    @inline(__always)
    static func seconds(_ value: Double) -> Int64 {
        let rounded = value.rounded()
        guard rounded > 0 else { return 0 }
        guard rounded < Double(maximumSeconds) else { return maximumSeconds }
        return Int64(rounded)
    }
}
