// Codes of the SOP AP documents (issue 10): what cannot be laid out on the SOP's pages.

extension Diagnostic.Code {
    /// A step's row of the SOP flowchart is taller than a page holds.
    public static let sopRowTooTall = Self("sop-row-too-tall")
    /// The SOP identity section does not fit on its page.
    public static let sopIdentityTooTall = Self("sop-identity-too-tall")
}
