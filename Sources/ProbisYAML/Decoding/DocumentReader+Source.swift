import ProbisModel

extension DocumentReader {
    /// `source:`, which must name a regulation text of the library (``RegulationText/all``). An unknown
    /// source is reported at the value and dropped, so that no citation errors follow from it.
    func knownSource(_ reader: MappingReader) -> String? {
        guard let source = reader.string("source") else { return nil }
        guard RegulationText.all.contains(source) else {
            context.error(.unknownSource, at: reader.location("source"),
                "'source' of \(reader.what) is '\(DecodingContext.preview(source))', which is not a regulation text of the library (one of: \(RegulationText.all.joined(separator: ", ")))\(Suggestion.hint(for: source, in: RegulationText.all))")
            return nil
        }
        return source
    }
}
