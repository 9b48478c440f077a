/// Running totals of one replication, kept as the events happen.
struct RunStatistics {
    let warmUp: Int64
    /// Cases in the system now.
    var wip = 0
    /// Integral of `wip` over the observation window (case·seconds).
    var wipArea: Int64 = 0
    var wipLast: Int64 = 0
    var wipMax = 0
    var samples: [Int] = []
    /// Cases that arrived in the window.
    var arrivals = 0
    /// Of those, the ones finished.
    var completed = 0
    var reworked = 0
    var cycleWorkingSeconds: [Int64] = []
    var cycleCalendarSeconds: Int64 = 0
    var stepVisits: [Int]
    var stepWait: [Int64]
    var stepWork: [Int64]
    /// Per unit: finished kegiatan and their working seconds in the system.
    var unitCompleted: [Int]
    var unitWorkingSeconds: [Int64]

    init(steps: Int, units: Int, warmUp: Int64) {
        self.warmUp = warmUp
        unitCompleted = Array(repeating: 0, count: units)
        unitWorkingSeconds = Array(repeating: 0, count: units)
        stepVisits = Array(repeating: 0, count: steps)
        stepWait = Array(repeating: 0, count: steps)
        stepWork = Array(repeating: 0, count: steps)
    }

    /// Adds `wip`'s integral up to `time`, clipped to the window.
    mutating func advanceClock(to time: Int64) {
        let now = max(time, warmUp)
        if now > wipLast {
            wipArea += Int64(wip) * (now - max(wipLast, warmUp))
            wipLast = now
        }
    }

    mutating func caseArrived(at time: Int64, counted: Bool) {
        advanceClock(to: time)
        wip += 1
        if counted { arrivals += 1 }
        if time >= warmUp { wipMax = max(wipMax, wip) }
    }

    mutating func caseDone(arrival: Int64, at time: Int64, counted: Bool, reworked: Bool, workingSeconds: Int64, unit: Int) {
        advanceClock(to: time)
        wip -= 1
        guard counted else { return }
        completed += 1
        if reworked { self.reworked += 1 }
        cycleWorkingSeconds.append(workingSeconds)
        if unit < unitCompleted.count {
            unitCompleted[unit] += 1
            unitWorkingSeconds[unit] += workingSeconds
        }
        cycleCalendarSeconds += time - arrival
    }

    mutating func stepDone(_ step: Int, wait: Int64, work: Int64) {
        stepVisits[step] += 1
        stepWait[step] += wait
        stepWork[step] += work
    }

    mutating func sample(wip: Int) { samples.append(wip) }
}
