extension DefaultScenario {
    /// What an organization type's default scenario is made of, before the workload is fixed: who works in
    /// each lane, the kind of work of each activity, the branch probabilities, and each step's expected
    /// visits per kegiatan.
    struct Plan {
        let type: OrganizationType
        let mechanism: LintasFungsiMap?
        let assumptions: Assumptions
        /// The stage flow's steps; `next` is already the implicit successor where the file gives none.
        let steps: [FlowStep]
        /// `lanes:` entries for the lanes the organization type does not staff, in lane order.
        let laneEntries: [LaneStaffing]
        /// The positions working in each lane; empty for a lane outside the unit.
        let staff: [LaneID: [PositionID]]
        /// The kind of work of each activity, in step order.
        let work: [(step: StepID, work: StepWork)]
        /// Probabilities of the decisions that the assignment type does not decide, in step order.
        let branches: [BranchProbabilities]
        /// Assignment shares: with a cross-unit share when the region has a penunjukan mechanism.
        let shares: AssignmentShares
        /// Expected visits per kegiatan of each step, by index.
        let visits: [Double]
        /// The lane of the (last) decision between individu and tim kerja: the leader who owns the kegiatan.
        let leaderLane: LaneID?
        /// The step after which a penunjukan lintas unit runs: that leader's last planning step (else the
        /// last planning step) that is not once a year.
        let after: StepID?

        init(type: OrganizationType, mechanism: LintasFungsiMap?, assumptions: Assumptions) {
            self.type = type
            self.mechanism = mechanism
            self.assumptions = assumptions
            let flow = type.flow ?? CrossFunctionalMap(lanes: [], steps: [])
            steps = flow.steps
            shares = mechanism == nil ? assumptions.sharesWithoutMechanism : assumptions.sharesWithMechanism

            let executors = type.positions.filter { !$0.leadsOrAssesses }.map(\.id)
            let unstaffed = Scenario(header: DocumentHeader(id: "", kind: .scenario, title: ""),
                                     organization: Reference(type.header.id), workload: Workload(arrivals: .perCycle(0)),
                                     durations: DurationTable())
            var staff: [LaneID: [PositionID]] = [:]
            var entries: [LaneStaffing] = []
            for lane in flow.lanes {
                switch unstaffed.staffing(of: lane, in: type) {
                case let .positions(positions):
                    staff[lane.id] = positions
                case .external, .unresolved:
                    let entry = Self.staff(of: lane.role, in: type, executors: executors)
                    entries.append(LaneStaffing(lane: Reference(lane.id), staff: entry))
                    if case let .positions(positions) = entry { staff[lane.id] = positions.map(\.id) } else { staff[lane.id] = [] }
                }
            }
            laneEntries = entries
            self.staff = staff

            let individual = Set(steps.flatMap { $0.branches.filter { $0.meaning == .individu }.map(\.target.id) })
            work = steps.filter { $0.kind == .activity }.map { step in
                (step.id, Self.work(of: step, lane: flow.lane(step.lane.id), staff: staff[step.lane.id] ?? [],
                                    in: type, individual: individual))
            }
            branches = steps.filter { $0.kind == .decision }.compactMap { Self.probabilities(of: $0, assumptions: assumptions) }
            visits = Self.expectedVisits(steps, branches: branches, shares: shares)

            let leader = steps.last { step in step.kind == .decision && step.branches.contains { $0.meaning == .individu } }?.lane.id
            leaderLane = leader
            let planning = steps.filter { $0.kind == .activity && $0.stage == .perencanaan && $0.cadence != .siklus }
            let led = planning.filter { $0.lane.id == leader }
            after = (led.isEmpty ? planning : led).last?.id
        }

        /// Who works in a lane that names no position, by its role: ketua tim, anggota tim and JF/pelaksana
        /// lanes hold every position that carries out kegiatan; a pimpinan-unit or PPK lane the lowest unit
        /// leader (else the head); a Kepala PD, Kepala Daerah or Sekda lane the head; anything else is outside.
        static func staff(of role: LaneRole?, in type: OrganizationType, executors: [PositionID]) -> LaneStaffing.Staff {
            let leaders = type.positions.filter { $0.has(.pimpinanUnit) && $0.reportsTo != nil }.map(\.id)
            let head = type.heads.first?.id
            switch role {
            case .ketuaTim?, .anggotaTim?, .jfPelaksana?:
                if !executors.isEmpty { return .positions(executors.map { Reference($0) }) }
            case .pimpinanUnit?, .ppk?:
                if let chosen = leaders.last ?? head { return .positions([Reference(chosen)]) }
            case .kepalaPerangkatDaerah?, .kepalaDaerah?, .sekretarisDaerah?:
                if let head { return .positions([Reference(head)]) }
            default:
                break
            }
            return .external
        }

        /// The kind of work of an activity, from its cadence, its lane's role and people, and its stage.
        static func work(of step: FlowStep, lane: Lane?, staff: [PositionID], in type: OrganizationType,
                         individual: Set<StepID>) -> StepWork {
            if step.cadence == .siklus { return .siklus }
            if lane?.role == .anggotaTim { return .pelaksanaanAnggota }
            if lane?.role == .ketuaTim { return .laporanTim }
            let executes = !staff.isEmpty && staff.allSatisfy { type.position($0).map { !$0.leadsOrAssesses } ?? false }
            switch (executes, step.stage) {
            case (true, .perencanaan?): return .susunRencana
            case (true, .pelaksanaan?): return individual.contains(step.id) ? .pelaksanaanIndividu : .susunRencana
            case (true, _): return .tinjau
            case (false, .perencanaan?): return .arahan
            case (false, .pelaksanaan?): return .monitoring
            case (false, .evaluasi?): return .tinjau
            case (false, nil): return .lain
            }
        }

