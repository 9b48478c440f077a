import ProbisModel
import Yams

/// What the numbers of a distribution measure, and so which units they are written in.
enum QuantityKind {
    /// Working time: `s`, `m`, `h` (a working day depends on the calendar, so there is no `d`).
    case workTime
    /// Calendar time: `s`, `m`, `h`, `d`, `w`.
    case calendarTime
    /// Plain numbers, e.g. a team size.
    case count

    var units: Set<String> {
        switch self {
        case .workTime: ["s", "m", "h"]
        case .calendarTime: ["s", "m", "h", "d", "w"]
        case .count: []
        }
    }

    var expectation: String {
        switch self {
        case .workTime: "a duration of working time such as '45m' or '2.5h' (units s, m, h)"
        case .calendarTime: "a duration such as '2d' or '36h' (units s, m, h, d, w)"
        case .count: "a number"
        }
    }
}

extension DocumentReader {
    static let distributionNames = ["fixed"] + ProcessMapsFormat.distributions.map(\.name)

    /// A distribution: a plain value (fixed), or a mapping with one key naming the distribution, e.g.
    /// `{triangular: {min: 1h, mode: 2h, max: 4h}}`.
    func distribution(_ node: Node, what: String, kind: QuantityKind) -> DistributionSpec? {
        let location = context.location(of: node)
        if case .scalar = node {
            return quantity(node, what: what, kind: kind).map { DistributionSpec(.fixed($0), location: location) }
        }
        guard case let .mapping(mapping) = node, mapping.count == 1, let (keyNode, body) = mapping.first,
              case let .scalar(key) = keyNode else {
            context.error(.wrongType, at: node,
                "\(what) must be \(kind.expectation) or a distribution such as {triangular: {min: …, mode: …, max: …}}, found \(DecodingContext.describe(node))")
            return nil
        }
        let name = key.string
        guard Self.distributionNames.contains(name) else {
            let hint = Suggestion.closest(to: name, in: Self.distributionNames).map { "did you mean '\($0)'?" }
                ?? "expected one of: " + Self.distributionNames.joined(separator: ", ")
            context.error(.unknownValue, at: keyNode, "\(what) cannot be a '\(DecodingContext.preview(name))' distribution (\(hint))")
            return nil
        }
        if name == "fixed" {
            return quantity(body, what: "'fixed' of \(what)", kind: kind).map { DistributionSpec(.fixed($0), location: location) }
        }
        guard var element = ProcessMapsFormat.distributions.first(where: { $0.name == name })?.element else { return nil }
        if name == "exponential" {
            // Read `sd` so that it gets its own message rather than "unknown key".
            element = element.adding([FormatKey("sd", .quantity, "Not allowed: an exponential's standard deviation is its mean.")])
        }
        guard let reader = MappingReader(body, what: "\(name) \(what)", element: element, context: context) else { return nil }
        func value(_ key: String, required: Bool = true) -> Double? {
            guard let valueNode = reader.node(key) else {
                if required { reader.missing(key) }
                return nil
            }
            return quantity(valueNode, what: "'\(key)' of \(reader.what)", kind: kind)
        }
        func truncation() -> Truncation? {
            let lower = reader.has("min") ? value("min") : 0
            let upper = value("max", required: false)
            guard let lower, reader.has("max") == (upper != nil) else { return nil }
            return Truncation(lower: lower, upper: upper)
        }
        let distribution: Distribution?
        switch name {
        case "uniform":
            let (min, max) = (value("min"), value("max"))
            distribution = min.flatMap { min in max.map { .uniform(min: min, max: $0) } }
        case "triangular":
            let (min, mode, max) = (value("min"), value("mode"), value("max"))
            if let min, let mode, let max { distribution = .triangular(min: min, mode: mode, max: max) } else { distribution = nil }
        case "exponential":
            if reader.has("sd") {
                context.error(.misplacedKey, at: reader.location("sd"), "an exponential distribution has no 'sd' (its standard deviation is its mean)")
            }
            let (mean, range) = (value("mean"), truncation())
            if let mean, let range { distribution = .exponential(mean: mean, truncation: range) } else { distribution = nil }
        case "normal", "lognormal", "gamma":
            let (mean, sd, range) = (value("mean"), value("sd"), truncation())
            guard let mean, let sd, let range else { return nil }
            switch name {
            case "normal": distribution = .normal(mean: mean, sd: sd, truncation: range)
            case "lognormal": distribution = .lognormal(mean: mean, sd: sd, truncation: range)
            default: distribution = .gamma(mean: mean, sd: sd, truncation: range)
            }
        default:
            let values = (reader.list("values", required: true) ?? []).compactMap { quantity($0, what: "an item of 'values' of \(reader.what)", kind: kind) }
            let weights = (reader.list("weights") ?? []).compactMap { number($0, what: "an item of 'weights' of \(reader.what)") }
            distribution = reader.has("values") ? .empirical(values: values, weights: weights) : nil
        }
        return distribution.map { DistributionSpec($0, location: location) }
    }

