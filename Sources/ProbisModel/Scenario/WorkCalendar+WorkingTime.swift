extension WorkCalendar {
    /// Working seconds in the days from ``start`` on: each day's working periods, unless it is a holiday.
    ///
    /// - Parameter days: the number of days, e.g. 365 for a performance cycle.
    /// - Complexity: O(days · holidays).
    public func workingSeconds(days: Int) -> Int {
        (0..<max(0, days)).reduce(0) { total, offset in
            let date = start.adding(days: offset)
            guard !isHoliday(date), week.indices.contains(date.weekday) else { return total }
            return total + week[date.weekday].reduce(0) { $0 + $1.length }
        }
    }
}
