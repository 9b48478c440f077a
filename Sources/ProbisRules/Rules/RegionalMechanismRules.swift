import ProbisModel

/// Banten: who decrees a tim kerja depends on its scope.
public struct BantenTeamDecreeRule: RegionalRule {
    public init() {}
    public let id = "banten-penetapan-tim-kerja"
    public let summary = "A Banten tim kerja is decreed ('sk-tim-kerja') by the Kepala Daerah across instansi, by the Sekretaris Daerah across units, and by the head of the unit within it."
    /// The lane roles that may issue the decree, by scope.
    static func decreers(for scope: Mechanism.Scope) -> [LaneRole] {
        switch scope {
        case .lintasInstansi: [.kepalaDaerah]
        case .lintasUnit, .lintasPerangkatDaerah: [.sekretarisDaerah]
        case .dalamUnit: [.pimpinanUnit, .kepalaPerangkatDaerah]
        }
    }

    public func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .petaLintasFungsi(map) = document, let mechanism = map.mechanism,
              let scope = mechanism.scope else { return [] }
        let decrees = map.flow.steps.filter { $0.outputs.contains { $0.id == "sk-tim-kerja" } }
        if decrees.isEmpty {
            guard mechanism.mode == .timKerja, mechanism.kind == .penunjukan else { return [] }
            return [context.finding(id, at: mechanism.location,
                "team mechanism '\(map.header.id)' issues no Surat Keputusan Tim Kerja ('sk-tim-kerja')")]
        }
        let allowed = Self.decreers(for: scope)
        return decrees.compactMap { step in
            let role = map.flow.lane(step.lane.id)?.role
            guard role.map(allowed.contains) != true else { return nil }
            let expected = allowed.map(\.title).joined(separator: " or ")
            return context.finding(id, at: step.lane.location ?? step.location,
                "step '\(step.id)' decrees a \(scope.rawValue) tim kerja in lane '\(step.lane.id)'; it is decreed by the \(expected)")
        }
    }
}

/// Banten: a pelaksana leads a team only with a bachelor's degree, golongan III/b and relevant experience.
public struct BantenPelaksanaTeamLeaderRule: RegionalRule {
    public init() {}
    public let id = "banten-pelaksana-ketua-tim"
    public let summary = "A Pelaksana position named in a ketua-tim lane requires at least S1, golongan III/b and relevant experience in its qualifications."
    public func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        let type: OrganizationType?
        let flow: CrossFunctionalMap?
        switch document {
        case let .organizationType(value): (type, flow) = (value, value.flow)
        case let .petaLintasFungsi(value): (type, flow) = (value.organization.flatMap { context.library.organizationType($0.id) }, value.flow)
        default: return []
        }
        guard let type, let flow else { return [] }
        var out: [Diagnostic] = []
        for lane in flow.lanes(with: .ketuaTim) {
            for reference in lane.positions {
                guard let position = type.position(reference.id), position.tier == .pelaksana else { continue }
                let missing = Qualifications.teamLeaderShortfalls(position.qualifications)
                guard !missing.isEmpty else { continue }
                out.append(context.finding(id, at: reference.location ?? lane.location,
                    "pelaksana '\(position.id)' may lead a team in lane '\(lane.id)' but its qualifications lack \(missing.joined(separator: ", "))"))
            }
        }
        return out
    }
}

/// Kota Jambi: assignments are fixed by the Kepala Perangkat Daerah (Lampiran huruf B), or by the Pejabat Penilai
/// Kinerja or Pimpinan Unit Organisasi (Pasal 9 ayat (4)) when the profile reads that passage of the conflict
/// `penetapan-penugasan`.
public struct KotaJambiAssignmentFixedByHeadRule: RegionalRule {
    public init() {}
    public let id = "kota-jambi-ditetapkan-kepala-pd"
    public let summary = "In Kota Jambi, penunjukan within or across units and pengajuan sukarela are fixed by the official of the reading the profile chooses (conflict 'penetapan-penugasan'; by default Lampiran huruf B, the Kepala Perangkat Daerah): every path from the start to an end that is not a refusal passes through a step in a lane with that role."
    /// The conflict whose chosen passage names who fixes the assignment.
    static let conflict = "penetapan-penugasan"
    public func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .petaLintasFungsi(map) = document, let mechanism = map.mechanism,
              mechanism.kind == .penunjukan || mechanism.kind == .pengajuanSukarela,
              mechanism.scope == .dalamUnit || mechanism.scope == .lintasUnit else { return [] }
        let flow = map.flow
        let graph = FlowGraph(flow)
        // Walk from the start without entering the Kepala Perangkat Daerah's steps and without refusing:
        // any end still reached is an assignment nobody in that lane fixed.
        let roles = context.profile.conflict(Self.conflict)?.reading.roles ?? [.kepalaPerangkatDaerah]
        let heads = Set(flow.lanes.filter { $0.role.map(roles.contains) == true }.map(\.id))
        var seen = Set(graph.startIndices)
        var frontier = graph.startIndices
        while let u = frontier.popLast() {
            let step = flow.steps[u]
            let refusals = Set(step.branches.filter { $0.meaning == .ditolak }.map(\.target.id))
            for v in graph.graph.successors[u] where !heads.contains(flow.steps[v].lane.id) && !refusals.contains(flow.steps[v].id) {
                if seen.insert(v).inserted { frontier.append(v) }
            }
        }
        return graph.endIndices.filter(seen.contains).prefix(1).map { index in
            context.finding(id, at: mechanism.location,
                "the assignment reaches '\(flow.steps[index].id)' without a step of the \(roles.map(\.title).joined(separator: " or ")) fixing it")
        }
    }
}
