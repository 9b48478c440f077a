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
        // `1e16h` written in a scenario is echoed as `1e+16h`, not `3.6e+19s`.
        var best = "\(seconds)s"
        for (suffix, size) in units where allowed.contains(suffix) && size > 1 && seconds.isFinite {
            let candidate = "\(seconds / size)\(suffix)"
            if candidate.count < best.count { best = candidate }
        }
        return best
    }

    /// Parses `2.5h`-style text into seconds, accepting only the given units; `nil` if it is not one.
    public static func parse(_ text: String, allowed: Set<String>) -> Double? {
        let trimmed = text.filter { !$0.isWhitespace }
        guard let unit = units.first(where: { trimmed.hasSuffix($0.suffix) }), allowed.contains(unit.suffix) else { return nil }
        guard let number = Double(trimmed.dropLast(unit.suffix.count)), number.isFinite else { return nil }
        return number * unit.seconds
    }
}
