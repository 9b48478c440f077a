/// The regional rules probis checks, applied to each document by the rule profile of its region.
public struct RuleBook: Sendable {
    /// The rules, in the order they are listed by `probis coverage`.
    public let rules: [any RegionalRule]

    /// Creates a rule book.
    public init(rules: [any RegionalRule]) { self.rules = rules }

    /// Every rule of the five regulations.
    public static let standard = RuleBook(rules: [
        PPKTierRule(),
        KedudukanUnderPPKRule(),
        BungoAhliMadyaUnderHeadRule(),
        PlanningStartsWithPerjanjianKinerjaRule(),
        StageOrderRule(),
        EvaluationEndsWithAcceptanceRule(),
        TeamAccountabilityRule(),
        BungoPengawasLeadsTeamRule(),
        KetuaTimFromOwningUnitRule(),
        PengajuanSukarelaScopeRule(),
        SuratPermohonanContentsRule(),
        RefusalWithReasonsRule(),
        BantenTeamDecreeRule(),
        BantenPelaksanaTeamLeaderRule(),
        KotaJambiAssignmentFixedByHeadRule(),
    ])

    /// Checks every document that belongs to a region whose profile a rule applies to; sorted.
    public func check(_ library: Library) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for document in library.documents {
            guard let region = library.region(of: document), document.kind != .region else { continue }
            let name = library.region(DocumentID(region.profile))?.regulation?.shortTitle
                ?? region.regulation?.shortTitle ?? region.profile
            for rule in rules {
                guard let provision = rule.provisions[region.profile] else { continue }
                let context = RuleContext(library: library, provision: provision, regulationName: name)
                out += rule.check(document, in: context)
            }
        }
        return out.sorted()
    }
}
