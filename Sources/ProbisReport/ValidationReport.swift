import ProbisModel

/// The result of `probis validate`, as printed and as JSON.
///
/// JSON: `{"files": Int, "documents": Int, "errors": Int, "warnings": Int,
/// "diagnostics": [{"file", "line", "column", "severity", "code", "message"}]}`.
public struct ValidationReport: Encodable {
    public struct Entry: Encodable {
        var file: String?
        var line: Int?
        var column: Int?
        var severity: String
        var code: String
        var message: String
    }

    public var files: Int
    public var documents: Int
    public var errors: Int
    public var warnings: Int
    public var diagnostics: [Entry]

    public init(files: Int, documents: Int, diagnostics: [Diagnostic]) {
        self.files = files
        self.documents = documents
        errors = diagnostics.count { $0.severity == .error }
        warnings = diagnostics.count { $0.severity == .warning }
        self.diagnostics = diagnostics.map {
            Entry(file: $0.location?.file, line: $0.location?.line, column: $0.location?.column,
                  severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message)
        }
    }

    /// Diagnostics one per line, then a summary line.
    public var text: String {
        var lines = diagnostics.map { entry in
            let place = entry.file.map { "\($0):\(entry.line ?? 1):\(entry.column ?? 1): " } ?? "probis: "
            return "\(place)\(entry.severity): \(entry.message)".escapingControlCharacters
        }
        let plural = { (count: Int, word: String) in "\(count) \(word)\(count == 1 ? "" : "s")" }
        lines.append("\(plural(files, "file")), \(plural(documents, "document")): \(plural(errors, "error")), \(plural(warnings, "warning"))")
        return lines.joined(separator: "\n") + "\n"
    }
}
