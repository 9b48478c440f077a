extension Validator {
    /// A scenario's ABK table (its rows against the organization and the stage flow), its availability
    /// shares (positions of the type) and its seasonal profile (a `per-year` workload).
    func checkAbkKeys(_ scenario: Scenario, type: OrganizationType, organization: Organization) -> [Diagnostic] {
        let owner = "scenario '\(scenario.header.id)'"
        var out: [Diagnostic] = []
        if let table = scenario.abk?.loaded {
            out += table.problems(organization: organization, type: type) { scenario.staffing(of: $0, in: type) }
        }
        let positionIDs = type.positions.map(\.id.rawValue)
        for entry in scenario.availability where type.position(entry.position.id) == nil {
            out.append(.error(.danglingReference, at: entry.position.location,
                "\(owner) gives an availability to '\(entry.position.id)', which is not a position of '\(type.header.id)'\(Suggestion.hint(for: entry.position.id.rawValue, in: positionIDs))"))
        }
        if let seasonal = scenario.seasonal, case .interarrival = scenario.workload.arrivals {
            out.append(.error(.invalidSetting, at: seasonal.location,
                "\(owner) has a 'seasonal' profile, which spreads a 'per-year' workload over the months; its arrivals come by 'interarrival'"))
        }
        return out
    }
}
