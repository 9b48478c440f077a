import ProbisSimulation

/// One row of `probis simulate --all`: an organization type and its default scenario's summary, if it ran.
public struct OverviewRow: Encodable {
    public var organization: String
    public var title: String
    public var scenario: String?
    public var summary: SimulationSummary?

    /// Creates a row.
    public init(organization: String, title: String, scenario: String?, summary: SimulationSummary?) {
        self.organization = organization
        self.title = title
        self.scenario = scenario
        self.summary = summary
    }
}
