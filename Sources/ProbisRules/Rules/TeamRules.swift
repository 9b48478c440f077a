import ProbisModel

/// Team accountability: anggota tim report to the ketua tim, who reports to the leader or PPK.
public struct TeamAccountabilityRule: RegionalRule {
    public init() {}
    public let id = "pertanggungjawaban-tim"
    public let summary = "In an organization type's flow, every anggota-tim step is followed by a ketua-tim step, and every ketua-tim report leads to a lane holding a Pejabat Penilai Kinerja, a Pimpinan Unit Organisasi or a coordinator."
    public func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .organizationType(type) = document, let flow = type.flow else { return [] }
        let members = Set(flow.lanes(with: .anggotaTim).map(\.id))
        let leaders = Set(flow.lanes(with: .ketuaTim).map(\.id))
        let assessors = type.reportingLanes
        var out: [Diagnostic] = []
        for step in flow.steps where members.contains(step.lane.id) {
            let next = step.successors.compactMap(flow.step)
            if next.isEmpty || !next.allSatisfy({ leaders.contains($0.lane.id) }) {
                out.append(context.finding(id, at: step.location,
                    "anggota tim step '\(step.id)' is not followed by a ketua tim step: team members report to the ketua tim"))
            }
        }
        for step in flow.steps where leaders.contains(step.lane.id) && step.kind == .activity {
            let previous = flow.steps.filter { $0.successors.contains(step.id) }
            guard previous.contains(where: { members.contains($0.lane.id) }) else { continue }
            let next = step.successors.compactMap(flow.step)
            if !next.contains(where: { assessors.contains($0.lane.id) }) {
                out.append(context.finding(id, at: step.location,
                    "ketua tim step '\(step.id)' reports to no lane holding a Pejabat Penilai Kinerja, a Pimpinan Unit Organisasi or a coordinator"))
            }
        }
        return out
    }
}

/// Bungo: in a unit with a 2-level structure the Pengawas is appointed ketua tim.
public struct BungoPengawasLeadsTeamRule: RegionalRule {
    public init() {}
    public let id = "bungo-pengawas-ketua-tim"
    public let summary = "In a Bungo organization type with a 2-level structure ('structure-levels: 2'), the ketua-tim lane names a Pengawas position."
    public func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .organizationType(type) = document, type.structureLevels == 2, let flow = type.flow else { return [] }
        guard !flow.lanes(with: .ketuaTim).isEmpty else {
            return [context.finding(id, at: type.header.location,
                "'\(type.header.id)' has a 2-level structure, so a Pengawas is appointed ketua tim, but its flow has no ketua-tim lane")]
        }
        let pengawas = Set(type.positions.filter { $0.tier == .pengawas }.map(\.id))
        return flow.lanes(with: .ketuaTim)
            .filter { lane in !lane.positions.contains { pengawas.contains($0.id) } }
            .map { lane in
                context.finding(id, at: lane.location,
                    "'\(type.header.id)' has a 2-level structure, so the Pengawas is appointed ketua tim, but lane '\(lane.id)' names no Pengawas position")
            }
    }
}

/// Where one text names different recipients of the ketua tim's report, the profile's chosen reading decides.
public struct KetuaTimReportRecipientRule: RegionalRule {
    public init() {}
    public let id = "penerima-laporan-ketua-tim"
    public let summary = "In a team pertanggungjawaban mechanism, the report that leaves the ketua tim ends in a lane whose role the reading the profile chooses names (conflict 'penerima-laporan-ketua-tim')."
    /// The conflict whose chosen passage names the recipient.
    static let conflict = "penerima-laporan-ketua-tim"

    public func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .petaLintasFungsi(map) = document, map.mechanism?.kind == .pertanggungjawaban,
              map.mechanism?.mode == .timKerja, let reading = context.profile.conflict(Self.conflict)?.reading else { return [] }
        let flow = map.flow
        let leaders = Set(flow.lanes(with: .ketuaTim).map(\.id))
        let graph = FlowGraph(flow)
        let reached = graph.graph.reachable(from: flow.steps.indices.filter { leaders.contains(flow.steps[$0].lane.id) })
        let titles = reading.roles.map(\.title).joined(separator: " or ")
        return graph.endIndices.filter { reached[$0] }.compactMap { index in
            let end = flow.steps[index]
            guard let lane = flow.lane(end.lane.id), lane.role.map(reading.roles.contains) != true else { return nil }
            return context.finding(id, at: end.lane.location ?? end.location,
                "the ketua tim's report ends in lane '\(lane.id)', which is not the \(titles) that \(reading.item) names (\"\(reading.wording)\")")
        }
    }
}
