/// Who does a lane's steps in a run, once the scenario's settings are applied.
public enum Staffing: Hashable, Sendable {
    /// One person of any of these positions (in lane order) does each step.
    case positions([PositionID])
    /// People outside the simulated unit: the step takes its time and never waits.
    case external
    /// Nobody: the lane names no positions and the scenario does not say who works in it.
    case unresolved
}

extension Scenario {
    /// The people holding a position in this scenario: the scenario's override, else the organization
    /// type's headcount (0 for an unknown position).
    public func headcount(of position: PositionID, in type: OrganizationType) -> Int {
        if let override = headcounts.last(where: { $0.position.id == position }) { return override.count }
        return type.position(position)?.headcount ?? 0
    }

    /// Who works in a lane of the stage flow: the scenario's `lanes:` entry, else the lane's positions,
    /// else the position whose id the lane has; otherwise unresolved.
    public func staffing(of lane: Lane, in type: OrganizationType) -> Staffing {
        if let entry = lanes.last(where: { $0.lane.id == lane.id }) { return Self.staffing(entry.staff) }
        if !lane.positions.isEmpty { return .positions(lane.positions.map(\.id)) }
        if let position = type.position(PositionID(lane.id.rawValue)) { return .positions([position.id]) }
        return .unresolved
    }

    /// Who works in a lane of the penunjukan mechanism: the scenario's entry, else outside the unit.
    public func mechanismStaffing(of lane: Lane) -> Staffing {
        guard let entry = penunjukan?.lanes.last(where: { $0.lane.id == lane.id }) else { return .external }
        return Self.staffing(entry.staff)
    }

    private static func staffing(_ staff: LaneStaffing.Staff) -> Staffing {
        switch staff {
        case let .positions(references): .positions(references.map(\.id))
        case .external: .external
        }
    }

    /// The rank of a step in a priority queue (1 first): the step's own rank, else its stage's, else after
    /// every ranked step. Always 0 under FIFO.
    public func queueRank(of step: FlowStep) -> Int {
        guard case let .priority(ranks) = queue else { return 0 }
        if let own = ranks.first(where: { $0.key == step.id.rawValue }) { return own.rank }
        if let stage = step.stage, let byStage = ranks.first(where: { $0.key == stage.rawValue }) { return byStage.rank }
        return (ranks.map(\.rank).max() ?? 0) + 1
    }
}

extension Branch {
    /// Whether the case's assignment type picks this branch (`individu`, `tim-kerja`).
    public var isAssignmentBranch: Bool { meaning == .individu || meaning == .timKerja }

    /// Whether an approval picks this branch (`disetujui`, `ditolak`).
    public var isApprovalBranch: Bool { meaning == .disetujui || meaning == .ditolak }
}
