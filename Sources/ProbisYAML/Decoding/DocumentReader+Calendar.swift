import Foundation
import ProbisModel
import Yams

extension DocumentReader {
    /// `calendar:`: `start`, `hours` (per weekday, or `24/7`), `holidays`, `recurring-holidays`.
    func calendar(_ node: Node, owner: String) -> WorkCalendar? {
        guard let reader = MappingReader(node, what: "'calendar' of \(owner)", element: ProcessMapsFormat.calendar, context: context) else { return nil }
        var calendar = WorkCalendar(location: reader.location)
        if let start = reader.node("start").flatMap({ date($0, what: "'start' of the calendar") }) { calendar.start = start }
        if let hours = reader.node("hours") { calendar.week = week(hours) ?? calendar.week }
        if let items = reader.list("holidays") { calendar.holidays = items.compactMap { date($0, what: "a holiday") } }
        if let items = reader.list("recurring-holidays") { calendar.recurringHolidays = items.compactMap(monthDay) }
        return calendar
    }

    private func week(_ node: Node) -> [[WorkingPeriod]]? {
        if case let .scalar(scalar) = node {
            if scalar.string == "24/7" { return WorkCalendar.roundTheClock }
            context.error(.unknownValue, at: node, "'hours' cannot be '\(DecodingContext.preview(scalar.string))' (expected '24/7' or working periods per day, e.g. senin: 07:30-16:00)")
            return nil
        }
        guard let reader = MappingReader(node, what: "'hours' of the calendar", element: ProcessMapsFormat.hours, context: context) else { return nil }
        return ProcessMapsFormat.weekdays.map { day in
            guard let value = reader.node(day) else { return [] }
            let items: [Node]
            switch value {
            case let .sequence(sequence): items = Array(sequence)
            case let .scalar(scalar) where scalar.string == "libur": items = []
            default: items = [value]
            }
            return items.compactMap { period($0, day: day) }
        }
    }

    /// `07:30-16:00`.
    private func period(_ node: Node, day: String) -> WorkingPeriod? {
        let text = node.scalar?.string ?? ""
        let parts = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let start = Self.clock(parts[0]), let end = Self.clock(parts[1]) else {
            context.error(.wrongType, at: node, "working hours of \(day) must look like '07:30-16:00' or be 'libur', found \(DecodingContext.describe(node))")
            return nil
        }
        return WorkingPeriod(start: start, end: end)
    }

    /// Seconds since midnight of `HH:MM` (24:00 allowed).
    private static func clock(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0...24).contains(hours), (0...59).contains(minutes), hours < 24 || minutes == 0 else { return nil }
        return hours * 3600 + minutes * 60
    }

    /// `2026-08-17`.
    func date(_ node: Node, what: String) -> CalendarDate? {
        let text = node.scalar?.string ?? ""
        let parts = text.split(separator: "-").map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2], text.count == 10 else {
            context.error(.wrongType, at: node, "\(what) must be a date such as '2026-08-17', found \(DecodingContext.describe(node))")
            return nil
        }
        let date = CalendarDate(year: year, month: month, day: day)
        guard date.isValid else {
            context.error(.outOfRange, at: node, "\(what) '\(text)' is not a day of the calendar")
            return nil
        }
        return date
    }

    /// `08-17`.
    private func monthDay(_ node: Node) -> MonthDay? {
        let text = node.scalar?.string ?? ""
        let parts = text.split(separator: "-").map { Int($0) }
        guard parts.count == 2, let month = parts[0], let day = parts[1], text.count == 5,
              CalendarDate(year: 2000, month: month, day: day).isValid else {
            context.error(.wrongType, at: node, "a recurring holiday must be a day of the year such as '08-17', found \(DecodingContext.describe(node))")
            return nil
        }
        return MonthDay(month: month, day: day)
    }
}
