import ProbisModel

/// Two or more passages of one regulation text that say different things about the same fact, and the reading a
/// region profile chooses. The rule that checks the fact asks the profile for the chosen passage's lane roles;
/// `probis coverage` lists every passage and the reading chosen.
public struct TextConflict: Hashable, Sendable {
    /// One passage of the text and what it says.
    public struct Passage: Hashable, Sendable {
        /// The Pasal or Lampiran item, e.g. `Pasal 18 ayat (2) huruf b`.
        public var item: String
        /// The passage's own words on the fact, in Bahasa Indonesia.
        public var wording: String
        /// The lane roles that satisfy this reading, e.g. `[.ppk]`.
        public var roles: [LaneRole]

        /// Creates a passage.
        public init(_ item: String, _ wording: String, roles: [LaneRole]) {
            self.item = item
            self.wording = wording
            self.roles = roles
        }
    }

    /// A stable id that rules ask for, e.g. `penerima-laporan-ketua-tim`.
    public var id: String
    /// The fact the passages disagree on, in one English sentence.
    public var question: String
    /// The passages, in the order of the text.
    public var passages: [Passage]
    /// The item of the passage the profile reads.
    public var chosen: String

    /// Creates a conflict.
    /// - Precondition: `chosen` is the item of one of `passages`.
    public init(id: String, question: String, passages: [Passage], chosen: String) {
        precondition(passages.contains { $0.item == chosen }, "conflict '\(id)' chooses '\(chosen)', which is none of its passages")
        self.id = id
        self.question = question
        self.passages = passages
        self.chosen = chosen
    }

    /// The passage the profile reads.
    public var reading: Passage { passages.first { $0.item == chosen }! }
}

extension RegionProfile {
    /// The profile's conflict of this id.
    public func conflict(_ id: String) -> TextConflict? { conflicts.first { $0.id == id } }

    /// The same profile reading another passage of one of its conflicts.
    /// - Parameters:
    ///   - item: the item of the passage to read.
    ///   - id: the conflict's id.
    public func choosing(_ item: String, for id: String) -> RegionProfile {
        let conflicts = conflicts.map { conflict in
            conflict.id == id ? TextConflict(id: conflict.id, question: conflict.question, passages: conflict.passages, chosen: item) : conflict
        }
        var provisions = provisions
        for (rule, provision) in provisions where provision.item == conflict(id)?.chosen {
            provisions[rule] = RuleProvision(item, provision.severity)
        }
        return RegionProfile(id: self.id, text: text, provisions: provisions, acceptedBy: acceptedBy, conflicts: conflicts)
    }
}
