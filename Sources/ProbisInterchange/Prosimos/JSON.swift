import ProbisModel

/// A JSON value with decimal numbers (``JSONValue`` has integers only), written with sorted keys and shortest round-trip numbers, so equal values give equal bytes.
indirect enum JSON: Hashable, Sendable {
    case string(String)
    case number(Double)
    case array([JSON])
    case object([String: JSON])

    /// The JSON text, pretty-printed with two-space indentation from `indent` levels.
    func text(indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent), inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case let .string(value): return JSONValue.quote(value)
        case let .number(value):
            if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
            return String(value)
        case let .array(items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.text(indent: indent + 1) }.joined(separator: ",\n") + "\n" + pad + "]"
        case let .object(members):
            if members.isEmpty { return "{}" }
            let lines = members.keys.sorted().map { inner + JSONValue.quote($0) + ": " + members[$0]!.text(indent: indent + 1) }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + pad + "}"
        }
    }
}
