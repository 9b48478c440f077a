import ProbisModel

extension Replication {
    /// Moves a token through markers and decisions until it needs a person (or time), finishes its flow,
    /// or splits into a team.
    mutating func advance(_ token: Int32) throws {
        while true {
            let step = Int(tokens[Int(token)].step)
            let owner = tokens[Int(token)].owner
            let compiled = model.compiled[step]
            if owner >= 0, compiled.kind == .activity || compiled.kind == .decision {
                cases[Int(owner)].visits += 1
                if cases[Int(owner)].visits > model.maxVisits {
                    throw SimulationError.stuck(replication: index, case: caseLabel(owner), step: model.steps[Int(compiled.info)].activity,
                        reason: "it has entered \(model.maxVisits) steps without reaching an end; a loop's way out has probability 0 or almost 0")
                }
            }
            switch compiled.kind {
            case .pass:
                guard compiled.next >= 0 else { return try finishFlow(token) }
                tokens[Int(token)].step = compiled.next
            case .end:
                return try finishFlow(token)
            case .decision:
                tokens[Int(token)].step = choose(model.rules[Int(compiled.rule)], owner: owner)
            case .activity:
                if compiled.isCycle && compiled.flow == .stage && owner >= 0 {
                    // Done once per cycle by the planning; the case goes straight on.
                    if !hookMechanism(token, after: Int32(step)) { tokens[Int(token)].step = compiled.next }
                    continue
                }
                if compiled.team && owner >= 0 { return try splitTeam(token, step: compiled) }
                return try request(token, step: compiled, outside: false)
            }
        }
    }

    /// Picks a decision's branch: by the case's assignment type, the refusal probability, or the
    /// scenario's branch probabilities.
    mutating func choose(_ rule: DecisionRule, owner: Int32) -> Int32 {
        switch rule {
        case .none:
            return -1
        case let .assignment(individual, team):
            guard owner >= 0 else { return individual }
            let kind = cases[Int(owner)].kind
            if kind == 0 || (kind == 2 && model.mechanism?.individual == true) { return individual }
            return team
        case let .approval(approve, refuse):
            if branchRandom.uniform() < (model.mechanism?.refusal ?? 0) {
                if owner >= 0 { cases[Int(owner)].refused = true }
                return refuse
            }
            return approve
        case let .probabilities(targets, cumulative, rework, refuse):
            if targets.count == 1 { return targets[0] }
            let u = branchRandom.uniform()
            var chosen = targets.count - 1
            while chosen > 0 && cumulative[chosen] == cumulative[chosen - 1] { chosen -= 1 }
            for (index, bound) in cumulative.enumerated() where u < bound {
                chosen = index
                break
            }
            if owner >= 0 {
                if rework[chosen] { cases[Int(owner)].reworks += 1 }
                if refuse[chosen] { cases[Int(owner)].refused = true }
            }
            return targets[chosen]
        }
    }

    /// The token's flow reached an end: the case is done, the cycle's planning releases its cases, or the
    /// penunjukan returns to the stage flow (or tries another unit after a refusal).
    mutating func finishFlow(_ token: Int32) throws {
        let owner = tokens[Int(token)].owner
        let flow = model.compiled[Int(tokens[Int(token)].step)].flow
        switch flow {
        case .stage:
            let state = cases[Int(owner)]
            statistics.caseDone(arrival: state.arrival, at: now, counted: state.counted, reworked: state.reworks > 0,
                                workingSeconds: model.calendar.workingSeconds(from: state.arrival, to: now))
            freeTokens.append(token)
            freeCases.append(owner)
        case .cycle:
            freeTokens.append(token)
            try release(cycle: Int(-1 - owner))
        case .mechanism:
            var state = cases[Int(owner)]
            state.attempts += 1
            if state.refused && state.attempts < (model.mechanism?.attempts ?? 1) {
                state.refused = false
                cases[Int(owner)] = state
                tokens[Int(token)].step = model.entry[2]
            } else {
                state.helped = !state.refused
                state.penunjukanDone = true
                cases[Int(owner)] = state
                tokens[Int(token)].step = state.returnStep
            }
            try advance(token)
        }
    }

    /// If the case needs a penunjukan after this step, sends its token into the mechanism.
    mutating func hookMechanism(_ token: Int32, after step: Int32) -> Bool {
        guard let mechanism = model.mechanism, mechanism.after == step else { return false }
        let owner = tokens[Int(token)].owner
        guard owner >= 0, cases[Int(owner)].kind == 2, !cases[Int(owner)].penunjukanDone else { return false }
        cases[Int(owner)].returnStep = model.compiled[Int(step)].next
        cases[Int(owner)].refused = false
        tokens[Int(token)].step = model.entry[2]
        return true
    }

    /// Anggota tim work in parallel, one token each; an approved cross-unit case has one member from outside.
    mutating func splitTeam(_ token: Int32, step: CompiledStep) throws {
        let owner = tokens[Int(token)].owner
        let size = cases[Int(owner)].teamSize
        let outsider = cases[Int(owner)].helped
        let join: Int32
        if let reused = freeJoins.popLast() {
            joins[Int(reused)] = Join(remaining: size, parent: token)
            join = reused
        } else {
            joins.append(Join(remaining: size, parent: token))
            join = Int32(joins.count - 1)
        }
        for member in 0..<size {
            let memberToken = newToken(owner: owner, step: tokens[Int(token)].step, join: join)
            try request(memberToken, step: step, outside: outsider && member == 0)
        }
    }

