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

extension Scenario {
    /// The lane whose holders kegiatan are assigned to (role `jf-pelaksana`), and the positions the scenario
    /// staffs it with; no lane or no positions: kegiatan are not assigned to a performer.
    public func performerLane(of flow: CrossFunctionalMap, in type: OrganizationType) -> (lane: LaneID, positions: [PositionID])? {
        guard let lane = flow.lanes.first(where: { $0.role == .jfPelaksana }) else { return nil }
        guard case let .positions(ids) = staffing(of: lane, in: type) else { return (lane.id, []) }
        return (lane.id, ids)
    }
}
