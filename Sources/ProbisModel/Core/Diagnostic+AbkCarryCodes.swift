// Codes of carrying an Anjab-ABK table over a penyetaraan (`probis reorganize --scenario` of a scenario
// with `abk:`, issue 9).

extension Diagnostic.Code {
    /// A row of the ABK table being carried over names a unit or jabatan the before organization does not
    /// have, or a jabatan that has no place in the target type (neither the same position nor a conversion
    /// of the penyetaraan).
    public static let reorganizeAbkJabatan = Self("reorganize-abk-jabatan")
}
