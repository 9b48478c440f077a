/// Where one region's regulation states a rule, and how strictly.
public struct RuleProvision: Hashable, Sendable {
    /// The seed file of the regulation text.
    public var source: String
    /// The Pasal or Lampiran item.
    public var item: String
    /// Error where the text says "wajib" or states the rule outright; warning where it says "diutamakan".
    public var severity: Diagnostic.Severity

    /// Creates a provision.
    public init(_ source: String, _ item: String, _ severity: Diagnostic.Severity = .error) {
        self.source = source
        self.item = item
        self.severity = severity
    }

    /// The provision as a citation.
    public var citation: Citation { Citation(source: source, item: item) }
}

/// The seed files of the five regulations, by region profile.
public enum RegulationText {
    public static let provinsiJambi = "000_b5ab6e6dab46e1d6.txt"
    public static let kotaJambi = "001_a4520ef57136d051.txt"
    public static let bungo = "002_1e57fa4463b1ba41.txt"
    public static let banten = "003_a9c4be2afb80f6cd.txt"
    public static let kaltim = "004_c6d99ee64fe95462.txt"
}

/// What a rule sees while checking one document.
public struct RuleContext: Sendable {
    /// The whole library, for references across documents.
    public let library: Library
    /// The provision of the document's region profile.
    public let provision: RuleProvision
    /// How the regulation is named in messages, e.g. "Pergub Kaltim 50/2023".
    public let regulationName: String

    /// A diagnostic of this rule at a location, ending with the regulation and item it enforces.
    public func finding(_ rule: String, at location: SourceLocation?, _ message: String) -> Diagnostic {
        Diagnostic(provision.severity, .rule(rule), at: location, "\(message) [\(regulationName) \(provision.item)]")
    }
}

/// A rule of one or more regions' regulations, checked on the documents of those regions.
public protocol RegionalRule: Sendable {
    /// A stable id, e.g. `ppk-tier`; diagnostics carry `rule.<id>` as their code.
    var id: String { get }
    /// What the rule enforces, in one English sentence.
    var summary: String { get }
    /// The provision of each region profile the rule applies to.
    var provisions: [String: RuleProvision] { get }
    /// The problems the rule finds in one document of a region it applies to.
    func check(_ document: Document, in context: RuleContext) -> [Diagnostic]
}
