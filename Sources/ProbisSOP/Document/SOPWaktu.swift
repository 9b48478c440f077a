import ProbisModel

/// Waktu as SOPs write it: "15 menit", "1,5 jam", "3 hari kerja".
public enum SOPWaktu {
    /// Working seconds in a working day of a calendar: the mean over the weekdays that have working periods.
    public static func workingDay(of calendar: WorkCalendar) -> Double {
        let days = calendar.week.filter { !$0.isEmpty }
        guard !days.isEmpty else { return 8 * 3600 }
        let total = days.reduce(0) { $0 + $1.reduce(0) { $0 + $1.length } }
        return Double(total) / Double(days.count)
    }

    /// A duration in working seconds as SOP text: minutes below an hour (to 5 minutes), hours below a working
    /// day (to half an hour), otherwise working days (to half a day). Decimal commas, as Indonesian writes.
    public static func text(seconds: Double, workingDay: Double) -> String {
        guard seconds.isFinite, seconds > 0 else { return "-" }
        if seconds < 3600 {
            return "\(max(5, Int((seconds / 300).rounded()) * 5)) menit"
        }
        if seconds < workingDay {
            return "\(half(seconds / 3600)) jam"
        }
        return "\(half(seconds / workingDay)) hari kerja"
    }

    /// A number rounded to a half, with a decimal comma: 1.5 → "1,5", 2.0 → "2".
    static func half(_ value: Double) -> String {
        let halves = Int((value * 2).rounded())
        return halves % 2 == 0 ? "\(halves / 2)" : "\(halves / 2),5"
    }
}

/// Dates as Indonesian documents print them: "15 Januari 2026".
public enum SOPTanggal {
    /// The month names, January first.
    public static let bulan = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                               "September", "Oktober", "November", "Desember"]

    /// The date as printed, or "-" when absent.
    public static func text(_ date: CalendarDate?) -> String {
        guard let date, (1...12).contains(date.month) else { return "-" }
        return "\(date.day) \(bulan[date.month - 1]) \(date.year)"
    }
}
