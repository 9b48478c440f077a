extension Replication {
    /// Closes the books at the end of the run and turns the totals into a result.
    mutating func finish(at end: Int64) -> ReplicationResult {
        let window = Double(max(1, end - warmUp))
        let available = model.calendar.workingSeconds(from: warmUp, to: end)
        statistics.advanceClock(to: end)
        let arrivals = max(1, statistics.arrivals)
        resources.checkInvariants()
        countWaitingAtEnd(end)
        let middle = midpoint ?? end
        var perResource: [PositionResult] = []
        for index in resources.pools.indices {
            resources.pools[index].advanceQueueClock(to: end, windowStart: warmUp)
            let pool = resources.pools[index]
            let calendar = model.calendar(of: Int32(index))
            var busy = pool.busyWork
            for person in 0..<pool.headcount where resources.holdStart[pool.offset + person] >= 0 {
                busy += calendar.workingSeconds(from: max(resources.holdStart[pool.offset + person], warmUp), to: end)
            }
            let own = model.resourceCalendar[index] < 0 ? available : calendar.workingSeconds(from: warmUp, to: end)
            let capacity = Double(pool.headcount) * Double(own)
            let early = firstHalfQueueArea.isEmpty ? pool.queueArea : firstHalfQueueArea[index]
            perResource.append(PositionResult(
                utilization: capacity > 0 ? Double(busy) / capacity : 0,
                meanQueue: Double(pool.queueArea) / window, maxQueue: pool.maxWaiting, served: pool.served,
                meanWaitHours: pool.served + pool.waitingAtEnd > 0 ? Double(pool.waitWork) / Double(pool.served + pool.waitingAtEnd) / 3600 : nil,
                waitHoursPerCase: Double(pool.waitWork) / Double(arrivals) / 3600,
                workHoursPerCase: Double(busy) / Double(arrivals) / 3600,
                waitingAtEnd: pool.waitingAtEnd,
                meanQueueFirstHalf: Double(early) / Double(max(1, middle - warmUp)),
                meanQueueSecondHalf: Double(pool.queueArea - early) / Double(max(1, end - middle)),
                assignedMean: assignedMean(resource: index, end: end, window: window)))
        }
        let positions = Self.sumByPosition(perResource, model: model, available: available)
        let stats = statistics
        let steps = stats.stepVisits.indices.map { index in
            let visits = stats.stepVisits[index]
            return StepResult(visits: visits,
                              meanWaitHours: visits > 0 ? Double(stats.stepWait[index]) / Double(visits) / 3600 : nil,
                              meanWorkHours: visits > 0 ? Double(stats.stepWork[index]) / Double(visits) / 3600 : nil)
        }
        let units = stats.unitCompleted.indices.map { unit in
            UnitResult(completed: stats.unitCompleted[unit],
                       cycleWorkingHours: stats.unitCompleted[unit] > 0 ? Double(stats.unitWorkingSeconds[unit]) / Double(stats.unitCompleted[unit]) / 3600 : nil)
        }
        let completed = stats.completed
        let cycles = stats.cycleWorkingSeconds
        let meanSojourn = completed > 0 ? Double(stats.cycleCalendarSeconds) / Double(completed) : nil
        return ReplicationResult(
            arrivals: stats.arrivals, completed: completed,
            throughputPerYear: Double(completed) / (window / Double(model.cycleLength)),
            cycleWorkingHours: completed > 0 ? Double(cycles.reduce(0, +)) / Double(completed) / 3600 : nil,
            cycleWorkingHoursP90: completed > 0 ? Double(Self.percentile90(cycles)) / 3600 : nil,
            cycleCalendarDays: meanSojourn.map { $0 / 86_400 },
            reworkShare: completed > 0 ? Double(stats.reworked) / Double(completed) : nil,
            wipMean: Double(stats.wipArea) / window, wipMax: stats.wipMax, wipSamples: stats.samples,
            littleLambdaW: meanSojourn.map { Double(stats.arrivals) / window * $0 },
            positions: positions, resources: perResource, units: units, steps: steps)
    }

    /// Requests still waiting at the end count with the wait they have had so far, so a queue that never
    /// empties shows in the waits instead of hiding behind the requests that were lucky enough to be served.
    private mutating func countWaitingAtEnd(_ end: Int64) {
        for request in requests where request.sequence != 0 {
            let token = request.token
            guard counts(token) else { continue }
            let waited = model.calendar.workingSeconds(from: max(tokens[Int(token)].enable, warmUp), to: end)
            resources.pools[Int(request.pool)].waitWork += waited
            resources.pools[Int(request.pool)].waitingAtEnd += 1
        }
    }

    /// The time-average of the kegiatan a performer resource had in hand.
    private mutating func assignedMean(resource: Int, end: Int64, window: Double) -> Double? {
        guard model.resources[resource].performer,
              let key = model.routing.personResource.firstIndex(of: Int32(resource)) else { return nil }
        changeAssigned(Int32(key), by: 0)
        let time = max(end, warmUp)
        let area = assignedArea[key] + Int64(assigned[key]) * max(0, time - max(assignedLast[key], warmUp))
        return Double(area) / window
    }

    /// A position's figures: the sums (and, for means, the weighted means) over the resources holding it.
    static func sumByPosition(_ results: [PositionResult], model: SimulationModel, available: Int64) -> [PositionResult] {
        model.positions.indices.map { position in
            let members = results.indices.filter { model.resourcePosition[$0] == Int32(position) }
            let capacity = members.reduce(0.0) { $0 + Double(model.resources[$1].headcount) }
            let served = members.reduce(0) { $0 + results[$1].served }
            let waiting = members.reduce(0) { $0 + results[$1].waitingAtEnd }
            let waited = members.reduce(0.0) { $0 + (results[$1].meanWaitHours ?? 0) * Double(results[$1].served + results[$1].waitingAtEnd) }
            let assigned = members.compactMap { results[$0].assignedMean }
            return PositionResult(
                utilization: capacity > 0 ? members.reduce(0.0) { $0 + results[$1].utilization * Double(model.resources[$1].headcount) } / capacity : 0,
                meanQueue: members.reduce(0.0) { $0 + results[$1].meanQueue },
                maxQueue: members.map { results[$0].maxQueue }.max() ?? 0,
                served: served,
                meanWaitHours: served + waiting > 0 ? waited / Double(served + waiting) : nil,
                waitHoursPerCase: members.reduce(0.0) { $0 + results[$1].waitHoursPerCase },
                workHoursPerCase: members.reduce(0.0) { $0 + results[$1].workHoursPerCase },
                waitingAtEnd: waiting,
                meanQueueFirstHalf: members.reduce(0.0) { $0 + results[$1].meanQueueFirstHalf },
                meanQueueSecondHalf: members.reduce(0.0) { $0 + results[$1].meanQueueSecondHalf },
                assignedMean: assigned.isEmpty ? nil : assigned.reduce(0, +))
        }
    }

    /// The 90th percentile (nearest rank) by quickselect: O(n) on average, without sorting.
    static func percentile90(_ values: [Int64]) -> Int64 {
        var items = values
        let k = min(items.count - 1, Int((0.9 * Double(items.count)).rounded(.up)) - 1)
        var low = 0, high = items.count - 1
        while low < high {
            let pivot = items[(low + high) / 2]
            var i = low, j = high
            while i <= j {
                while items[i] < pivot { i += 1 }
                while items[j] > pivot { j -= 1 }
                if i <= j {
                    items.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { high = j } else if k >= i { low = i } else { break }
        }
        return items[k]
    }
}
