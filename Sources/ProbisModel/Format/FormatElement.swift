/// What a key of the ProcessMaps format holds.
///
/// The format is described once, as data (``ProcessMapsFormat``): the YAML reader takes each element's
/// allowed and required keys from it, the writer its key order, and `probis schema` the JSON Schema and
/// the reference tables of the format documentation.
public indirect enum FormatValue: Hashable, Sendable {
    /// Non-empty text.
    case text
    /// An id: letters, digits, `-`, `_` and `.`.
    case identifier
    /// One id, or a list of ids.
    case identifiers
    /// One text, or a list of texts.
    case texts
    /// A whole number from `min`, up to `max` when given.
    case wholeNumber(min: Int, max: Int?)
    /// A decimal number.
    case number
    /// `true` or `false` (also `ya`/`tidak`, `yes`/`no`).
    case boolean
    /// One of these words.
    case oneOf([String])
    /// Text matching a regular expression (ECMA-262, as JSON Schema reads it); `example` shows its form.
    case pattern(String, example: String)
    /// This exact word.
    case constant(String)
    /// A nested mapping, described by the element of this name in ``ProcessMapsFormat/elements``.
    case element(String)
    /// A list of values.
    case list(FormatValue)
    /// A mapping whose keys are ids (of steps, positions, lanes …) and whose values are of one form.
    case idMap(FormatValue)
    /// Any one of several forms.
    case choice([FormatValue])
    /// A number with one of these units, e.g. `45m` (units `s`, `m`, `h`, `d`, `w`, `y`).
    case duration(units: [String])
    /// A value in the units of the distribution it is a parameter of (`2h` for times, `3` for counts).
    case quantity
    /// A sampled quantity: a plain value (fixed) or `{name: {parameters}}` of one of the distributions,
    /// in these units (none: plain numbers).
    case distribution(units: [String])
}

/// One key of an element of the format.
public struct FormatKey: Hashable, Sendable {
    /// The key as written, e.g. `reports-to`.
    public let name: String
    /// Whether every element must have it. (Some keys are required only in some cases, e.g. `branches`
    /// of a decision; ``summary`` says so and the reader checks them.)
    public let isRequired: Bool
    /// What it holds.
    public let value: FormatValue
    /// One English sentence for the reference and the editor's hover text.
    public let summary: String

    /// Creates a key.
    public init(_ name: String, _ value: FormatValue, required: Bool = false, _ summary: String) {
        self.name = name
        self.isRequired = required
        self.value = value
        self.summary = summary
    }
}

/// A mapping of the format: a document kind or a nested element, with its keys in their written order.
public struct FormatElement: Hashable, Sendable {
    /// The element's name in the reference and the schema, e.g. `position`.
    public let name: String
    /// What it is, in one English sentence.
    public let summary: String
    /// Its keys, in the order the writer writes them.
    public let keys: [FormatKey]

    /// Creates an element.
    public init(_ name: String, _ summary: String, keys: [FormatKey]) {
        self.name = name
        self.summary = summary
        self.keys = keys
    }

    /// The names of its keys, in order.
    public var keyNames: [String] { keys.map(\.name) }

    /// The key of this name, if the element has it.
    public func key(_ name: String) -> FormatKey? { keys.first { $0.name == name } }

    /// Whether the element requires the key.
    public func requires(_ name: String) -> Bool { key(name)?.isRequired ?? false }

    /// The element with more keys after its own.
    public func adding(_ more: [FormatKey]) -> FormatElement {
        FormatElement(name, summary, keys: keys + more)
    }

    /// The position of a key in the written order (unknown keys last).
    public func order(of name: String) -> Int { keys.firstIndex { $0.name == name } ?? keys.count }
}
