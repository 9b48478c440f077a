import ProbisModel

/// How one region's regulation is read: its text, the rules it states and where, and the readings it
/// chooses where regions differ. A region document names its profile (`profile:`); the five profiles are
/// the five regulations in `docs/regulations/`, each in its own file (`RegionProfile+Kaltim.swift`, …).
public struct RegionProfile: Sendable, Identifiable {
    /// Who accepts the result at the end of the evaluation stage.
    public enum Acceptor: String, Sendable {
        /// The head of the organization (Kepala Perangkat Daerah, Sekretaris Daerah …).
        case head
        /// The Pimpinan Unit Organisasi that owns the target.
        case pimpinanUnit
    }

    /// The profile id that region documents name, e.g. `kaltim`.
    public let id: String
    /// The seed file of the regulation text in `docs/regulations/`.
    public let text: String
    /// Rule id → where the text states it.
    public let provisions: [String: RuleProvision]
    /// Who accepts the evaluated result.
    public let acceptedBy: Acceptor
    /// Passages of the text that disagree, each with the reading the profile chooses (``TextConflict``).
    public let conflicts: [TextConflict]

    /// Creates a profile.
    public init(id: String, text: String, provisions: [String: RuleProvision], acceptedBy: Acceptor, conflicts: [TextConflict] = []) {
        self.id = id
        self.text = text
        self.provisions = provisions
        self.acceptedBy = acceptedBy
        self.conflicts = conflicts
    }

    /// The five regulations' profiles.
    public static let standard: [RegionProfile] = [provinsiJambi, kotaJambi, bungo, banten, kaltim]

    /// The seed files of the regulation texts the profiles read.
    public static var knownTexts: Set<String> { Set(standard.map(\.text)) }
}
