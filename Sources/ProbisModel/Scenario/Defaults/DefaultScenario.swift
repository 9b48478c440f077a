/// The default scenarios of a library: one per organization type with a stage flow (`<type>.bawaan`,
/// `default: true`), and an "after" scenario for each before/after pair, all from one set of assumptions.
///
/// A pure function of the library: the organization types, and per region the first peta lintas fungsi
/// (in file order) whose mechanism is a penunjukan lintas unit. The same library gives the same scenarios.
/// The assumptions are described in `docs/simulation.md`; each scenario's description repeats them.
///
/// ```swift
/// for generated in DefaultScenario.scenarios(for: library) {
///     print(generated.path, generated.scenario.header.id)   // scenarios/kaltim/pd-tipe-1.yaml kaltim.pd-tipe-1.bawaan
/// }
/// ```
public enum DefaultScenario {
    /// A generated scenario and the file it belongs in.
    public struct Generated: Hashable, Sendable {
        /// The scenario.
        public var scenario: Scenario
        /// The file, relative to the library folder, e.g. `scenarios/kaltim/pd-tipe-1.yaml`.
        public var path: String

        /// Creates a generated scenario.
        public init(scenario: Scenario, path: String) {
            self.scenario = scenario
            self.path = path
        }
    }

    /// The folder of the library, relative to its root, that holds the scenarios.
    public static let folder = "scenarios"

    /// The id of an organization type's default scenario, e.g. `kaltim.pd-tipe-1.bawaan`.
    public static func id(for type: DocumentID) -> DocumentID { DocumentID(type.rawValue + ".bawaan") }

    /// Every default scenario of a library, by organization type id, then the after scenario of every pair
    /// whose two organization types are in the library, in the order of `pairs`.
    ///
    /// - Parameters:
    ///   - library: the organization types and the penunjukan mechanisms.
    ///   - assumptions: the workload, durations, probabilities, calendar and run settings.
    ///   - pairs: the before/after pairs.
    /// - Complexity: O(t · s²) for t organization types of s steps each, at most 400 · s per type for the
    ///   expected visits.
    public static func scenarios(
        for library: Library, assumptions: Assumptions = .standard, pairs: [Pair] = Pair.library
    ) -> [Generated] {
        let types = library.organizationTypes.filter { $0.flow != nil }
            .sorted { $0.header.id.rawValue < $1.header.id.rawValue }
        let mechanisms = penunjukanMechanisms(in: library)
        var out: [Generated] = []
        var cases: [DocumentID: Int] = [:]
        for type in types {
            let mechanism = type.header.region.flatMap { mechanisms[$0.id] }
            let plan = Plan(type: type, mechanism: mechanism, assumptions: assumptions)
            let count = plan.cases(headcount: { type.position($0)?.headcount ?? 0 })
            cases[type.header.id] = count
            let scenario = plan.scenario(
                id: id(for: type.header.id), title: "Skenario Bawaan \(type.header.title)", cases: count,
                headcounts: [], isDefault: true, pair: nil)
            out.append(Generated(scenario: scenario, path: path(region: type.header.id, name: type.header.id)))
        }
        for pair in pairs {
            guard let before = types.first(where: { $0.header.id == pair.before }),
                  let after = types.first(where: { $0.header.id == pair.after }),
                  let count = cases[pair.before] else { continue }
            let mechanism = after.header.region.flatMap { mechanisms[$0.id] }
            let plan = Plan(type: after, mechanism: mechanism, assumptions: assumptions)
            let scenario = plan.scenario(
                id: pair.scenario, title: "\(after.header.title) setelah Penyederhanaan dari \(before.header.title)",
                cases: count, headcounts: pair.headcounts(before: before, after: after), isDefault: false, pair: pair)
            out.append(Generated(scenario: scenario, path: path(region: after.header.id, name: pair.scenario)))
        }
        return out
    }

    /// Per region, the first peta lintas fungsi in library order that encodes a penunjukan lintas unit.
    static func penunjukanMechanisms(in library: Library) -> [DocumentID: LintasFungsiMap] {
        var found: [DocumentID: LintasFungsiMap] = [:]
        for document in library.documents {
            guard case let .petaLintasFungsi(map) = document, let region = map.header.region?.id,
                  map.mechanism?.kind == .penunjukan, map.mechanism?.scope == .lintasUnit,
                  found[region] == nil else { continue }
            found[region] = map
        }
        return found
    }

    /// `scenarios/<region>/<name>.yaml`: the region is the part of `region`'s id before the first dot, the
    /// name the part of `name`'s id after it (`umum/<id>` for an id without a dot).
    static func path(region: DocumentID, name: DocumentID) -> String {
        func split(_ id: DocumentID) -> (String, String)? {
            guard let dot = id.rawValue.firstIndex(of: ".") else { return nil }
            return (String(id.rawValue[..<dot]), String(id.rawValue[id.rawValue.index(after: dot)...]))
        }
        let folder = split(region)?.0 ?? "umum"
        let file = split(name)?.1 ?? name.rawValue
        return "\(Self.folder)/\(folder)/\(file).yaml"
    }
}
