extension Replication {
    /// Closes the books at the end of the run and turns the totals into a result.
    mutating func finish(at end: Int64) -> ReplicationResult {
        let window = Double(max(1, end - warmUp))
        let available = model.calendar.workingSeconds(from: warmUp, to: end)
        statistics.advanceClock(to: end)
        var positions: [PositionResult] = []
        let arrivals = max(1, statistics.arrivals)
        resources.checkInvariants()
        for index in resources.pools.indices {
            resources.pools[index].advanceQueueClock(to: end, windowStart: warmUp)
            let pool = resources.pools[index]
            var busy = pool.busyWork
            for person in 0..<pool.headcount where resources.holdStart[pool.offset + person] >= 0 {
                busy += model.calendar.workingSeconds(from: max(resources.holdStart[pool.offset + person], warmUp), to: end)
            }
            let capacity = Double(pool.headcount) * Double(available)
            positions.append(PositionResult(
                utilization: capacity > 0 ? Double(busy) / capacity : 0,
                meanQueue: Double(pool.queueArea) / window, maxQueue: pool.maxWaiting, served: pool.served,
                meanWaitHours: pool.served > 0 ? Double(pool.waitWork) / Double(pool.served) / 3600 : nil,
                waitHoursPerCase: Double(pool.waitWork) / Double(arrivals) / 3600,
                workHoursPerCase: Double(busy) / Double(arrivals) / 3600))
        }
        let stats = statistics
        let steps = stats.stepVisits.indices.map { index in
            let visits = stats.stepVisits[index]
            return StepResult(visits: visits,
                              meanWaitHours: visits > 0 ? Double(stats.stepWait[index]) / Double(visits) / 3600 : nil,
                              meanWorkHours: visits > 0 ? Double(stats.stepWork[index]) / Double(visits) / 3600 : nil)
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
            positions: positions, steps: steps)
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
