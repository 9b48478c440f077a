extension Replication {
    /// Closes the books at the end of the run and turns the totals into a result.
    mutating func finish(at end: Int64) -> ReplicationResult {
        let window = Double(max(1, end - warmUp))
        let available = model.calendar.workingSeconds(from: warmUp, to: end)
        statistics.advanceClock(to: end)
        var positions: [PositionResult] = []
        let arrivals = max(1, statistics.arrivals)
        for index in pools.indices {
            pools[index].advanceQueueClock(to: end, windowStart: warmUp)
            var busy = pools[index].busyWork
            for person in 0..<pools[index].headcount where pools[index].holdStart[person] >= 0 {
                busy += model.calendar.workingSeconds(from: max(pools[index].holdStart[person], warmUp), to: end)
            }
            let pool = pools[index]
            let capacity = Double(pool.headcount) * Double(available)
            positions.append(PositionResult(
                utilization: capacity > 0 ? Double(busy) / capacity : 0,
                meanQueue: Double(pool.queueArea) / window, maxQueue: pool.maxWaiting, served: pool.served,
                meanWaitHours: pool.served > 0 ? Double(pool.waitWork) / Double(pool.served) / 3600 : nil,
                waitHoursPerCase: Double(pool.waitWork) / Double(arrivals) / 3600))
        }
        let stats = statistics
        let steps = stats.stepVisits.indices.map { index in
            let visits = stats.stepVisits[index]
            return StepResult(visits: visits,
                              meanWaitHours: visits > 0 ? Double(stats.stepWait[index]) / Double(visits) / 3600 : nil,
                              meanWorkHours: visits > 0 ? Double(stats.stepWork[index]) / Double(visits) / 3600 : nil)
        }
        let completed = stats.completed
        let hours = stats.cycleWorkingSeconds.map { Double($0) / 3600 }.sorted()
        let meanSojourn = completed > 0 ? Double(stats.cycleCalendarSeconds) / Double(completed) : nil
        return ReplicationResult(
            arrivals: stats.arrivals, completed: completed,
            throughputPerYear: Double(completed) / (window / Double(model.cycleLength)),
            cycleWorkingHours: completed > 0 ? hours.reduce(0, +) / Double(completed) : nil,
            cycleWorkingHoursP90: completed > 0 ? hours[min(hours.count - 1, Int((0.9 * Double(hours.count)).rounded(.up)) - 1)] : nil,
            cycleCalendarDays: meanSojourn.map { $0 / 86_400 },
            reworkShare: completed > 0 ? Double(stats.reworked) / Double(completed) : nil,
            wipMean: Double(stats.wipArea) / window, wipMax: stats.wipMax, wipSamples: stats.samples,
            littleLambdaW: meanSojourn.map { Double(stats.arrivals) / window * $0 },
            positions: positions, steps: steps)
    }
}