        /// A decision's probabilities: `diterima`/`perbaikan` and `disetujui`/`ditolak` by the assumptions,
        /// other branches evenly (6 decimals); `nil` when the case's assignment type decides.
        static func probabilities(of step: FlowStep, assumptions: Assumptions) -> BranchProbabilities? {
            let meanings = step.branches.map(\.meaning)
            if step.branches.allSatisfy(\.isAssignmentBranch) { return nil }
            let values: [Double]
            if meanings.contains(.diterima), meanings.contains(.perbaikan) {
                values = meanings.map { $0 == .diterima ? 1 - assumptions.perbaikan : $0 == .perbaikan ? assumptions.perbaikan : 0 }
            } else if meanings.contains(.disetujui), meanings.contains(.ditolak) {
                values = meanings.map { $0 == .disetujui ? 1 - assumptions.refusal : $0 == .ditolak ? assumptions.refusal : 0 }
            } else {
                func round6(_ value: Double) -> Double { (value * 1e6).rounded(.toNearestOrEven) / 1e6 }
                let share = round6(1 / Double(meanings.count))
                values = Array(repeating: share, count: meanings.count - 1) + [round6(1 - share * Double(meanings.count - 1))]
            }
            return BranchProbabilities(decision: Reference(step.id), probabilities: zip(step.branches, values).map {
                BranchProbability(branch: $0.meaning?.rawValue ?? $0.label, probability: $1)
            })
        }

        /// Expected visits of each step per kegiatan: the flow from the first start step, with decisions
        /// split by their probabilities (or by the assignment shares), a parallel split's flow going whole
        /// into every branch and coming back to its join once, iterated 400 times.
        static func expectedVisits(_ steps: [FlowStep], branches: [BranchProbabilities], shares: AssignmentShares) -> [Double] {
            var index: [StepID: Int] = [:]
            for (offset, step) in steps.enumerated() { index[step.id] = offset }
            // What each arrow into a join carries: one part per branch of its split.
            var inflow = steps.map { _ in 1.0 }
            for (split, join) in FlowGraph(CrossFunctionalMap(lanes: [], steps: steps)).parallelBlocks.joins {
                guard let splitIndex = index[split], let joinIndex = index[join] else { continue }
                inflow[joinIndex] = 1 / Double(Set(steps[splitIndex].next.map(\.id)).count)
            }
            guard let start = steps.firstIndex(where: { $0.kind == .start }) else { return steps.map { _ in 0 } }
            let team = shares.timKerja + shares.lintasUnit
            var visits = steps.map { _ in 0.0 }
            for _ in 0..<400 {
                var flow = steps.map { _ in 0.0 }
                flow[start] = 1
                for (offset, step) in steps.enumerated() where visits[offset] != 0 {
                    if step.kind == .decision {
                        let probabilities = branches.first { $0.decision.id == step.id }
                        for branch in step.branches {
                            guard let target = index[branch.target.id] else { continue }
                            let weight = probabilities.map { $0.probability(of: branch) ?? 0 }
                                ?? (branch.meaning == .individu ? shares.individu : team)
                            flow[target] += visits[offset] * weight * inflow[target]
                        }
                    } else {
                        let targets = step.isSplit ? step.next.map(\.id).reduce(into: []) { if !$0.contains($1) { $0.append($1) } } : step.next.prefix(1).map(\.id)
                        for target in targets.compactMap({ index[$0] }) { flow[target] += visits[offset] * inflow[target] }
                    }
                }
                visits = flow
            }
            return visits
        }

        /// Kegiatan a year: the assumed number per JF/pelaksana times their people, rounded down to tens, at
        /// least the minimum.
        func cases(headcount: (PositionID) -> Int) -> Int {
            let people = type.positions.filter { !$0.leadsOrAssesses }.reduce(0) { $0 + headcount($1.id) }
            return max(assumptions.minimumCases, assumptions.casesPerExecutor * people / 10 * 10)
        }

        /// Expected working hours per kegiatan of each position, from the steps done once per kegiatan, each
        /// shared among its lane's positions by their people; in the order first met.
        func hoursPerCase(headcount: (PositionID) -> Int) -> [(position: PositionID, hours: Double)] {
            var out: [(position: PositionID, hours: Double)] = []
            let teamSize = assumptions.teamSize.nominalMean
            for (offset, step) in steps.enumerated() {
                guard let work = work.first(where: { $0.step == step.id })?.work, work != .siklus else { continue }
                let positions = (staff[step.lane.id] ?? []).filter { headcount($0) > 0 }
                guard !positions.isEmpty else { continue }
                let hours = visits[offset] * assumptions.duration(of: work).nominalMean / 3600
                    * (work == .pelaksanaanAnggota ? teamSize : 1)
                let total = Double(positions.reduce(0) { $0 + headcount($1) })
                for position in positions {
                    let share = hours * Double(headcount(position)) / total
                    if let index = out.firstIndex(where: { $0.position == position }) { out[index].hours += share } else { out.append((position, share)) }
                }
            }
            return out
        }
    }
}
