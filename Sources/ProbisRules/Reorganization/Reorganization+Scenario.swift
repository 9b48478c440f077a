import ProbisModel

/// How one activity of the after flow took its duration from the before flow.
public struct StepMatch: Hashable, Sendable, Codable {
    /// How the steps were matched.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Same stage, same kind of work, same performer (lane role, or tier of the lane's positions).
        case stageAndRole = "tahap-dan-peran"
        /// Same stage and kind of work; the performer changed (e.g. monitoring moves from the Pengawas to
        /// the Kepala Bidang).
        case stage = "tahap"
        /// No before step matches: the scenario's default duration applies.
        case fallback = "bawaan"
    }

    /// The activity of the after flow.
    public var after: StepID
    /// The activity of the before flow it takes its duration from.
    public var before: StepID?
    /// How.
    public var kind: Kind
}

extension Reorganization {
    /// The performer of an activity as steps are matched by: a team or executor lane role, else the highest
    /// tier of the lane's positions (`administrator` for a Kepala Bidang or a Sekretaris).
    static func performer(of activity: DefaultScenario.ActivityWork, in type: OrganizationType) -> String {
        if let role = activity.laneRole, [.ketuaTim, .anggotaTim, .jfPelaksana].contains(role) { return role.rawValue }
        return activity.positions.compactMap { type.position($0)?.tier }.min()?.rawValue ?? "luar"
    }

    /// Matches every activity of the after flow to one of the before flow: first by stage, kind of work and
    /// performer (the i-th such after step takes the i-th such before step, or the last), then by stage and
    /// kind of work, else none.
    static func match(before: OrganizationType, after: OrganizationType) -> [StepMatch] {
        let old = DefaultScenario.activities(of: before), new = DefaultScenario.activities(of: after)
        var seen: [String: Int] = [:]
        return new.map { activity in
            let role = performer(of: activity, in: after)
            let exact = old.filter { $0.stage == activity.stage && $0.work == activity.work && performer(of: $0, in: before) == role }
            let signature = "\(activity.stage?.rawValue ?? "-")|\(activity.work.rawValue)|\(role)"
            let occurrence = seen[signature, default: 0]
            seen[signature] = occurrence + 1
            if !exact.isEmpty {
                return StepMatch(after: activity.step, before: exact[min(occurrence, exact.count - 1)].step, kind: .stageAndRole)
            }
            if let loose = old.first(where: { $0.stage == activity.stage && $0.work == activity.work }) {
                return StepMatch(after: activity.step, before: loose.step, kind: .stage)
            }
            return StepMatch(after: activity.step, before: nil, kind: .fallback)
        }
    }

    /// Carries a scenario of the before organization over to the after organization: the same workload,
    /// probabilities, calendar, seed and replications; each after activity's duration from the before
    /// activity it matches (``StepMatch``), never by step id; decisions matched by stage and branch
    /// meanings; the penunjukan's step and leaders and the pools moved to the after positions.
    ///
    /// - Throws: ``ReorganizationError`` when an after activity matches nothing and the scenario has no
    ///   default duration (a scenario with an ABK table needs none: steps no row names take no time), the
    ///   penunjukan's step has no counterpart, or a row of its Anjab-ABK table has no place in the after
    ///   type (``carryTable(_:matches:staffing:)``, which gives the after table and ``abkRows``).
    public mutating func carryOver(_ scenario: Scenario) throws(ReorganizationError) {
        let matches = Self.match(before: beforeType, after: afterType)
        var out = scenario
        out.settingsLocation = nil
        out.keyLocations = [:]
        let last = scenario.header.id.rawValue.split(separator: ".").last.map(String.init) ?? "bawaan"
        out.header = DocumentHeader(id: DocumentID("\(organization.header.id).\(last)"), kind: .scenario,
                                    title: "\(scenario.header.title) setelah menjadi \(afterType.header.title)", region: scenario.header.region)
        out.organization = Reference(organization.header.id)
        var entries: [StepDuration] = []
        for match in matches {
            if let before = match.before, let entry = scenario.durations.entries.first(where: { $0.step.id == before }) {
                entries.append(StepDuration(step: Reference(match.after), duration: entry.duration))
            } else if match.before == nil, scenario.durations.fallback == nil, scenario.abk == nil {
                throw ReorganizationError(.error(.reorganizeUnmatchedStep, at: scenario.durations.location ?? scenario.header.location,
                    "step '\(match.after)' of '\(afterType.header.id)' matches no step of '\(beforeType.header.id)' by stage and kind of work, and scenario '\(scenario.header.id)' gives no 'default' duration to carry over"))
            }
        }
        out.durations = DurationTable(entries, fallback: scenario.durations.fallback)
        out.branches = Self.carryBranches(scenario.branches, before: beforeType, after: afterType)
        if var penunjukan = scenario.penunjukan {
            guard let step = matches.first(where: { $0.before == penunjukan.after.id })?.after else {
                throw ReorganizationError(.error(.reorganizeUnmatchedStep, at: penunjukan.after.location ?? scenario.header.location,
                    "the penunjukan runs after step '\(penunjukan.after.id)' of '\(beforeType.header.id)', which no step of '\(afterType.header.id)' matches by stage and role"))
            }
            penunjukan.after = Reference(step)
            penunjukan.lanes = penunjukan.lanes.map { moved($0) }
            out.penunjukan = penunjukan
        }
        // The after scenario runs on the organization document, whose units hold the headcounts.
        out.headcounts = []
        let lanes = Set(afterType.flow?.lanes.map(\.id) ?? [])
        out.lanes = scenario.lanes.filter { lanes.contains($0.lane.id) }.map { moved($0) }
        out.pooled = scenario.pooled.compactMap { mapped($0.id) }.reduce(into: []) { list, id in
            if !list.contains(where: { $0.id == id }) { list.append(Reference(id)) }
        }
        out.positionCalendars = scenario.positionCalendars.compactMap { item in
            mapped(item.position.id).map { PositionCalendar(position: Reference($0), calendar: item.calendar) }
        }
        out.availability = scenario.availability.compactMap { item in
            mapped(item.position.id).map { PositionAvailability(position: Reference($0), share: item.share) }
        }
        if var abk = scenario.abk, let table = abk.loaded {
            let staffed = out
            let rows = try carryTable(table, matches: matches) { staffed.staffing(of: $0, in: afterType) }
            abk.loaded = AbkTable(file: abk.table, rows: rows.map(\.row))
            abk.location = nil
            abk.wkeLocation = nil
            abk.tableLocation = nil
            out.abk = abk
            abkRows = rows
        }
        let used = Set(matches.compactMap(\.before))
        dropped = DefaultScenario.activities(of: beforeType).map(\.step).filter { !used.contains($0) }
        self.matches = matches
        out.header.description = describe(scenario, matches: matches)
        self.scenario = out
    }

