// Codes of `probis reorganize` (issue 9): a penyetaraan the region's text does not define, or an after
// structure the conversion cannot produce.

extension Diagnostic.Code {
    /// `reorganize` names no organization (or organization type) of the library.
    public static let reorganizeUnknownOrganization = Self("reorganize-unknown-organization")
    /// `--to` names no organization type of the library.
    public static let reorganizeUnknownType = Self("reorganize-unknown-type")
    /// `--to` names an organization type of another region than the organization's.
    public static let reorganizeOtherRegion = Self("reorganize-other-region")
    /// `--to` names the organization's own type.
    public static let reorganizeSameType = Self("reorganize-same-type")
    /// The region's profile defines no penyetaraan from the organization's type to the target type.
    public static let reorganizeNoRule = Self("reorganize-no-rule")
    /// A position of the organization has no place in the target type: neither the same id nor a
    /// conversion of the rule.
    public static let reorganizeUnplaced = Self("reorganize-unplaced")
    /// A step of the target type's flow matches no step of the before flow by stage and role, and the
    /// scenario gives no default duration.
    public static let reorganizeUnmatchedStep = Self("reorganize-unmatched-step")
}
