// Codes of the checks added for issue 13 (robustness): values the engine cannot run, shapes a map should
// not have, and files that cannot be read as ProcessMaps.

extension Diagnostic.Code {
    /// A position assesses itself, or positions assess each other in a cycle.
    public static let assessorCycle = Self("assessor-cycle")
    /// Two branches of a decision share a label or lead to the same step.
    public static let duplicateBranch = Self("duplicate-branch")
    /// A step names the same next step twice.
    public static let duplicateNext = Self("duplicate-next")
    /// A decision's branch leads back to the decision itself.
    public static let branchToItself = Self("branch-to-itself")
    /// `source:` names no regulation text of the library.
    public static let unknownSource = Self("unknown-source")
    /// A text value holds a control character (or NUL), which cannot be shown or drawn.
    public static let controlCharacter = Self("control-character")
    /// A path named `*.yaml` that is not a regular file (a FIFO, a device): skipped, never opened.
    public static let notRegularFile = Self("not-regular-file")
    /// A folder given to read holds no ProcessMaps file.
    public static let noFiles = Self("no-files")
}

extension Diagnostic.Code {
    /// A note that findings following from reading errors were left out.
    public static let followOn = Self("follow-on")
}
