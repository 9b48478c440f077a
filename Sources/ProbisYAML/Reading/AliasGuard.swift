import CYaml
import ProbisModel

/// Rejects YAML anchors and aliases before Yams composes a document.
///
/// ProcessMaps files write every value where it is used, so that a reviewer reading one place in a diff
/// sees all of it. Refusing anchors also disarms alias bombs ("billion laughs"), whose expansion would
/// otherwise cost time exponential in the file's size when a key or value is hashed or walked.
///
/// The check streams libyaml events (the C parser that Yams bundles), so it needs no recursion and
/// no memory beyond the parser's own; it runs only when the text contains `&` or `*`.
enum AliasGuard {
    /// The first anchor or alias in the text, as a located error; `nil` if there is none or if the text
    /// has a syntax error (which the Yams parse reports with its own message).
    static func check(_ source: SourceText) -> Diagnostic? {
        guard source.text.utf8.contains(UInt8(ascii: "&")) || source.text.utf8.contains(UInt8(ascii: "*")) else {
            return nil
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(source.text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Diagnostic? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let mark = event.start_mark
                let location = SourceLocation(file: source.file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
                switch event.type {
                case YAML_ALIAS_EVENT:
                    return .error(.yamlAlias, at: location,
                        "YAML aliases ('*name') are not allowed in ProcessMaps files; write the value out where it is used")
                case YAML_SCALAR_EVENT where event.data.scalar.anchor != nil,
                     YAML_SEQUENCE_START_EVENT where event.data.sequence_start.anchor != nil,
                     YAML_MAPPING_START_EVENT where event.data.mapping_start.anchor != nil:
                    return .error(.yamlAlias, at: location,
                        "YAML anchors ('&name') are not allowed in ProcessMaps files; write the value out where it is used")
                case YAML_STREAM_END_EVENT:
                    return nil
                default:
                    continue
                }
            }
            return nil
        }
    }
}
