import ProbisDOT

extension RenderFormat {
    /// Parses a comma-separated list such as `svg,png`, keeping the order written and dropping repeats.
    /// - Throws: ``RenderError/unknownFormat(_:)`` for a name that is not a format.
    public static func list(_ text: String) throws(RenderError) -> [RenderFormat] {
        var result: [RenderFormat] = []
        for name in text.split(separator: ",") {
            let trimmed = String(name.filter { !$0.isWhitespace })
            guard let format = RenderFormat(rawValue: trimmed.lowercased()) else { throw .unknownFormat(trimmed) }
            if !result.contains(format) { result.append(format) }
        }
        return result
    }
}
