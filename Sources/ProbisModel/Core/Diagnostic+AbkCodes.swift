// Codes of the Anjab-ABK table checks (issue 9): reading the table and resolving its rows against the
// organization and its stage flow.

extension Diagnostic.Code {
    /// A header cell of an ABK table names no known column.
    public static let abkUnknownColumn = Self("abk-unknown-column")
    /// An ABK table lacks a required column.
    public static let abkMissingColumn = Self("abk-missing-column")
    /// An ABK cell holds no value, or not a number where one belongs.
    public static let abkInvalidValue = Self("abk-invalid-value")
    /// An ABK row's unit is not a unit of the organization.
    public static let abkUnknownUnit = Self("abk-unknown-unit")
    /// An ABK row's jabatan is not a position of the organization.
    public static let abkUnknownJabatan = Self("abk-unknown-jabatan")
    /// An ABK row's langkah is not an activity of the stage flow that the jabatan works in.
    public static let abkUnknownStep = Self("abk-unknown-step")
    /// An ABK table holds no rows.
    public static let abkEmptyTable = Self("abk-empty-table")
}
