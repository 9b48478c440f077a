/// How a kegiatan is given to one performer of its unit (penugasan).
public enum AssignmentPolicy: String, CaseIterable, Hashable, Sendable, Codable {
    /// The performer with the fewest kegiatan assigned and not yet finished; among those, the one given
    /// the fewest so far.
    case leastAssigned = "paling-sedikit"
    /// Each performer of the unit in turn.
    case roundRobin = "bergiliran"
    /// A performer of the unit drawn at random.
    case random = "acak"
}

extension Library {
    /// The organization a scenario runs on, with its type: the organization document the scenario names,
    /// or the default organization of the organization type it names (``Organization/derived(from:)``),
    /// derived after the scenario's headcounts are applied to the type. `nil` when the name resolves to
    /// neither.
    public func simulated(by scenario: Scenario) -> (type: OrganizationType, organization: Organization)? {
        switch document(scenario.organization.id) {
        case let .organization(organization)?:
            return organizationType(organization.type.id).map { ($0, organization) }
        case let .organizationType(type)?:
            var staffed = type
            for index in staffed.positions.indices {
                staffed.positions[index].headcount = scenario.headcount(of: staffed.positions[index].id, in: type)
            }
            return (type, Organization.derived(from: staffed))
        default:
            return nil
        }
    }
}
