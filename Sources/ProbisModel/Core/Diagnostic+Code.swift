extension Diagnostic {
    /// A stable, machine-readable kind of finding, written in kebab case (`unknown-key`) in JSON and
    /// fixtures. Every kind the reader and validator report is a static member; a regional rule's
    /// findings carry ``rule(_:)`` of the rule's id.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
        /// The kebab-case name, e.g. `dangling-reference` or `rule.ppk-tier`.
        public let rawValue: String

        /// Creates a code from its kebab-case name.
        public init(rawValue: String) { self.rawValue = rawValue }

        init(_ rawValue: String) { self.rawValue = rawValue }

        /// The code of a finding of the regional rule with this id: `rule.<id>`.
        public static func rule(_ id: String) -> Code { Code("rule.\(id)") }

        public var description: String { rawValue }

        public static func < (lhs: Code, rhs: Code) -> Bool { lhs.rawValue < rhs.rawValue }

        public init(from decoder: any Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(String.self)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
    }
}

// MARK: Reading a file

extension Diagnostic.Code {
    /// The file could not be read.
    public static let io = Self("io")
    /// The file is not UTF-8 text.
    public static let encoding = Self("encoding")
    /// The file holds no document.
    public static let emptyFile = Self("empty-file")
    /// The file is larger than the reader accepts.
    public static let tooLarge = Self("too-large")
    /// A line is longer than the reader accepts.
    public static let lineTooLong = Self("line-too-long")
    /// The YAML nests deeper than the reader accepts.
    public static let tooDeep = Self("too-deep")
    /// The text is not well-formed YAML.
    public static let yamlSyntax = Self("yaml-syntax")
    /// An anchor or alias, which the format does not allow.
    public static let yamlAlias = Self("yaml-alias")
}

// MARK: The shape of a document

extension Diagnostic.Code {
    /// A key that the element does not have.
    public static let unknownKey = Self("unknown-key")
    /// A key given twice in one mapping.
    public static let duplicateKey = Self("duplicate-key")
    /// A required key is absent or empty.
    public static let missingKey = Self("missing-key")
    /// A key that belongs to another kind of element, e.g. `branches` on a task.
    public static let misplacedKey = Self("misplaced-key")
    /// A value of the wrong type: a list where text belongs, text where a number belongs.
    public static let wrongType = Self("wrong-type")
    /// A value outside its enumeration.
    public static let unknownValue = Self("unknown-value")
    /// A number outside its allowed range.
    public static let outOfRange = Self("out-of-range")
    /// An id that is not a well-formed id.
    public static let invalidId = Self("invalid-id")
}

// MARK: The library as a whole

extension Diagnostic.Code {
    /// Two elements share an id.
    public static let duplicateId = Self("duplicate-id")
    /// A reference to an id that does not exist.
    public static let danglingReference = Self("dangling-reference")
    /// A reference to an id of the wrong kind of document or element.
    public static let wrongReferenceKind = Self("wrong-reference-kind")
    /// An element that must cite its regulation does not.
    public static let missingCitation = Self("missing-citation")
}

// MARK: Organization types

extension Diagnostic.Code {
    /// Nobody heads the organization type: every position reports to another.
    public static let noHead = Self("no-head")
    /// `reports-to` lines that go round in a circle.
    public static let reportingCycle = Self("reporting-cycle")
}

// MARK: Organizations

extension Diagnostic.Code {
    /// Units whose `parent` lines go round in a circle, or a unit under itself.
    public static let unitCycle = Self("unit-cycle")
    /// An organization without exactly one top unit.
    public static let topUnit = Self("top-unit")
    /// A placed position with no holder of its `reports-to` position in its unit or any unit above.
    public static let brokenChain = Self("broken-chain")
    /// Headcounts or heads that break the organization type's structure.
    public static let unitStructure = Self("unit-structure")
}

// MARK: Flows

extension Diagnostic.Code {
    /// A flow with no steps.
    public static let emptyMap = Self("empty-map")
    /// A flow with no start step.
    public static let noStart = Self("no-start")
    /// A flow with no end step.
    public static let noEnd = Self("no-end")
    /// An end step that names a next step.
    public static let endHasNext = Self("end-has-next")
    /// A step that leads nowhere and is not an end.
    public static let deadEnd = Self("dead-end")
    /// A step from which no end can be reached.
    public static let noWayOut = Self("no-way-out")
    /// A step that no path from a start reaches.
    public static let unreachable = Self("unreachable")
    /// A loop with no decision to leave it.
    public static let cycleWithoutDecision = Self("cycle-without-decision")
    /// A decision whose branches are missing or malformed.
    public static let decisionBranches = Self("decision-branches")
    /// A branch that is not a valid way out of its decision.
    public static let invalidBranch = Self("invalid-branch")
    /// A connector that leads nowhere.
    public static let connectorTarget = Self("connector-target")
    /// A lane that names positions in a document that names no organization type.
    public static let invalidLane = Self("invalid-lane")
    /// A step of a stage flow without a stage.
    public static let missingStage = Self("missing-stage")
}

// MARK: Peta proses

extension Diagnostic.Code {
    /// A process code that is not a dotted code of two-digit parts.
    public static let processCode = Self("process-code")
    /// A peta proses below level 0 without a parent process.
    public static let missingParent = Self("missing-parent")
    /// A peta proses whose level does not follow its parent's.
    public static let levelMismatch = Self("level-mismatch")
    /// A process without its category.
    public static let missingCategory = Self("missing-category")
}

// MARK: Scenarios

extension Diagnostic.Code {
    /// A scenario of an organization type that has no stage flow.
    public static let nothingToSimulate = Self("nothing-to-simulate")
    /// Two default scenarios for one organization type.
    public static let duplicateDefault = Self("duplicate-default")
    /// A run with neither a horizon nor a case limit.
    public static let endlessRun = Self("endless-run")
    /// A loop that a case can never leave, given the branch probabilities.
    public static let endlessLoop = Self("endless-loop")
    /// A run setting that contradicts another, e.g. a warm-up as long as the horizon.
    public static let invalidSetting = Self("invalid-setting")
    /// A working calendar that cannot be used.
    public static let invalidCalendar = Self("invalid-calendar")
    /// A duration that cannot be read or used.
    public static let invalidDuration = Self("invalid-duration")
    /// A step that the scenario gives no duration.
    public static let missingDuration = Self("missing-duration")
    /// A distribution whose parameters cannot be sampled.
    public static let impossibleDistribution = Self("impossible-distribution")
    /// A probability outside 0…1.
    public static let invalidProbability = Self("invalid-probability")
    /// A decision's branch probabilities do not add up to 1.
    public static let probabilitiesSum = Self("probabilities-sum")
    /// A decision without branch probabilities.
    public static let missingProbabilities = Self("missing-probabilities")
    /// A lane whose step nobody can do: it names no positions.
    public static let unstaffedLane = Self("unstaffed-lane")
    /// A position with headcount 0 that a step needs.
    public static let emptyPosition = Self("empty-position")
}
