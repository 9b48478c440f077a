import ProbisModel

extension Replication {
    /// A cycle's arrivals under a seasonal profile, in time order: each kegiatan draws its month by the
    /// month's weight times the part of the month still ahead (so a cycle released late in January gives
    /// January only what is left of it), then a uniformly random moment of that part (working time, or
    /// calendar time with `time: kalender`).
    mutating func seasonalArrivals(_ count: Int, until end: Int64) -> [Int64] {
        let months = monthSegments(from: now, to: end)
        guard !months.isEmpty else { return [] }
        var cumulative: [Double] = []
        var running = 0.0
        for segment in months {
            running += model.seasonal[segment.month] * segment.fraction
            cumulative.append(running)
        }
        guard running > 0 else { return [] }
        var times: [Int64] = []
        times.reserveCapacity(count)
        for _ in 0..<count {
            let u = workloadRandom.uniform() * running
            let chosen = months[cumulative.firstIndex { u < $0 } ?? months.count - 1]
            let offset = Int64(workloadRandom.uniform() * Double(chosen.length))
            times.append(model.calendarArrivals ? chosen.start + offset : model.calendar.adding(work: offset, to: chosen.start))
        }
        return times.sorted()
    }

    /// The calendar months between two times, each cut to that window: where its part starts, its length
    /// (working seconds, or calendar seconds for calendar arrivals), the month (0 January) and the share of
    /// the whole month's length the part holds.
    private func monthSegments(from start: Int64, to end: Int64) -> [(start: Int64, length: Int64, month: Int, fraction: Double)] {
        let origin = model.scenario.calendar.start
        let first = model.calendar.date(at: start).date
        var year = first.year, month = first.month
        var segments: [(start: Int64, length: Int64, month: Int, fraction: Double)] = []
        while true {
            let monthStart = Int64(CalendarDate(year: year, month: month, day: 1).daysSinceEpoch - origin.daysSinceEpoch) * 86_400
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
            let monthEnd = Int64(CalendarDate(year: year, month: month, day: 1).daysSinceEpoch - origin.daysSinceEpoch) * 86_400
            let from = max(monthStart, start), to = min(monthEnd, end)
            if from < to {
                let measure = { (a: Int64, b: Int64) in model.calendarArrivals ? b - a : model.calendar.workingSeconds(from: a, to: b) }
                let whole = measure(max(monthStart, 0), monthEnd), part = measure(from, to)
                if part > 0, whole > 0 {
                    segments.append((from, part, (month + 10) % 12, Double(part) / Double(whole)))
                }
            }
            if monthEnd >= end { break }
        }
        return segments
    }
}
