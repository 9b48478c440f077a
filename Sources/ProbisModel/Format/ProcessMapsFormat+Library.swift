extension ProcessMapsFormat {
    static let cite = FormatKey("cite", .choice([.text, .element("cite")]), "The Pasal or Lampiran item this element encodes.")
    static let note = FormatKey("note", .text, "A remark for reviewers: a garbled passage, a reading chosen, an assumption.")

    /// How `probis show`, coverage and the diagrams mark a value written under `assumed:`.
    public static let assumptionLabel = "asumsi, bukan dari teks"

    /// `assumed:` of an element: which of its keys hold an assumption rather than the regulation text.
    /// - Parameter keys: the element's keys that may be assumed.
    static func assumed(_ keys: [String]) -> FormatKey {
        FormatKey("assumed", .list(.oneOf(keys)), "The keys whose values are an assumption, not the regulation text (e.g. a default headcount); shown as \"\(assumptionLabel)\".")
    }

    /// `kind: region`.
    public static let region = FormatElement("region", "A region: its regulation and the rule profile that applies to its documents.", keys: [
        FormatKey("regulation", .element("regulation"), "The regulation on Sistem Kerja the region enacted."),
        FormatKey("profile", .identifier, "The rule profile (one of the five regulations' regions); the region's id when absent."),
    ])

    /// `regulation:` of a region.
    public static let regulation = FormatElement("regulation", "A regulation text.", keys: [
        FormatKey("title", .text, required: true, "The full title, e.g. `Peraturan Gubernur Kalimantan Timur Nomor 50 Tahun 2023`."),
        FormatKey("short-title", .text, required: true, "How messages name it, e.g. `Pergub Kaltim 50/2023`."),
        FormatKey("source", .text, required: true, "The seed file of its text."),
    ])

    /// `kind: artifact-catalog`.
    public static let artifactCatalog = FormatElement("artifact-catalog", "The documents and letters that steps take in, produce or send.", keys: [
        FormatKey("artifacts", .list(.element("artifact")), required: true, "The artifacts."),
    ])

    /// An item of `artifacts:`.
    public static let artifact = FormatElement("artifact", "A document or letter.", keys: [
        FormatKey("id", .identifier, required: true, "Unique in the library."),
        FormatKey("title", .text, required: true, "Its name, e.g. `Surat Permohonan Pelibatan`."),
        FormatKey("kind", .oneOf(Artifact.Kind.allCases.map(\.rawValue)), "`dokumen` or `surat`."),
        FormatKey("contents", .texts, "What the text says it must contain."),
        cite,
    ])

    /// `kind: organization-type`.
    public static let organizationType = FormatElement("organization-type", "A type of organization with its positions and its stage flow.", keys: [
        FormatKey("structure-levels", .wholeNumber(min: 1, max: 10), "Structure levels as the regulation classifies the type (Bungo Pasal 26)."),
        FormatKey("positions", .list(.element("position")), required: true, "The positions, the head first."),
        FormatKey("flow", .element("flow"), "The stage flow (perencanaan, pelaksanaan, evaluasi) as swimlanes."),
    ])

    /// An item of `positions:`.
    public static let position = FormatElement("position", "A position (jabatan) of an organization type.", keys: [
        FormatKey("id", .identifier, required: true, "Unique in the organization type."),
        FormatKey("title", .text, required: true, "The title, e.g. `Kepala Bidang`."),
        FormatKey("tier", .oneOf(JabatanTier.allCases.map(\.rawValue)), required: true, "The jabatan tier."),
        FormatKey("headcount", .wholeNumber(min: 1, max: 100_000), "How many hold it (default 1)."),
        FormatKey("reports-to", .identifier, "The atasan langsung."),
        FormatKey("assessor", .identifier, "The Pejabat Penilai Kinerja, when not the nearest superior with role `ppk`."),
        FormatKey("roles", .list(.oneOf(PositionRole.allCases.map(\.rawValue))), "What the position does in the mechanism."),
        FormatKey("qualifications", .element("qualifications"), "What a holder has, for rules such as Banten's ketua tim requirements."),
        assumed(["title", "tier", "headcount", "reports-to", "assessor", "roles", "qualifications"]),
        cite, note,
    ])

    /// `kind: organization`.
    public static let organization = FormatElement("organization", "A concrete Perangkat Daerah or unit kerja: the positions of an organization type placed in units, with headcounts.", keys: [
        FormatKey("type", .identifier, required: true, "The organization type it instantiates."),
        FormatKey("units", .list(.element("unit")), required: true, "The units, the top unit (the whole organization) first."),
    ])

    /// An item of `units:` of an organization.
    public static let unit = FormatElement("unit", "A unit: the organization itself, a Sekretariat, Bidang, Bagian, Seksi, Sub Bagian or UPTD.", keys: [
        FormatKey("id", .identifier, required: true, "Unique in the organization."),
        FormatKey("title", .text, required: true, "Its name, e.g. `Bidang Pencegahan dan Pengendalian Penyakit`."),
        FormatKey("parent", .identifier, "The unit it belongs to; absent for the top unit."),
        FormatKey("head", .identifier, "The position of the type whose holder heads it (one person)."),
        FormatKey("head-title", .text, "How reports name its head, e.g. `Kepala Bidang P2P` (default: the position's title and the unit's)."),
        FormatKey("positions", .idMap(.wholeNumber(min: 0, max: 100_000)), "Position id → how many hold it in the unit, besides its head."),
        note,
    ])

    /// `qualifications:` of a position.
    public static let qualifications = FormatElement("qualifications", "A position holder's qualifications.", keys: [
        FormatKey("education", .text, "Lowest education, e.g. `S1`."),
        FormatKey("grade", .text, "Lowest golongan, e.g. `III/b`."),
        FormatKey("experience", .boolean, "Whether relevant experience is required."),
    ])
}
