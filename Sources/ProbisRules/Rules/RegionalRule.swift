import ProbisModel

/// Where one region's regulation states a rule, and how strictly.
public struct RuleProvision: Hashable, Sendable {
    /// The Pasal or Lampiran item.
    public var item: String
    /// Error where the text says "wajib" or states the rule outright; warning where it says "diutamakan".
    public var severity: Diagnostic.Severity

    /// Creates a provision.
    public init(_ item: String, _ severity: Diagnostic.Severity = .error) {
        self.item = item
        self.severity = severity
    }
}

/// What a rule sees while checking one document.
public struct RuleContext: Sendable {
    /// The whole library, for references across documents.
    public let library: Library
    /// The rule profile of the document's region.
    public let profile: RegionProfile
    /// Where the profile's regulation states the rule being checked.
    public let provision: RuleProvision
    /// How the regulation is named in messages, e.g. "Pergub Kaltim 50/2023".
    public let regulationName: String

    /// A diagnostic of this rule at a location, ending with the regulation and item it enforces.
    public func finding(_ rule: String, at location: SourceLocation?, _ message: String) -> Diagnostic {
        Diagnostic(provision.severity, .rule(rule), at: location, "\(message) [\(regulationName) \(provision.item)]")
    }
}

/// A rule that one or more regions' regulations state, checked on the documents of the regions whose
/// profile has a provision for it (``RegionProfile/provisions``). The rule holds the logic; the profiles
/// hold where each text states it.
public protocol RegionalRule: Sendable {
    /// A stable id, e.g. `ppk-tier`; diagnostics carry `rule.<id>` as their code.
    var id: String { get }
    /// What the rule enforces, in one English sentence.
    var summary: String { get }
    /// The problems the rule finds in one document of a region it applies to.
    func check(_ document: Document, in context: RuleContext) -> [Diagnostic]
}