    private func moved(_ staffing: LaneStaffing) -> LaneStaffing {
        guard case let .positions(positions) = staffing.staff else { return staffing }
        var ids: [PositionID] = []
        for position in positions { if let id = mapped(position.id), !ids.contains(id) { ids.append(id) } }
        return LaneStaffing(lane: Reference(staffing.lane.id), staff: .positions(ids.map { Reference($0) }))
    }

    /// Decisions' probabilities moved to the after decision with the same stage and branch meanings.
    static func carryBranches(_ branches: [BranchProbabilities], before: OrganizationType, after: OrganizationType) -> [BranchProbabilities] {
        let old = before.flow?.steps ?? [], new = (after.flow?.steps ?? []).filter { $0.kind == .decision }
        return branches.compactMap { item in
            guard let decision = old.first(where: { $0.id == item.decision.id }) else { return nil }
            let meanings = decision.branches.map { $0.meaning?.rawValue ?? $0.label }
            guard let target = new.first(where: { $0.stage == decision.stage && $0.branches.map { $0.meaning?.rawValue ?? $0.label } == meanings }) else { return nil }
            return BranchProbabilities(decision: Reference(target.id), probabilities: item.probabilities.map {
                BranchProbability(branch: $0.branch, probability: $0.probability)
            })
        }
    }

    /// The after scenario's description: where it comes from and how its steps were matched.
    func describe(_ scenario: Scenario, matches: [StepMatch]) -> String {
        var text = "Skenario hasil probis reorganize: beban kerja, durasi, peluang, kalender dan benih sama dengan "
        text += "\(scenario.header.id), dijalankan pada \(organization.header.id) (\(afterType.header.title)). "
        let moved = matches.filter { $0.before != nil && $0.before != $0.after }
        text += "Langkah dicocokkan menurut tahap dan peran pelaku, bukan menurut id"
        text += moved.isEmpty ? ". " : ": " + moved.map { "\($0.after) dari \($0.before!)\($0.kind == .stage ? " (pelaku berubah)" : "")" }.joined(separator: ", ") + ". "
        let dropped = DefaultScenario.activities(of: beforeType).map(\.step).filter { step in !matches.contains { $0.before == step } }
        if !dropped.isEmpty { text += "Langkah yang tidak ada lagi: \(dropped.map(\.rawValue).joined(separator: ", ")). " }
        if let abk = scenario.abk {
            text += "Tabel Anjab-ABK \(abk.table) dibawa baris demi baris dengan beban kerja yang sama: jabatan diganti menurut penyetaraan, "
            text += "langkah menurut pencocokan yang sama; baris yang langkahnya tidak ada lagi hanya dihitung dalam angka ABK statis (lihat kolom keterangan). "
        }
        text += "Bandingkan dengan: probis compare \(scenario.header.id) \(organization.header.id).\(scenario.header.id.rawValue.split(separator: ".").last ?? "bawaan") --people."
        return text
    }
}
