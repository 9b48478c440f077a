extension DefaultScenario {
    /// One activity of an organization type's stage flow as the default scenarios see it: its kind of work
    /// and the positions that work in its lane.
    public struct ActivityWork: Hashable, Sendable {
        /// The step's id.
        public var step: StepID
        /// Its stage, if any.
        public var stage: Stage?
        /// The kind of work, which sets its default duration.
        public var work: StepWork
        /// The role of its lane, if the lane has one (ketua tim, anggota tim, JF/pelaksana …).
        public var laneRole: LaneRole?
        /// The positions working in its lane, in lane order; empty for a lane outside the unit.
        public var positions: [PositionID]
    }

    /// The activities of an organization type's stage flow, in step order, each with its kind of work
    /// (``StepWork``) and who works in its lane: what a reorganization matches steps by, since two types
    /// may number the same step differently.
    ///
    /// - Complexity: O(s²) for s steps (the expected visits are not needed and cost at most 400 · s).
    public static func activities(of type: OrganizationType) -> [ActivityWork] {
        let plan = Plan(type: type, mechanism: nil, assumptions: .standard)
        let lanes = type.flow?.lanes ?? []
        return plan.work.map { item in
            let step = plan.steps.first { $0.id == item.step }
            let lane = step.flatMap { step in lanes.first { $0.id == step.lane.id } }
            return ActivityWork(step: item.step, stage: step?.stage, work: item.work, laneRole: lane?.role,
                                positions: step.map { plan.staff[$0.lane.id] ?? [] } ?? [])
        }
    }
}
