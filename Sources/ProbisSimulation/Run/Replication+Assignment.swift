extension Replication {
    /// Penugasan: draws the kegiatan's unit by the units' shares and gives it to one performer of that unit
    /// by the scenario's policy; the performer keeps it for every step of the jf-pelaksana lane.
    mutating func assign(_ state: inout CaseState) {
        let routing = model.routing
        guard !routing.units.isEmpty else { return }
        var unit = 0
        if routing.units.count > 1 {
            let u = workloadRandom.uniform()
            unit = routing.cumulativeShares.firstIndex { u < $0 } ?? routing.units.count - 1
        }
        state.unit = Int32(unit)
        let candidates = routing.candidates[unit]
        guard !candidates.isEmpty else {
            state.key = routing.caseAnchor[unit]
            return
        }
        let performer: Int32
        switch model.scenario.assignment {
        case .leastAssigned:
            // Fewest in hand; among those, the one given fewest so far, so light work still spreads.
            // (Plain loop over local copies: a closure would copy the whole replication state.)
            var best = candidates[0]
            for candidate in candidates.dropFirst() {
                let (c, b) = (Int(candidate), Int(best))
                if (assigned[c], given[c]) < (assigned[b], given[b]) { best = candidate }
            }
            performer = best
        case .roundRobin:
            performer = candidates[turn[unit] % candidates.count]
            turn[unit] += 1
        case .random:
            performer = candidates[min(candidates.count - 1, Int(workloadRandom.uniform() * Double(candidates.count)))]
        }
        state.performer = performer
        state.key = performer
        given[Int(performer)] += 1
        changeAssigned(performer, by: 1)
    }

    /// Adds to a person's kegiatan in hand, keeping its time integral over the window.
    mutating func changeAssigned(_ key: Int32, by delta: Int32) {
        let index = Int(key)
        let time = max(now, warmUp)
        if time > assignedLast[index] {
            assignedArea[index] += Int64(assigned[index]) * (time - max(assignedLast[index], warmUp))
            assignedLast[index] = time
        }
        assigned[index] += delta
    }

    /// Team members for a kegiatan: other performers of its unit with the fewest kegiatan in hand, then
    /// the performer, repeated if the unit has fewer people than the team (routing keys, one per member).
    /// After an approved penunjukan lintas unit the first is the least loaded performer of another unit
    /// (-1, someone outside, when the organization has no other unit with performers).
    func teamMembers(of state: CaseState, size: Int32) -> [Int32] {
        let routing = model.routing
        guard !routing.candidates.isEmpty, state.performer >= 0 else { return Array(repeating: state.key, count: Int(size)) }
        let load = assigned
        let others = routing.candidates[Int(state.unit)].filter { $0 != state.performer }
            .sorted { (load[Int($0)], $0) < (load[Int($1)], $1) }
        let order = others + [state.performer]
        var members = (0..<Int(size)).map { order[$0 % order.count] }
        // An approved cross-unit case: one anggota is a performer of another unit, the least loaded.
        if state.helped, !members.isEmpty {
            let outsiders = routing.candidates.indices.filter { $0 != Int(state.unit) }.flatMap { routing.candidates[$0] }
            members[0] = outsiders.min { (load[Int($0)], $0) < (load[Int($1)], $1) } ?? -1
        }
        return members
    }
}
