import ProbisModel

extension Replication {
    /// Moves a token through markers and decisions until it needs a person (or time), finishes its flow,
    /// splits into a team or parallel branches, or waits at a join for the other branches.
    ///
    /// - Parameter joined: the token is the case going on from a join whose branches all arrived.
    mutating func advance(_ token: Int32, joined: Bool = false) throws {
        var joined = joined
        while true {
            let step = Int(tokens[Int(token)].step)
            let owner = tokens[Int(token)].owner
            let compiled = model.compiled[step]
            if compiled.isJoin, !joined, tokens[Int(token)].block >= 0 {
                return try arriveAtJoin(token)
            }
            joined = false
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
            case .fork:
                return try fork(token, branches: model.forks[Int(compiled.rule)])
            case .activity:
                if compiled.isCycle && compiled.flow == .stage && owner >= 0 {
                    // Done once per cycle by the planning; the case goes straight on.
                    if !hookMechanism(token, after: Int32(step)) { tokens[Int(token)].step = compiled.next }
                    continue
                }
                if compiled.team && owner >= 0 { return try splitTeam(token, step: compiled) }
                if owner < 0, compiled.slot >= 0, model.routing.holders[Int(compiled.slot)].count > 1 {
                    return try splitPlanning(token, step: compiled)
                }
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
                                workingSeconds: model.calendar.workingSeconds(from: state.arrival, to: now), unit: Int(state.unit))
            if state.performer >= 0 { changeAssigned(state.performer, by: -1) }
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

    /// Asks for the one resource that serves the step for this token: its fixed resource, or the lane's
    /// route for the token's key (``Routing``). Takes it if free, else waits in its queue.
    mutating func request(_ token: Int32, step: CompiledStep, outside: Bool) throws {
        tokens[Int(token)].enable = now
        let fixed = tokens[Int(token)].fixed
        let pool = fixed >= 0 ? fixed : model.routing.resource(slot: step.slot, key: tokens[Int(token)].key)
        guard pool >= 0, !outside else { return grant(token, pool: -1) }
        if step.with >= 0 {
            let key = tokens[Int(token)].key
            let others = model.participantSlots[Int(step.with)].map { model.routing.resource(slot: $0, key: key) }
            // Subordinates first, superiors (listed before them, so lower indices) last: the scarcer person is
            // held least while the others are awaited. One global order, so no two steps wait for each other.
            let all = Set([pool] + others.filter { $0 >= 0 }).sorted(by: >)
            if all.count > 1 {
                tokens[Int(token)].pool = pool
                tokens[Int(token)].multi = true
                needs[Int(token)] = all
                holds[Int(token)] = []
                return acquireNext(token, rank: step.rank)
            }
        }
        if resources.pools[Int(pool)].freeCount > 0 { return grant(token, pool: pool) }
        enqueue(token, pool: pool, rank: step.rank)
    }

    /// Takes, in ascending order, the people a `with:` step holds; waits at the first who is busy; starts
    /// the work when all are held.
    mutating func acquireNext(_ token: Int32, rank: Int32) {
        while let next = needs[Int(token)].first {
            guard resources.pools[Int(next)].freeCount > 0 else { return enqueue(token, pool: next, rank: rank) }
            take(next, for: token)
        }
        needs[Int(token)] = []
        startHeld(token)
    }

    /// Holds a free person of a pool for a `with:` step.
    private mutating func take(_ pool: Int32, for token: Int32) {
        let person = resources.take(Int(pool), at: now)
        holds[Int(token)].append(Hold(pool: pool, person: person, since: now))
        needs[Int(token)].removeFirst()
    }

    /// Starts a `with:` step's work once everybody is held; waits and the log count on its own lane's person.
    private mutating func startHeld(_ token: Int32) {
        let step = model.compiled[Int(tokens[Int(token)].step)]
        let work = step.sampler >= 0 ? model.samplers[Int(step.sampler)].seconds(&durationRandom) : 0
        let main = tokens[Int(token)].pool
        let start = work > 0 ? model.nextWorkingMoment(of: main, after: now) : now
        let wait = model.calendar.workingSeconds(from: tokens[Int(token)].enable, to: start)
        tokens[Int(token)].start = start
        tokens[Int(token)].work = work
        tokens[Int(token)].wait = wait
        tokens[Int(token)].person = holds[Int(token)].first { $0.pool == main }?.person ?? 0
        if counts(token) {
            resources.pools[Int(main)].served += 1
            resources.pools[Int(main)].waitWork += wait
        }
        let end = work > 0 ? model.adding(of: main, work: work, to: now) : now
        events.schedule(.stepDone, at: end, subject: token, priority: EventKind.stepDone.priority)
    }

    /// Queues a token's request for one resource.
    private mutating func enqueue(_ token: Int32, pool: Int32, rank: Int32) {
        requestSequence += 1
        let request = Request(token: token, pool: pool, sequence: requestSequence)
        var slot: Int32
        if let reused = freeRequests.popLast() {
            requests[Int(reused)] = request
            slot = reused
        } else {
            requests.append(request)
            slot = Int32(requests.count - 1)
        }
        let index = Int(pool)
        resources.pools[index].advanceQueueClock(to: now, windowStart: warmUp)
        resources.queues[index].insert(WaitingEntry(rank: rank, sequence: requestSequence, request: slot))
        resources.pools[index].waiting += 1
        if now >= warmUp { resources.pools[index].maxWaiting = max(resources.pools[index].maxWaiting, resources.pools[index].waiting) }
    }

    /// Starts the token's work with a person of a pool (or outside the unit when `pool` is -1).
    mutating func grant(_ token: Int32, pool: Int32) {
        let step = model.compiled[Int(tokens[Int(token)].step)]
        let work = step.sampler >= 0 ? model.samplers[Int(step.sampler)].seconds(&durationRandom) : 0
        // The resource's own calendar when its position keeps other hours (kept off the common path).
        let start = work > 0 ? model.nextWorkingMoment(of: pool, after: now) : now
        let end = work > 0 ? model.adding(of: pool, work: work, to: now) : now
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
        if item.multi {
            let held = holds[Int(token)]
            holds[Int(token)] = []
            tokens[Int(token)].multi = false
            for hold in held {
                resources.pools[Int(hold.pool)].busyWork += model.workingSeconds(of: hold.pool, from: max(hold.since, warmUp), to: max(now, warmUp))
                resources.release(Int(hold.pool), hold.person)
            }
            for hold in held { serve(Int(hold.pool)) }
        } else if item.pool >= 0 {
            let pool = Int(item.pool)
            let started = max(item.start, warmUp)
            resources.pools[pool].busyWork += item.start >= warmUp ? item.work : model.workingSeconds(of: item.pool, from: started, to: now)
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
            resources.pools[pool].advanceQueueClock(to: now, windowStart: warmUp)
            resources.pools[pool].waiting -= 1
            requests[Int(entry.request)].sequence = 0
            freeRequests.append(entry.request)
            if tokens[Int(request.token)].multi, !needs[Int(request.token)].isEmpty {
                take(Int32(pool), for: request.token)
                acquireNext(request.token, rank: model.compiled[Int(tokens[Int(request.token)].step)].rank)
            } else {
                grant(request.token, pool: Int32(pool))
            }
        }
    }
}
