extension DocumentDiff {
    static func positions(_ a: [Position], _ b: [Position]) -> [Change] {
        var out: [Change] = []
        let before = Dictionary(a.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(b.map(\.id))
        for position in b {
            guard let old = before[position.id] else {
                out.append(Change(.positionAdded, position.id.rawValue, after: "\(position.title) (\(position.tier.title), \(position.headcount) orang)"))
                continue
            }
            if old.tier != position.tier { out.append(Change(.positionConverted, position.id.rawValue, before: old.tier.title, after: position.tier.title)) }
            if old.reportsTo?.id != position.reportsTo?.id {
                out.append(Change(.reportingMoved, position.id.rawValue, before: old.reportsTo?.id.rawValue, after: position.reportsTo?.id.rawValue))
            }
            if old.assessor?.id != position.assessor?.id {
                out.append(Change(.assessorChanged, position.id.rawValue, before: old.assessor?.id.rawValue, after: position.assessor?.id.rawValue))
            }
            if old.headcount != position.headcount {
                out.append(Change(.headcountChanged, position.id.rawValue, before: String(old.headcount), after: String(position.headcount)))
            }
            if Set(old.roles) != Set(position.roles) {
                out.append(Change(.rolesChanged, position.id.rawValue, before: old.roles.map(\.rawValue).joined(separator: ", "),
                                  after: position.roles.map(\.rawValue).joined(separator: ", ")))
            }
        }
        for old in a where !after.contains(old.id) {
            out.append(Change(.positionRemoved, old.id.rawValue, before: "\(old.title) (\(old.tier.title), \(old.headcount) orang)"))
        }
        return out
    }

    static func units(_ a: Organization, _ b: Organization) -> [Change] {
        var out: [Change] = []
        let before = Dictionary(a.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(b.units.map(\.id))
        func staff(_ unit: OrganizationUnit) -> String {
            unit.positions.map { "\($0)×\(unit.headcount(of: $0))" }.joined(separator: ", ")
        }
        for unit in b.units {
            guard let old = before[unit.id] else {
                out.append(Change(.unitAdded, unit.id.rawValue, after: "\(unit.title): \(staff(unit))"))
                continue
            }
            if old.parent?.id != unit.parent?.id {
                out.append(Change(.unitMoved, unit.id.rawValue, before: old.parent?.id.rawValue, after: unit.parent?.id.rawValue))
            }
            if staff(old) != staff(unit) { out.append(Change(.unitStaffChanged, unit.id.rawValue, before: staff(old), after: staff(unit))) }
        }
        for old in a.units where !after.contains(old.id) {
            out.append(Change(.unitRemoved, old.id.rawValue, before: "\(old.title): \(staff(old))"))
        }
        return out
    }

    static func lanes(_ a: CrossFunctionalMap, _ b: CrossFunctionalMap) -> [Change] {
        let before = Set(a.lanes.map(\.id)), after = Set(b.lanes.map(\.id))
        return b.lanes.filter { !before.contains($0.id) }.map { Change(.laneAdded, $0.id.rawValue, after: $0.title) }
            + a.lanes.filter { !after.contains($0.id) }.map { Change(.laneRemoved, $0.id.rawValue, before: $0.title) }
    }

    /// Steps matched in passes: same actor, stage and wording (preferring the same id); then the same id;
    /// then the same stage and wording under another actor. A match with another id is a renumbering.
    static func steps(_ a: CrossFunctionalMap, _ b: CrossFunctionalMap) -> [Change] {
        var match: [Int: Int] = [:]   // index in B → index in A
        var taken = Set<Int>()
        func pass(_ same: (FlowStep, FlowStep) -> Bool) {
            for (j, step) in b.steps.enumerated() where match[j] == nil {
                let candidates = a.steps.indices.filter { !taken.contains($0) && same(a.steps[$0], step) }
                guard let i = candidates.first(where: { a.steps[$0].id == step.id }) ?? candidates.first else { continue }
                match[j] = i
                taken.insert(i)
            }
        }
        pass { $0.kind == $1.kind && $0.lane.id == $1.lane.id && $0.stage == $1.stage && $0.text == $1.text }
        pass { $0.id == $1.id }
        pass { $0.kind == $1.kind && $0.stage == $1.stage && $0.text == $1.text }
        var renamed: [StepID: StepID] = [:]  // A id → B id
        for (j, i) in match { renamed[a.steps[i].id] = b.steps[j].id }
        var out: [Change] = []
        for (j, step) in b.steps.enumerated() {
            guard let i = match[j] else {
                out.append(Change(.stepAdded, step.id.rawValue, after: "\(step.lane.id): \(step.text)"))
                continue
            }
            let old = a.steps[i]
            if old.id != step.id { out.append(Change(.stepRenumbered, step.id.rawValue, before: old.id.rawValue, after: step.id.rawValue)) }
            let symbol = { (s: FlowStep) in s.kind.rawValue + (s.isJoin ? " (join)" : "") }
            if symbol(old) != symbol(step) { out.append(Change(.kindChanged, step.id.rawValue, before: symbol(old), after: symbol(step))) }
            if old.lane.id != step.lane.id { out.append(Change(.actorChanged, step.id.rawValue, before: old.lane.id.rawValue, after: step.lane.id.rawValue)) }
            let partners = { (s: FlowStep) in s.participants.map(\.id.rawValue).joined(separator: ", ") }
            if partners(old) != partners(step) {
                out.append(Change(.participantsChanged, step.id.rawValue, before: partners(old), after: partners(step)))
            }
            if old.stage != step.stage {
                out.append(Change(.stageChanged, step.id.rawValue, before: old.stage?.rawValue, after: step.stage?.rawValue))
            }
            if old.text != step.text { out.append(Change(.reworded, step.id.rawValue, before: old.text, after: step.text)) }
            let artifacts = { (s: FlowStep) in
                "masuk: " + s.inputs.map(\.id.rawValue).sorted().joined(separator: ", ") + "; keluar: " + s.outputs.map(\.id.rawValue).sorted().joined(separator: ", ")
            }
            if artifacts(old) != artifacts(step) {
                out.append(Change(.artifactsChanged, step.id.rawValue, before: artifacts(old), after: artifacts(step)))
            }
            // Targets compared in B's ids; a target only in A is named with A's id.
            let oldTargets = (old.next.map(\.id) + old.branches.map(\.target.id)).map { renamed[$0]?.rawValue ?? "\($0) (dihapus)" }
            let newTargets = (step.next.map(\.id) + step.branches.map(\.target.id)).map(\.rawValue)
            if oldTargets != newTargets {
                out.append(Change(.rerouted, step.id.rawValue, before: oldTargets.joined(separator: ", "), after: newTargets.joined(separator: ", ")))
            }
        }
        for (i, old) in a.steps.enumerated() where !taken.contains(i) {
            out.append(Change(.stepRemoved, old.id.rawValue, before: "\(old.lane.id): \(old.text)"))
        }
        return out
    }
}
