/// A span of working time within one day, in seconds since midnight: `[start, end)`.
public struct WorkingPeriod: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Seconds since midnight when work begins (0–86,400).
    public var start: Int
    /// Seconds since midnight when work stops; greater than `start`, at most 86,400.
    public var end: Int

    /// Creates a period.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Creates a period from hours and minutes, e.g. `(7, 30)`–`(16, 0)`.
    public init(from: (hour: Int, minute: Int), to: (hour: Int, minute: Int)) {
        self.init(start: from.hour * 3600 + from.minute * 60, end: to.hour * 3600 + to.minute * 60)
    }

    /// Length in seconds.
    public var length: Int { end - start }

    /// `07:30-16:00`.
    public var description: String {
        func clock(_ seconds: Int) -> String {
            let hours = seconds / 3600, minutes = seconds % 3600 / 60
            return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
        }
        return "\(clock(start))-\(clock(end))"
    }
}

/// When people work: periods per weekday, holidays, and the date the simulation starts.
///
/// Time in the simulator counts seconds from `start` at 00:00. Work (step durations, inter-arrival
/// times) advances only inside working periods; calendar delays (letters in transit) do not pause.
public struct WorkCalendar: Hashable, Sendable, Codable {
    /// Working periods for each weekday, Monday first (7 entries), each sorted and not overlapping.
    public var week: [[WorkingPeriod]]
    /// Dates on which nobody works.
    public var holidays: [CalendarDate]
    /// Days off every year, e.g. 08-17.
    public var recurringHolidays: [MonthDay]
    /// The first day of the simulation; time 0 is its midnight. The performance cycle (a year of 365
    /// days) starts here too.
    public var start: CalendarDate
    /// Where the calendar was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a calendar.
    public init(
        week: [[WorkingPeriod]] = WorkCalendar.governmentHours, holidays: [CalendarDate] = [],
        recurringHolidays: [MonthDay] = WorkCalendar.nationalFixedHolidays,
        start: CalendarDate = CalendarDate(year: 2026, month: 1, day: 1), location: SourceLocation? = nil
    ) {
        self.week = week
        self.holidays = holidays
        self.recurringHolidays = recurringHolidays
        self.start = start
        self.location = location
    }

    /// Indonesian government working hours (Perpres 21/2023 as applied by the regions): Monday–Thursday
    /// 07:30–16:00, Friday 07:30–16:30, no work on Saturday and Sunday.
    public static let governmentHours: [[WorkingPeriod]] = {
        let weekday = [WorkingPeriod(from: (7, 30), to: (16, 0))]
        return [weekday, weekday, weekday, weekday, [WorkingPeriod(from: (7, 30), to: (16, 30))], [], []]
    }()

    /// Every hour of every day.
    public static let roundTheClock: [[WorkingPeriod]] = Array(repeating: [WorkingPeriod(start: 0, end: 86_400)], count: 7)

    /// National holidays on the same date every year: Tahun Baru Masehi (01-01), Hari Buruh (05-01),
    /// Hari Lahir Pancasila (06-01), Hari Kemerdekaan (08-17) and Hari Natal (12-25). Holidays that follow
    /// the lunar calendars (Idul Fitri, Nyepi, Waisak …) move every year and are listed per scenario.
    public static let nationalFixedHolidays: [MonthDay] = [
        MonthDay(month: 1, day: 1), MonthDay(month: 5, day: 1), MonthDay(month: 6, day: 1),
        MonthDay(month: 8, day: 17), MonthDay(month: 12, day: 25),
    ]

    /// A calendar with no pauses: every second is working time (the 24/7 of textbook queueing models).
    public static func alwaysOpen(start: CalendarDate = CalendarDate(year: 2026, month: 1, day: 1)) -> WorkCalendar {
        WorkCalendar(week: roundTheClock, holidays: [], recurringHolidays: [], start: start)
    }

    /// Whether every second is working time.
    public var isAlwaysOpen: Bool { week == Self.roundTheClock && holidays.isEmpty && recurringHolidays.isEmpty }

    /// Working seconds in a week without holidays.
    public var secondsPerWeek: Int { week.joined().reduce(0) { $0 + $1.length } }

    /// Whether nobody works on a date.
    public func isHoliday(_ date: CalendarDate) -> Bool {
        holidays.contains(date) || recurringHolidays.contains(MonthDay(month: date.month, day: date.day))
    }

    /// Every impossible setting, one phrase each: a week without working time, periods that overlap or
    /// run backwards, dates that do not exist.
    public func problems() -> [String] {
        var out: [String] = []
        let names = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"]
        if week.count != 7 { out.append("the week must have 7 days, found \(week.count)") }
        for (day, periods) in week.prefix(7).enumerated() {
            var previousEnd = 0
            for period in periods {
                if !(0...86_400).contains(period.start) || !(0...86_400).contains(period.end) || period.start >= period.end {
                    out.append("\(names[day]) has the period \(period), which does not run forward within one day")
                } else if period.start < previousEnd {
                    out.append("\(names[day]) has periods that overlap or are out of order at \(period)")
                }
                previousEnd = max(previousEnd, period.end)
            }
        }
        if week.count == 7, secondsPerWeek == 0 { out.append("the week has no working time, so no work could ever finish") }
        for date in holidays + [start] where !date.isValid { out.append("the date \(date) does not exist") }
        for day in recurringHolidays where !CalendarDate(year: 2000, month: day.month, day: day.day).isValid {
            out.append("the recurring holiday \(day) does not exist")
        }
        return out
    }
}
