extension DefaultScenario {
    /// A before/after pair: the same people, workload, durations, probabilities and seed as the "before"
    /// type's default scenario, run in the "after" type's structure, so that `probis compare` shows what the
    /// penyederhanaan changes.
    public struct Pair: Hashable, Sendable {
        /// The organization type before penyederhanaan.
        public var before: DocumentID
        /// The organization type after it.
        public var after: DocumentID
        /// The id of the after scenario.
        public var scenario: DocumentID
        /// Positions of the before type that the after type no longer has, each with the position whose
        /// people it becomes (penyetaraan jabatan), in order.
        public var conversions: [Conversion]

        /// A structural position converted into another (penyetaraan jabatan).
        public struct Conversion: Hashable, Sendable {
            /// The position of the before type that disappears.
            public var from: PositionID
            /// The position of the after type its people hold.
            public var to: PositionID

            /// Creates a conversion.
            public init(from: PositionID, to: PositionID) {
                self.from = from
                self.to = to
            }
        }

        /// Creates a pair.
        public init(before: DocumentID, after: DocumentID, scenario: DocumentID, conversions: [Conversion]) {
            self.before = before
            self.after = after
            self.scenario = scenario
            self.conversions = conversions
        }

        /// The library's pairs: Kaltim Perangkat Daerah Tipe 2 → Tipe 1 (the Kasubbag become JF Ahli Muda)
        /// and UPTD Tipe A → Tipe B (the Kasubbag/Kasi become JF Ahli Muda).
        public static let library: [Pair] = [
            Pair(before: "kaltim.pd-tipe-2", after: "kaltim.pd-tipe-1", scenario: "kaltim.pd-tipe-1.dari-tipe-2",
                 conversions: [Conversion(from: "kasubbag", to: "jf-ahli-muda")]),
            Pair(before: "kaltim.uptd-tipe-a", after: "kaltim.uptd-tipe-b", scenario: "kaltim.uptd-tipe-b.dari-tipe-a",
                 conversions: [Conversion(from: "kasubbag-seksi", to: "jf-ahli-muda")]),
        ]

        /// The after scenario's headcounts: the before type's people in the positions both types have or
        /// that they are converted into, where that differs from the after type's own headcount; in the
        /// before type's position order.
        func headcounts(before: OrganizationType, after: OrganizationType) -> [HeadcountOverride] {
            var counts: [(PositionID, Int)] = []
            func add(_ position: PositionID, _ count: Int) {
                if let index = counts.firstIndex(where: { $0.0 == position }) { counts[index].1 += count } else { counts.append((position, count)) }
            }
            for position in before.positions {
                if after.position(position.id) != nil {
                    add(position.id, position.headcount)
                } else if let conversion = conversions.first(where: { $0.from == position.id }) {
                    add(conversion.to, position.headcount)
                }
            }
            return counts.filter { $0.1 != after.position($0.0)?.headcount }
                .map { HeadcountOverride(position: Reference($0.0), count: $0.1) }
        }
    }
}
