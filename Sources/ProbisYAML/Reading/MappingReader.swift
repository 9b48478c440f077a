import Foundation
import ProbisModel
import Yams

/// Reads one YAML mapping as a typed record: every value is checked for its type, every missing required
/// key and every unknown key is reported at its line and column, and decoding goes on after an error so
/// that one run reports everything wrong in a file.
struct MappingReader {
    /// Where diagnostics go.
    let context: DecodingContext
    /// What the mapping is, for messages: "position", "step 'kirim-surat'".
    var what: String
    /// Where the mapping starts.
    let location: SourceLocation
    /// The element of the format the mapping is: its allowed and required keys.
    let element: FormatElement
    private var entries: [String: (key: Node, value: Node)] = [:]
    /// Keys suggested for misspelt ones: their absence is the same mistake, not a second one.
    private var suggested: Set<String> = []

    /// Reads a node that must be a mapping of the format's `element`.
    ///
    /// Reports a located error and returns `nil` if the node is not a mapping; reports each unknown key
    /// (with the closest allowed key as a suggestion) and ignores it.
    init?(_ node: Node, what: String, element: FormatElement, context: DecodingContext) {
        self.context = context
        self.what = what
        self.element = element
        self.location = context.location(of: node)
        let keys = element.keyNames
        guard case let .mapping(mapping) = node else {
            context.error(.wrongType, at: node, "\(what) must be a mapping of keys to values, found \(DecodingContext.describe(node))")
            return nil
        }
        // Name the element by its id (or code, or label) in every message, including unknown keys.
        for nameKey in ["id", "code", "label"] where keys.contains(nameKey) {
            if case let .scalar(name)? = Self.value(of: nameKey, in: mapping), !name.string.isEmpty, name.string.count <= 80 {
                self.what = "\(what) '\(name.string)'"
                break
            }
        }
        for (key, value) in mapping {
            guard case let .scalar(scalar) = key else {
                context.error(.wrongType, at: key, "keys of \(self.what) must be plain words, found \(DecodingContext.describe(key))")
                continue
            }
            guard keys.contains(scalar.string) else {
                // By spelling first, else by meaning when the key is an Indonesian word for one of the keys.
                let suggestion = Suggestion.closest(to: scalar.string, in: keys) ?? ProcessMapsFormat.key(forIndonesian: scalar.string, in: keys)
                if let suggestion { suggested.insert(suggestion) }
                let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
                context.error(.unknownKey, at: key,
                    "unknown key '\(DecodingContext.preview(scalar.string))' in \(self.what)\(hint)")
                continue
            }
            entries[scalar.string] = (key, value)
        }
    }

    /// The value of a plain key, compared as text. (Yams' own subscript resolves every key's tag with
    /// regular expressions, which dominated the load time of large libraries.)
    static func value(of key: String, in mapping: Node.Mapping) -> Node? {
        for (candidate, value) in mapping {
            if case let .scalar(scalar) = candidate, scalar.string == key { return value }
        }
        return nil
    }

    /// Whether the key is present (with any value).
    func has(_ key: String) -> Bool { entries[key] != nil }

    /// The value node of a key, if present. Asking for a key the element does not have is a programming
    /// error, caught by the tests.
    func node(_ key: String) -> Node? {
        assert(element.key(key) != nil, "'\(key)' is not a key of \(element.name) in ProcessMapsFormat")
        return entries[key]?.value
    }

    /// The location of a key's value, or of the mapping if the key is absent.
    func location(_ key: String) -> SourceLocation {
        entries[key].map { context.location(of: $0.value) } ?? location
    }

    /// Reports a missing required key, unless a misspelling of it was reported.
    func missing(_ key: String) {
        // A misspelt key already reported with this key as its suggestion is the root cause.
        guard !suggested.contains(key) else { return }
        context.error(.missingKey, at: location, "\(what) is missing required key '\(key)'")
    }

    // MARK: Scalars

