import ProbisModel

extension DocumentReader {
    /// Where `source:` is written in a header, so that ``Validator`` can point at an unknown source.
    func sourceLocation(_ reader: MappingReader) -> SourceLocation? {
        reader.has("source") ? reader.location("source") : nil
    }
}
