/// The share of working time a position's holders give to the simulated flow (a Kepala Dinas who spends
/// 60% of his time in meetings gives 0.4): their steps take 1 ÷ share as long, in working time.
public struct PositionAvailability: Hashable, Sendable, Codable {
    /// The position.
    public var position: Reference<PositionID>
    /// The share, more than 0 and at most 1.
    public var share: Double
    /// Where the share was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates an availability share.
    public init(position: Reference<PositionID>, share: Double, location: SourceLocation? = nil) {
        self.position = position
        self.share = share
        self.location = location
    }
}

/// How arrivals of a `per-year` workload spread over the months of a year: one weight per month, January
/// first. A month's share of the year's kegiatan is its weight over the sum of weights; within a month
/// kegiatan come at uniformly random moments of its working time.
public struct SeasonalProfile: Hashable, Sendable, Codable {
    /// Twelve weights, 0 or more, not all 0.
    public var weights: [Double]
    /// Where the profile was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a profile.
    public init(weights: [Double], location: SourceLocation? = nil) {
        self.weights = weights
        self.location = location
    }

    /// Each month's share of the year's arrivals (adding up to 1).
    public var shares: [Double] {
        let total = weights.reduce(0, +)
        return total > 0 ? weights.map { $0 / total } : weights
    }
}

extension Scenario {
    /// The share of working time a position's holders give to the flow: its `availability:` entry, else 1.
    public func availability(of position: PositionID) -> Double {
        availability.last { $0.position.id == position }?.share ?? 1
    }
}
