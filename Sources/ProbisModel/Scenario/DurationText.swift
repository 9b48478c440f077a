/// Durations as scenarios write them: a number with a unit, `90s`, `30m`, `2.5h`, `3d`, `1w`, `1y`.
public enum DurationText {
    /// Seconds per unit: `s`, `m` (minute), `h`, `d` (24 hours), `w` (7 days), `y` (365 days).
    public static let units: [(suffix: String, seconds: Double)] = [
        ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400), ("w", 604_800), ("y", 31_536_000),
    ]

    /// The shortest exact text for a number of seconds, in the largest unit among `allowed` that divides it,
    /// e.g. `5400` → `90m`, `7200` → `2h`.
    public static func format(_ seconds: Double, allowed: Set<String> = ["s", "m", "h"]) -> String {
        for (suffix, size) in units.reversed() where allowed.contains(suffix) && size > 1 {
            let count = seconds / size
            if seconds != 0, count == count.rounded(), abs(count) < 1e12 { return "\(Int(count))\(suffix)" }
        }
        if seconds == seconds.rounded(), abs(seconds) < 1e15 { return "\(Int(seconds))s" }
        // Too large (or too fine) for whole units: the allowed unit in which the number is shortest, so that
        // `1e16h` written in a scenario is echoed as `1e16h`, not `3.6e19s`.
        var best = "\(seconds)s"
        for (suffix, size) in units.reversed() where allowed.contains(suffix) && size > 1 && seconds.isFinite {
            let candidate = plain(seconds / size) + suffix
            if candidate.count < best.count { best = candidate }
        }
        return best
    }

    /// A number as a person writes it: whole numbers without `.0` and with an exponent for trailing zeros
    /// (`1e15`, `3.6e18`), others as Swift prints them (`1e+300`).
    private static func plain(_ value: Double) -> String {
        guard value == value.rounded(), abs(value) < 1e18 else { return String(value) }
        let digits = String(Int64(abs(value)))
        let significant = String(digits.reversed().drop { $0 == "0" }.reversed())
        guard digits.count - significant.count >= 3 else { return String(Int64(value)) }
        let tail = significant.dropFirst()
        return (value < 0 ? "-" : "") + String(significant.prefix(1)) + (tail.isEmpty ? "" : "." + tail) + "e\(digits.count - 1)"
    }

    /// Parses `2.5h`-style text into seconds, accepting only the given units; `nil` if it is not one.
    public static func parse(_ text: String, allowed: Set<String>) -> Double? {
        let trimmed = text.filter { !$0.isWhitespace }
        guard let unit = units.first(where: { trimmed.hasSuffix($0.suffix) }), allowed.contains(unit.suffix) else { return nil }
        guard let number = Double(trimmed.dropLast(unit.suffix.count)), number.isFinite else { return nil }
        return number * unit.seconds
    }
}
