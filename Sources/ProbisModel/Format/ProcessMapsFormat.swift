/// The ProcessMaps format, described once: every document kind and nested element with its keys, value
/// forms and documentation.
///
/// The YAML reader takes allowed and required keys from here (with "did you mean" suggestions among
/// them), the writer takes its key order, and `probis schema` writes the JSON Schema
/// (`docs/processmaps.schema.json`) and the key tables of `docs/format-reference.md` from it. Adding a
/// key is a change here plus the reader line that turns its value into the model.
public enum ProcessMapsFormat {
    /// The keys every document shares, first in every document.
    public static let header: [FormatKey] = [
        FormatKey("kind", .oneOf(DocumentKind.allCases.map(\.rawValue)), required: true, "What the document is."),
        FormatKey("id", .identifier, required: true, "Unique across the library, e.g. `kaltim.pd-tipe-2`."),
        FormatKey("title", .text, required: true, "The title, in Bahasa Indonesia."),
        FormatKey("region", .identifier, "The id of the region document whose rules apply."),
        FormatKey("source", .text, "The seed file of the regulation text the document encodes, e.g. `004_c6d99ee64fe95462.txt`; elements then cite it."),
        FormatKey("cite", .choice([.text, .element("cite")]), "The Pasal or Lampiran item the document encodes."),
        FormatKey("description", .text, "Free text."),
    ]

    /// The document of each kind: the header keys, then the kind's own.
    public static func document(_ kind: DocumentKind) -> FormatElement {
        let own: FormatElement = switch kind {
        case .region: region
        case .artifactCatalog: artifactCatalog
        case .organizationType: organizationType
        case .organization: organization
        case .petaLintasFungsi: petaLintasFungsi
        case .petaProses: petaProses
        case .petaSubproses: petaSubproses
        case .petaRelasi: petaRelasi
        case .scenario: scenario
        }
        return FormatElement(own.name, own.summary, keys: header + own.keys)
    }

    /// Every nested element by name, for ``FormatValue/element(_:)``.
    public static let elements: [String: FormatElement] = Dictionary(
        uniqueKeysWithValues: nestedElements.map { ($0.name, $0) })

    /// The nested elements in the order the reference lists them.
    public static let nestedElements: [FormatElement] = [
        citation, regulation, artifact, position, qualifications, unit, flow, lane, step, branch, mechanism, sop, sopApproval,
        processParent, process, sipoc, party, relation,
        workload, arrivals, shares, penunjukan, queue, calendar, hours,
    ]

    /// `cite: {source, item}`; also written as the item alone when the document names its `source`.
    public static let citation = FormatElement("cite", "A citation of a regulation text: the item alone (`cite: Pasal 9 ayat (2)`) when the document names its `source`, else this mapping.", keys: [
        FormatKey("source", .text, "The seed file of the regulation text; the document's `source` when absent."),
        FormatKey("item", .text, required: true, "The Pasal or Lampiran item, e.g. `Pasal 9 ayat (2)` or `Lampiran II huruf B angka 3`."),
    ])
}
