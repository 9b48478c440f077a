import ProbisModel
import Yams

/// Turns one file's text into a Yams node tree, or a single located error.
enum YAMLParser {
    /// Parses exactly one YAML document.
    static func parse(_ source: SourceText) -> Result<Node, Diagnostic> {
        if let problem = AliasGuard.check(source) { return .failure(problem) }
        do {
            // The basic resolver (no implicit typing): probis reads every scalar as written, and resolving tags
            // with regular expressions for the duplicate-key check cost 40% of the load time.
            let parser = try Parser(yaml: source.text, resolver: .basic)
            guard let root = try parser.singleRoot() else {
                return .failure(.error(.emptyFile, at: SourceLocation(file: source.file, line: 1, column: 1),
                    "file holds no YAML document"))
            }
            return .success(root)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: source.file, text: source.text))
        } catch {
            return .failure(.error(.yamlSyntax, at: SourceLocation(file: source.file, line: 1, column: 1),
                "YAML could not be read: \(error)"))
        }
    }

    /// One located line for a Yams error.
    static func diagnostic(for error: YamlError, file: String, text: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        func phrase(_ context: YamlError.Context?, _ problem: String) -> String {
            if problem.hasPrefix("Maximum nesting level reached") {
                return "YAML nests more than 1000 levels deep; ProcessMaps documents nest a few levels"
            }
            guard let context else { return "YAML syntax: \(problem)" }
            return "YAML syntax: \(problem) (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        switch error {
        case let .scanner(context, problem, mark, _):
            if let unterminated = unterminatedQuote(context, problem, file: file) { return unterminated }
            let tab = lineText(text, mark.line).prefix(mark.column).contains("\t")
            let hint = tab ? " (YAML does not allow tabs for indentation; use spaces)" : ""
            return .error(.yamlSyntax, at: at(mark), phrase(context, problem) + hint)
        case let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            return .error(.yamlSyntax, at: at(mark), phrase(context, problem))
        case let .reader(problem, offset, _, _):
            let location = offset.map { characterLocation(text, offset: $0, file: file) }
                ?? SourceLocation(file: file, line: 1, column: 1)
            return .error(.yamlSyntax, at: location, "YAML syntax: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted()
            let first = at(context.mark)
            let place = keys.count == 1 ? repeatedKey(keys[0], after: first, in: text) : nil
            let quoted = keys.map { "'\($0)'" }.joined(separator: ", ")
            let earlier = place == nil ? "" : " (first at line \(first.line))"
            return .error(.duplicateKey, at: place ?? first,
                "key \(quoted) is written more than once in the same mapping\(earlier)")
        case .memory:
            return .error(.yamlSyntax, at: SourceLocation(file: file, line: 1, column: 1), "YAML parser ran out of memory")
        default:
            return .error(.yamlSyntax, at: SourceLocation(file: file, line: 1, column: 1), "YAML could not be read: \(error)")
        }
    }

    /// Where a block-mapping key written at `first` is written again: the next line that has the same key
    /// at the same column. `nil` when it cannot be found (e.g. in a flow mapping).
    private static func repeatedKey(_ key: String, after first: SourceLocation, in text: String) -> SourceLocation? {
        // Lines as YAML counts them: `\r` alone also ends a line.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let indent = first.column - 1
        guard first.line >= 1, first.line <= lines.count else { return nil }
        for number in first.line..<lines.count {
            let line = lines[number]
            let body = line.drop { $0 == " " }
            if body.isEmpty || body.hasPrefix("#") { continue }
            let indentation = line.count - body.count
            if indentation < indent || (indentation == indent && body.hasPrefix("- ")) { return nil }
            if indentation == indent && body.hasPrefix(key + ":") {
                return SourceLocation(file: first.file, line: number + 1, column: first.column)
            }
        }
        return nil
    }

    /// The text of a 1-based line, or "".
    private static func lineText(_ text: String, _ line: Int) -> Substring {
        var current = 1
        var start = text.startIndex
        while current < line, let newline = text[start...].firstIndex(of: "\n") {
            start = text.index(after: newline)
            current += 1
        }
        guard current == line else { return "" }
        let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
        return text[start..<end]
    }

    /// Line and column of a character offset.
    private static func characterLocation(_ text: String, offset: Int, file: String) -> SourceLocation {
        var line = 1, column = 1
        for character in text.prefix(offset) {
            if character == "\n" { line += 1; column = 1 } else { column += character.unicodeScalars.count }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
