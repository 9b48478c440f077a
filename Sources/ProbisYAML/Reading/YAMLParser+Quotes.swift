import ProbisModel
import Yams

extension YAMLParser {
    /// A quoted value whose closing quote never comes: located at the opening quote, where the fix is, not
    /// at the end of the file where the scanner gave up.
    static func unterminatedQuote(_ context: YamlError.Context?, _ problem: String, file: String) -> Diagnostic? {
        guard let context, context.text == "while scanning a quoted scalar", problem.contains("end of stream") else { return nil }
        return .error(.yamlSyntax, at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
            "YAML syntax: this quoted value has no closing quote before the end of the file (add the closing quote)")
    }
}
