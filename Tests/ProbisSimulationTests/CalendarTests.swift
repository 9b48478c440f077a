import ProbisModel
@testable import ProbisSimulation
import Testing

/// Working-time arithmetic on the Indonesian government calendar.
struct CalendarTests {
    /// A calendar starting Monday 2026-01-05, government hours, no holidays unless given.
    static func calendar(holidays: [CalendarDate] = []) -> WorkingCalendar {
        WorkingCalendar(WorkCalendar(holidays: holidays, recurringHolidays: [], start: CalendarDate(year: 2026, month: 1, day: 5)), horizon: 365 * 86_400)
    }

    /// Seconds since the start of a day of the calendar at a clock time.
    static func at(day: Int, _ hour: Int, _ minute: Int = 0) -> Int64 { Int64(day * 86_400 + hour * 3600 + minute * 60) }

    @Test("10 working hours started Friday 15:00 end Monday 16:00 (1,5 h Friday + 8,5 h Monday)")
    func fridayAfternoon() {
        let calendar = Self.calendar()
        let friday = Self.at(day: 4, 15)
        #expect(calendar.timestamp(friday) == "2026-01-09T15:00:00")
        let end = calendar.adding(work: 10 * 3600, to: friday)
        #expect(calendar.timestamp(end) == "2026-01-12T16:00:00")
        #expect(calendar.workingSeconds(from: friday, to: end) == 10 * 3600)
    }

    @Test("A holiday on Monday moves the end to Tuesday 16:00")
    func holidayMonday() {
        let calendar = Self.calendar(holidays: [CalendarDate(year: 2026, month: 1, day: 12)])
        let end = calendar.adding(work: 10 * 3600, to: Self.at(day: 4, 15))
        #expect(calendar.timestamp(end) == "2026-01-13T16:00:00")
    }

    @Test("Work asked for on Saturday starts Monday 07:30; a week holds 43 working hours")
    func weekend() {
        let calendar = Self.calendar()
        #expect(calendar.timestamp(calendar.nextWorkingMoment(after: Self.at(day: 5, 10))) == "2026-01-12T07:30:00")
        #expect(calendar.workingSeconds(from: 0, to: Self.at(day: 7, 0)) == 43 * 3600)
        #expect(calendar.timestamp(calendar.adding(work: 1, to: Self.at(day: 0, 16))) == "2026-01-06T07:30:01")
        #expect(calendar.adding(work: 0, to: Self.at(day: 5, 10)) == Self.at(day: 5, 10))
    }

    @Test("Beyond the precomputed table the arithmetic walks day by day and agrees")
    func beyondTable() {
        let short = WorkingCalendar(WorkCalendar(recurringHolidays: [], start: CalendarDate(year: 2026, month: 1, day: 5)), horizon: 0)
        let long = Self.calendar()
        let start = Self.at(day: 3_650, 9)
        #expect(short.adding(work: 100 * 3600, to: start) == long.adding(work: 100 * 3600, to: start))
        #expect(short.workingSeconds(from: Self.at(day: 3_600, 0), to: Self.at(day: 3_700, 0))
            == long.workingSeconds(from: Self.at(day: 3_600, 0), to: Self.at(day: 3_700, 0)))
    }

    @Test("Civil dates: days since 1970, weekdays, recurring holidays")
    func civilDates() {
        let date = CalendarDate(year: 2026, month: 8, day: 17)
        #expect(CalendarDate(daysSinceEpoch: date.daysSinceEpoch) == date)
        #expect(date.weekday == 0)
        #expect(CalendarDate(year: 2024, month: 2, day: 29).isValid)
        #expect(!CalendarDate(year: 2026, month: 2, day: 29).isValid)
        let calendar = WorkingCalendar(WorkCalendar(start: CalendarDate(year: 2026, month: 8, day: 17)), horizon: 86_400)
        #expect(calendar.timestamp(calendar.nextWorkingMoment(after: 0)) == "2026-08-18T07:30:00")
    }
}