    /// A string value; any scalar's text is taken as written. Reports a missing required key, an empty
    /// value, or a mapping or list where a string belongs.
    func string(_ key: String, required: Bool? = nil) -> String? {
        let required = required ?? element.requires(key)
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case let .scalar(scalar) = node else {
            context.error(.wrongType, at: node, "'\(key)' of \(what) must be text, found \(DecodingContext.describe(node))")
            return nil
        }
        if scalar.string.allSatisfy(\.isWhitespace) {
            if required { context.error(.missingKey, at: node, "'\(key)' of \(what) is empty") }
            return nil
        }
        // Block scalars (`>` and `|`) end with a newline that is not part of the value.
        var text = scalar.string
        while text.last?.isNewline == true { text.removeLast() }
        return withoutControlCharacters(text, key: key, at: node)
    }

    /// A whole number within a range.
    func int(_ key: String, in range: ClosedRange<Int>, required: Bool? = nil) -> Int? {
        if let node = node(key), !node.isScalar {
            context.error(.wrongType, at: node, "'\(key)' of \(what) must be a whole number, found \(DecodingContext.describe(node))")
            return nil
        }
        guard let text = string(key, required: required) else { return nil }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            context.error(.wrongType, at: location(key), "'\(key)' of \(what) must be a whole number, found '\(DecodingContext.preview(text))'")
            return nil
        }
        guard range.contains(value) else {
            let bound = range.upperBound == .max ? "at least \(range.lowerBound)" : "between \(range.lowerBound) and \(range.upperBound)"
            context.error(.outOfRange, at: location(key), "'\(key)' of \(what) must be \(bound), found \(value)")
            return nil
        }
        return value
    }

    /// A boolean written `true` or `false` (also `yes`/`no`, `ya`/`tidak`).
    func bool(_ key: String) -> Bool? {
        guard let text = string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "ya": return true
        case "false", "no", "tidak": return false
        default:
            context.error(.wrongType, at: location(key), "'\(key)' of \(what) must be true or false, found '\(DecodingContext.preview(text))'")
            return nil
        }
    }

    /// One of an enumeration's raw values, suggesting the closest on a typo.
    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool? = nil) -> E?
    where E.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: text, in: allowed).map { "did you mean '\($0)'?" }
            ?? "expected one of: " + allowed.joined(separator: ", ")
        context.error(.unknownValue, at: location(key), "'\(key)' of \(what) cannot be '\(DecodingContext.preview(text))' (\(hint))")
        return nil
    }

    /// A reference by id, located at its value.
    func reference<ID: ModelIdentifier>(_ key: String, required: Bool? = nil) -> Reference<ID>? {
        guard let text = string(key, required: required) else { return nil }
        return Reference(ID(rawValue: text), at: location(key))
    }

    // MARK: Lists

    /// The items of a list value; a single scalar counts as a list of one when `allowScalar` is set.
    func list(_ key: String, required: Bool? = nil, allowScalar: Bool = false) -> [Node]? {
        let required = required ?? element.requires(key)
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        switch node {
        case let .sequence(sequence): return Array(sequence)
        case let .scalar(scalar) where allowScalar && !scalar.string.isEmpty: return [node]
        default:
            context.error(.wrongType, at: node, "'\(key)' of \(what) must be a list, found \(DecodingContext.describe(node))")
            return nil
        }
    }

    /// A list of strings (or one string).
    func strings(_ key: String) -> [String] {
        (list(key, allowScalar: true) ?? []).compactMap { item in
            guard case let .scalar(scalar) = item, !scalar.string.isEmpty else {
                context.error(.wrongType, at: item, "items of '\(key)' in \(what) must be text, found \(DecodingContext.describe(item))")
                return nil
            }
            return scalar.string
        }
    }

    /// A list of references (or one reference), each located at its item.
    func references<ID: ModelIdentifier>(_ key: String) -> [Reference<ID>] {
        (list(key, allowScalar: true) ?? []).compactMap { item in
            guard case let .scalar(scalar) = item, !scalar.string.isEmpty else {
                context.error(.wrongType, at: item, "items of '\(key)' in \(what) must be ids, found \(DecodingContext.describe(item))")
                return nil
            }
            return Reference(ID(rawValue: scalar.string), at: context.location(of: item))
        }
    }

    /// A nested mapping of the format's `element`.
    func mapping(_ key: String, what nested: String, element nestedElement: FormatElement, required: Bool? = nil) -> MappingReader? {
        let required = required ?? element.requires(key)
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        return MappingReader(node, what: nested, element: nestedElement, context: context)
    }
}