    /// Asks for one person of the step's lane: takes a free person of the position with the most free
    /// people (the first such position in lane order), or waits in the queue of every position of the lane.
    mutating func request(_ token: Int32, step: CompiledStep, outside: Bool) throws {
        tokens[Int(token)].enable = now
        guard step.group >= 0, !outside else { return grant(token, pool: -1) }
        if step.singlePool >= 0, resources.pools[Int(step.singlePool)].freeCount > 0 { return grant(token, pool: step.singlePool) }
        let group = model.groups[Int(step.group)]
        var best: Int32 = -1
        var mostFree = 0
        for pool in group where resources.pools[Int(pool)].freeCount > mostFree {
            best = pool
            mostFree = resources.pools[Int(pool)].freeCount
        }
        if best >= 0 { return grant(token, pool: best) }
        if group.allSatisfy({ resources.pools[Int($0)].headcount == 0 }) {
            throw SimulationError.stuck(replication: index, case: caseLabel(tokens[Int(token)].owner), step: model.steps[Int(step.info)].activity,
                                        reason: "nobody holds \(group.map { model.positions[Int($0)].id }.joined(separator: "/")), so it would wait forever")
        }
        requestSequence += 1
        let entry = WaitingEntry(rank: step.rank, sequence: requestSequence, request: 0)
        let request = Request(token: token, group: step.group, sequence: requestSequence, single: group.count == 1)
        var slot: Int32
        if let reused = freeRequests.popLast() {
            requests[Int(reused)] = request
            slot = reused
        } else {
            requests.append(request)
            slot = Int32(requests.count - 1)
        }
        for pool in group {
            resources.pools[Int(pool)].advanceQueueClock(to: now, windowStart: warmUp)
            resources.queues[Int(pool)].insert(WaitingEntry(rank: entry.rank, sequence: entry.sequence, request: slot))
            resources.pools[Int(pool)].waiting += 1
            if now >= warmUp { resources.pools[Int(pool)].maxWaiting = max(resources.pools[Int(pool)].maxWaiting, resources.pools[Int(pool)].waiting) }
        }
    }

    /// Starts the token's work with a person of a pool (or outside the unit when `pool` is -1).
    mutating func grant(_ token: Int32, pool: Int32) {
        let step = model.compiled[Int(tokens[Int(token)].step)]
        let work = step.sampler >= 0 ? model.samplers[Int(step.sampler)].seconds(&durationRandom) : 0
        let start = work > 0 ? model.calendar.nextWorkingMoment(after: now) : now
        tokens[Int(token)].start = start
        tokens[Int(token)].work = work
        tokens[Int(token)].pool = pool
        let wait = model.calendar.workingSeconds(from: tokens[Int(token)].enable, to: start)
        tokens[Int(token)].wait = wait
        if pool >= 0 {
            tokens[Int(token)].person = resources.take(Int(pool), at: start)
            if counts(token) {
                resources.pools[Int(pool)].served += 1
                resources.pools[Int(pool)].waitWork += wait
            }
        } else {
            tokens[Int(token)].person = -1
        }
        let end = work > 0 ? model.calendar.adding(work: work, to: now) : now
        events.schedule(.stepDone, at: end, subject: token, priority: EventKind.stepDone.priority)
    }

    /// A step's work is done: record it, free the person (who takes the next waiting request), and move on.
    mutating func stepDone(_ token: Int32) throws {
        let item = tokens[Int(token)]
        let step = model.compiled[Int(item.step)]
        if counts(token) {
            statistics.stepDone(Int(step.info), wait: item.wait, work: item.work)
        }
        if log != nil {
            let owner = logOwner(item.owner)
            log?.append(EventRecord(owner: owner, step: step.info, pool: item.pool, person: item.person,
                                    enable: item.enable, start: item.start, end: now))
        }
        if item.pool >= 0 {
            let pool = Int(item.pool)
            let started = max(item.start, warmUp)
            resources.pools[pool].busyWork += item.start >= warmUp ? item.work : model.calendar.workingSeconds(from: started, to: now)
            resources.release(pool, item.person)
            serve(pool)
        }
        if item.join >= 0 {
            freeTokens.append(token)
            joins[Int(item.join)].remaining -= 1
            guard joins[Int(item.join)].remaining == 0 else { return }
            let parent = joins[Int(item.join)].parent
            freeJoins.append(item.join)
            return try leave(parent)
        }
        if step.sendsLetter, let delay = model.letterDelay {
            let transit = delay.seconds(&letterRandom)
            if transit > 0 {
                events.schedule(.letterArrived, at: now + transit, subject: token, priority: EventKind.letterArrived.priority)
                return
            }
        }
        try leave(token)
    }

    /// The token leaves its step: into the penunjukan if the case needs one here, else to the next step.
    mutating func leave(_ token: Int32) throws {
        let step = tokens[Int(token)].step
        if !hookMechanism(token, after: step) { tokens[Int(token)].step = model.compiled[Int(step)].next }
        try advance(token)
    }

    /// Gives freed people of a pool to the best waiting requests.
    mutating func serve(_ pool: Int) {
        while resources.pools[pool].freeCount > 0, let entry = resources.queues[pool].popMin() {
            let request = requests[Int(entry.request)]
            guard request.sequence == entry.sequence else { continue }
            if request.single {
                resources.pools[pool].advanceQueueClock(to: now, windowStart: warmUp)
                resources.pools[pool].waiting -= 1
            } else {
                for member in model.groups[Int(request.group)] {
                    resources.pools[Int(member)].advanceQueueClock(to: now, windowStart: warmUp)
                    resources.pools[Int(member)].waiting -= 1
                }
            }
            requests[Int(entry.request)].sequence = 0
            freeRequests.append(entry.request)
            grant(request.token, pool: Int32(pool))
        }
    }
}