    /// One number in a kind's units: seconds for times, the number itself for counts.
    func quantity(_ node: Node, what: String, kind: QuantityKind) -> Double? {
        guard case let .scalar(scalar) = node, !scalar.string.isEmpty else {
            context.error(.wrongType, at: node, "\(what) must be \(kind.expectation), found \(DecodingContext.describe(node))")
            return nil
        }
        let text = scalar.string
        if kind == .count { return number(node, what: what) }
        if let seconds = DurationText.parse(text, allowed: kind.units) { return seconds }
        var hint = ""
        if Double(text.filter { !$0.isWhitespace }) != nil {
            hint = " (write the unit, e.g. '\(text)h')"
        } else if kind == .workTime, DurationText.parse(text, allowed: ["d", "w"]) != nil {
            hint = " (step durations are working time; write hours, e.g. '17h' for two working days)"
        }
        context.error(.wrongType, at: node, "\(what) must be \(kind.expectation), found '\(DecodingContext.preview(text))'\(hint)")
        return nil
    }

    /// A plain decimal number.
    func number(_ node: Node, what: String) -> Double? {
        guard case let .scalar(scalar) = node, let value = Double(scalar.string.filter { !$0.isWhitespace }), value.isFinite else {
            context.error(.wrongType, at: node, "\(what) must be a number, found \(DecodingContext.describe(node))\(Self.percentHint(node))")
            return nil
        }
        return value
    }

    /// The entries of a mapping whose keys are ids (positions, steps, lanes), in the order written.
    func entries(_ node: Node?, what: String) -> [(key: String, keyNode: Node, value: Node)] {
        guard let node else { return [] }
        guard case let .mapping(mapping) = node else {
            context.error(.wrongType, at: node, "\(what) must be a mapping, found \(DecodingContext.describe(node))")
            return []
        }
        return mapping.compactMap { key, value in
            guard case let .scalar(scalar) = key, !scalar.string.isEmpty else {
                context.error(.wrongType, at: key, "keys of \(what) must be ids, found \(DecodingContext.describe(key))")
                return nil
            }
            return (scalar.string, key, value)
        }
    }

    /// `durations:`: step id → distribution of working time, with `default` for the rest.
    func durationTable(_ node: Node?, what: String) -> DurationTable {
        var table = DurationTable(location: node.map { context.location(of: $0) })
        for (key, keyNode, value) in entries(node, what: what) {
            if key == "default" {
                table.fallback = distribution(value, what: "default duration in \(what)", kind: .workTime)
            } else if let spec = distribution(value, what: "duration of step '\(key)'", kind: .workTime) {
                table.entries.append(StepDuration(step: Reference(StepID(key), at: context.location(of: keyNode)), duration: spec))
            }
        }
        return table
    }
}
