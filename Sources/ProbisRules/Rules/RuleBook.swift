import ProbisModel

/// The regional rules probis checks, applied to each document by the rule profile of its region.
public struct RuleBook: Sendable {
    /// The rules, in the order they are listed by `probis coverage`.
    public let rules: [any RegionalRule]
    /// The region profiles, by id.
    public let profiles: [String: RegionProfile]

    /// Creates a rule book.
    public init(rules: [any RegionalRule], profiles: [RegionProfile]) {
        self.rules = rules
        self.profiles = Dictionary(uniqueKeysWithValues: profiles.map { ($0.id, $0) })
    }

    /// Every rule of the five regulations.
    public static let standard = RuleBook(rules: [
        PPKTierRule(),
        KedudukanUnderPPKRule(),
        BungoAhliMadyaUnderHeadRule(),
        PlanningStartsWithPerjanjianKinerjaRule(),
        StageOrderRule(),
        EvaluationEndsWithAcceptanceRule(),
        TeamAccountabilityRule(),
        KetuaTimReportRecipientRule(),
        BungoPengawasLeadsTeamRule(),
        KetuaTimFromOwningUnitRule(),
        PengajuanSukarelaScopeRule(),
        SuratPermohonanContentsRule(),
        RefusalWithReasonsRule(),
        BantenTeamDecreeRule(),
        BantenPelaksanaTeamLeaderRule(),
        KotaJambiAssignmentFixedByHeadRule(),
    ], profiles: RegionProfile.standard)

    /// Each rule's provision in each profile that states it, rules in book order, profiles by id.
    public var provisions: [(rule: any RegionalRule, profile: RegionProfile, provision: RuleProvision)] {
        rules.flatMap { rule in
            profiles.values.sorted { $0.id < $1.id }.compactMap { profile in
                profile.provisions[rule.id].map { (rule, profile, $0) }
            }
        }
    }

    /// Checks every document that belongs to a region whose profile a rule applies to; sorted.
    public func check(_ library: Library) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for document in library.documents {
            guard let region = library.region(of: document), document.kind != .region,
                  let profile = profiles[region.profile] else { continue }
            let name = library.region(DocumentID(region.profile))?.regulation?.shortTitle
                ?? region.regulation?.shortTitle ?? region.profile
            for rule in rules {
                guard let provision = profile.provisions[rule.id] else { continue }
                let context = RuleContext(library: library, profile: profile, provision: provision, regulationName: name)
                out += rule.check(document, in: context)
            }
        }
        return out.sorted()
    }
}
