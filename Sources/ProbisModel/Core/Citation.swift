/// Where in a regulation an element comes from: the seed file of the text and the Pasal or Lampiran item.
///
/// For example `004_c6d99ee64fe95462.txt`, `Lampiran I BAB II angka 2 huruf a angka 4) huruf b) angka (1)`.
public struct Citation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file name of the regulation text in `docs/regulations/`.
    public var source: String
    /// The Pasal / ayat / huruf or Lampiran item, as a reader would look it up.
    public var item: String
    /// Where the citation was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a citation.
    public init(source: String, item: String, location: SourceLocation? = nil) {
        self.source = source
        self.item = item
        self.location = location
    }

    /// `source, item`.
    public var description: String { "\(source), \(item)" }

    private enum CodingKeys: String, CodingKey { case source, item }
}
