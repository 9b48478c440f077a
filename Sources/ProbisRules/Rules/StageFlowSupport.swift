import ProbisModel

/// Questions the stage-flow rules ask of an organization type.
extension OrganizationType {
    /// Lanes of the stage flow that hold a head of the organization.
    var headLanes: Set<LaneID> {
        let heads = Set(heads.map(\.id))
        return Set((flow?.lanes ?? []).filter { lane in lane.positions.contains { heads.contains($0.id) } }.map(\.id))
    }

    /// Lanes whose positions include a Pejabat Penilai Kinerja, a Pimpinan Unit Organisasi or a coordinator
    /// acting like a ketua tim: the lanes a ketua tim may report to.
    var reportingLanes: Set<LaneID> {
        let receivers = Set(positions.filter { $0.has(.koordinator) }.map(\.id))
        let coordinators = (flow?.lanes ?? []).filter { lane in lane.positions.contains { receivers.contains($0.id) } }.map(\.id)
        return leaderLanes.union(coordinators)
    }

    /// Lanes whose positions include a Pejabat Penilai Kinerja or a Pimpinan Unit Organisasi.
    var leaderLanes: Set<LaneID> {
        let leaders = Set(positions.filter { $0.has(.ppk) || $0.has(.pimpinanUnit) || $0.has(.delegasiPPK) }.map(\.id))
        return Set((flow?.lanes ?? []).filter { lane in lane.positions.contains { leaders.contains($0.id) } }.map(\.id))
    }
}

extension CrossFunctionalMap {
    /// Lanes with a role.
    func lanes(with role: LaneRole) -> [Lane] { lanes.filter { $0.role == role } }

    /// The steps in flow order (topological order of the acyclic part).
    var ordered: [FlowStep] { FlowGraph(self).topologicalOrder }
}
