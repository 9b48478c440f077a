/// One finding about the library: an error or a warning, located in a file when it can be.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Error, warning or note.
    public var severity: Severity
    /// Where the problem is; `nil` only for findings about the library as a whole.
    public var location: SourceLocation?
    /// One line, in English, quoting the offending value.
    public var message: String
    /// A stable machine-readable kind, e.g. ``Code/unknownKey`` or a rule's ``Code/rule(_:)``.
    public var code: Code

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ code: Code, at location: SourceLocation?, _ message: String) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
    }

    /// Creates an error.
    public static func error(_ code: Code, at location: SourceLocation?, _ message: String) -> Diagnostic {
        Diagnostic(.error, code, at: location, message)
    }

    /// Creates a warning.
    public static func warning(_ code: Code, at location: SourceLocation?, _ message: String) -> Diagnostic {
        Diagnostic(.warning, code, at: location, message)
    }

    /// `file:line:col: error: message`, one line: control characters (a quoted value or a file name with a
    /// newline) are escaped.
    public var description: String {
        let place = location.map { "\($0): " } ?? "probis: "
        return "\(place)\(severity.rawValue): \(message)".escapingControlCharacters
    }

    /// `file:line:col: error[code]: message`, one line: the form the test fixtures assert, so that each
    /// expectation pins the kind of finding as well as its text.
    public var codedDescription: String {
        let place = location.map { "\($0): " } ?? "probis: "
        return "\(place)\(severity.rawValue)[\(code)]: \(message)".escapingControlCharacters
    }
}

extension Diagnostic: Comparable {
    /// Orders by file, line, column, then severity and message, so output is stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (l?, r?) where l != r: return l < r
        case (nil, .some): return true
        case (.some, nil): return false
        default:
            if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
            return lhs.message < rhs.message
        }
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}

/// A diagnostic can be thrown where one located problem stops the work, e.g. a file that is not UTF-8.
extension Diagnostic: Error {}
