import ProbisModel

/// Working-time arithmetic on a ``WorkCalendar``: time is seconds since the start date's midnight; work
/// advances only inside working periods.
///
/// A table of working seconds before each day makes ``workingSeconds(from:to:)`` O(1) and
/// ``adding(work:to:)`` O(log days) within the table's range (10 years past the horizon); beyond it the
/// arithmetic walks day by day.
public struct WorkingCalendar: Sendable {
    /// The calendar compiled.
    public let calendar: WorkCalendar
    /// Whether every second is working time (the fast path of textbook models).
    public let isAlwaysOpen: Bool
    private let week: [[WorkingPeriod]]
    private let startWeekday: Int
    private let startDay: Int
    private let holidayDays: Set<Int>
    /// `before[d]`: working seconds in days 0..<d.
    private let before: [Int64]
    /// Day `d`'s working periods are `starts[first[d]..<first[d + 1]]` / `ends[…]`, for days in the table.
    private let first: [Int32]
    private let starts: [Int32]
    private let ends: [Int32]

    /// Compiles a calendar for runs of up to `horizon` seconds (plus a margin of ten years).
    public init(_ calendar: WorkCalendar, horizon: Int64?) {
        self.calendar = calendar
        isAlwaysOpen = calendar.isAlwaysOpen
        week = calendar.week
        startDay = calendar.start.daysSinceEpoch
        startWeekday = calendar.start.weekday
        var holidays: Set<Int> = []
        let firstYear = calendar.start.year
        for date in calendar.holidays { holidays.insert(date.daysSinceEpoch - startDay) }
        for year in (firstYear - 1)...(firstYear + 200) {
            for day in calendar.recurringHolidays where CalendarDate(year: year, month: day.month, day: day.day).isValid {
                holidays.insert(CalendarDate(year: year, month: day.month, day: day.day).daysSinceEpoch - startDay)
            }
        }
        holidayDays = holidays
        let days = isAlwaysOpen ? 0 : Int(min(max(0, horizon ?? 0), Sampler.maximumSeconds) / 86_400) + 3_660
        var table = [Int64](repeating: 0, count: days + 1)
        var first = [Int32](repeating: 0, count: days + 1)
        var starts: [Int32] = [], ends: [Int32] = []
        for day in 0..<days {
            let periods = Self.periods(day: day, week: week, startWeekday: startWeekday, holidays: holidays)
            table[day + 1] = table[day] + Int64(periods.reduce(0) { $0 + $1.length })
            starts += periods.map { Int32($0.start) }
            ends += periods.map { Int32($0.end) }
            first[day + 1] = Int32(starts.count)
        }
        before = table
        self.first = first
        self.starts = starts
        self.ends = ends
    }

    /// The indices of a day's periods in the flat table, or `nil` outside it.
    @inline(__always)
    private func tableRange(day: Int) -> Range<Int>? {
        day >= 0 && day < first.count - 1 ? Int(first[day])..<Int(first[day + 1]) : nil
    }

    private static func periods(day: Int, week: [[WorkingPeriod]], startWeekday: Int, holidays: Set<Int>) -> [WorkingPeriod] {
        holidays.contains(day) ? [] : week[((startWeekday + day) % 7 + 7) % 7]
    }

    /// The working periods of a day (0 = the start date).
    @inline(__always)
    func periods(day: Int) -> [WorkingPeriod] {
        Self.periods(day: day, week: week, startWeekday: startWeekday, holidays: holidayDays)
    }

    /// Working seconds from time 0 to `time`.
    public func workingTime(at time: Int64) -> Int64 {
        if isAlwaysOpen { return time }
        let (day, second) = Self.split(time)
        if let range = tableRange(day: day) {
            var total = before[day]
            for index in range where Int(starts[index]) < second {
                total += Int64(min(second, Int(ends[index])) - Int(starts[index]))
            }
            return total
        }
        var total: Int64
        if day < before.count - 1 && day >= 0 {
            total = before[day]
        } else {
            total = day < 0 ? 0 : before[before.count - 1]
            for d in max(0, before.count - 1)..<max(0, day) { total += Int64(periods(day: d).reduce(0) { $0 + $1.length }) }
        }
        guard day >= 0 else { return 0 }
        for period in periods(day: day) where period.start < second {
            total += Int64(min(second, period.end) - period.start)
        }
        return total
    }

    /// Working seconds between two times (0 when `end` is not after `start`).
    public func workingSeconds(from start: Int64, to end: Int64) -> Int64 {
        end <= start ? 0 : workingTime(at: end) - workingTime(at: start)
    }

    /// The time at which `work` seconds of work started at `time` are done: work pauses outside working
    /// periods, and work that fills a period exactly ends at the period's end (16:00, not 07:30 the next
    /// working day).
    public func adding(work: Int64, to time: Int64) -> Int64 {
        if isAlwaysOpen || work <= 0 { return time + max(0, work) }
        let target = workingTime(at: time) + work
        let (startDay, _) = Self.split(time)
        var day = max(0, startDay)
        if target <= before[before.count - 1] {
            // The first day whose end has reached the target: gallop from the start day, then bisect.
            var low = day, high = day, step = 1
            while high < before.count - 2 && before[high + 1] < target {
                low = high + 1
                high = min(before.count - 2, high + step)
                step *= 2
            }
            while low < high {
                let mid = (low + high) / 2
                if before[mid + 1] >= target { high = mid } else { low = mid + 1 }
            }
            day = low
            var remaining = target - before[day]
            for index in tableRange(day: day) ?? 0..<0 {
                let length = Int64(ends[index] - starts[index])
                if remaining <= length { return Int64(day) * 86_400 + Int64(starts[index]) + remaining }
                remaining -= length
            }
        }
        // Beyond the table: walk day by day from where the table ends.
        var remaining = target - workingTime(at: Int64(day) * 86_400)
        // A calendar has working time every week (validated), so this ends; the cap guards against hangs.
        for _ in 0..<1_000_000 {
            for period in periods(day: day) {
                if remaining <= Int64(period.length) { return Int64(day) * 86_400 + Int64(period.start) + remaining }
                remaining -= Int64(period.length)
            }
            day += 1
        }
        return time + work
    }

    /// The first working moment at or after `time`.
    public func nextWorkingMoment(after time: Int64) -> Int64 {
        if isAlwaysOpen { return time }
        var (day, second) = Self.split(time)
        while let range = tableRange(day: day) {
            for index in range where Int(ends[index]) > second {
                return Int64(day) * 86_400 + Int64(max(second, Int(starts[index])))
            }
            day += 1
            second = 0
        }
        for _ in 0..<1_000_000 {
            for period in periods(day: day) where period.end > second {
                return Int64(day) * 86_400 + Int64(max(second, period.start))
            }
            day += 1
            second = 0
        }
        return time
    }

    /// The calendar date and seconds since midnight of a time.
    public func date(at time: Int64) -> (date: CalendarDate, second: Int) {
        let (day, second) = Self.split(time)
        return (CalendarDate(daysSinceEpoch: startDay + day), second)
    }

    /// `2026-01-05T07:30:00` for a time.
    public func timestamp(_ time: Int64) -> String {
        let (date, second) = self.date(at: time)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(date)T\(two(second / 3600)):\(two(second % 3600 / 60)):\(two(second % 60))"
    }

    @inline(__always)
    private static func split(_ time: Int64) -> (day: Int, second: Int) {
        let day = time >= 0 ? time / 86_400 : (time - 86_399) / 86_400
        return (Int(day), Int(time - day * 86_400))
    }
}
