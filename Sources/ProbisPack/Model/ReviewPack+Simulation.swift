import Foundation
import ProbisModel
import ProbisReport
import ProbisSimulation

/// One scenario's outcome in the pack.
public struct ScenarioResult: Sendable {
    /// The scenario.
    public var scenario: Scenario
    /// The run, when it ran.
    public var run: SimulationRun? { didSet { summary = run?.summary } }
    /// The run's summary (computed once: a summary is built from every replication).
    public private(set) var summary: SimulationSummary?
    /// Why it did not run, in Bahasa Indonesia for the page (the engine's own message quoted), when it did not.
    public var failure: String?
    /// The files whose errors kept it from running (empty when it was tried).
    public var blockedBy: [String] = []
    /// The engine's message when it was tried and failed (as `probis simulate` prints it, without its prefix).
    public var engineMessage: String?

    /// The document whose swimlane shows the run: the organization it runs on, else its organization type.
    public var document: DocumentID? {
        guard let summary else { return scenario.organization.id }
        return DocumentID(summary.units ?? summary.organization)
    }
}

/// A before/after pair of scenarios: a scenario whose description says "probis compare A B".
public struct ScenarioPair: Sendable {
    /// The scenario before and after.
    public var before: DocumentID, after: DocumentID
    /// The simulated comparison, when both ran.
    public var comparison: Comparison?
    /// The changes from the before organization type to the after one.
    public var diff: DocumentDiff?
    /// Why the comparison is missing.
    public var failure: String?
    /// Per unit and per person, when both scenarios run on organizations (people): the same report as
    /// `probis compare A B --people` gives for the same runs.
    public var people: PeopleComparisonReport?
}

extension ReviewPack {
    /// Runs every scenario (those whose own file or organization has errors are not run) and pairs the
    /// before/after scenarios.
    /// - Parameters:
    ///   - threads: replications run at once.
    ///   - limits: the event budget and deadline of each run.
    ///   - adjust: settings a caller overrides in every scenario (seed, replications, horizon).
    public mutating func simulate(threads: Int, limits: RunLimits, adjust: (Scenario) -> Scenario = { $0 }) {
        var results: [ScenarioResult] = []
        for scenario in library.scenarios.sorted(by: { $0.header.id < $1.header.id }) {
            results.append(run(adjust(scenario), threads: threads, limits: limits))
        }
        var pairs: [ScenarioPair] = []
        for result in results {
            guard let (before, after) = Self.comparedPair(in: result.scenario.header.description),
                  after == result.scenario.header.id else { continue }
            pairs.append(pair(before, after, results: results))
        }
        // On a page, a pair whose workload the scenario states itself comes before one whose workload comes
        // from an Anjab-ABK table (the first is the page's `#penyetaraan`); then by the after scenario's id.
        let fromTable = Set(results.filter { $0.scenario.abk != nil }.map(\.scenario.header.id))
        pairs.sort { (fromTable.contains($0.after) ? 1 : 0, $0.after.rawValue) < (fromTable.contains($1.after) ? 1 : 0, $1.after.rawValue) }
        record(results, pairs: pairs)
    }

    private func run(_ scenario: Scenario, threads: Int, limits: RunLimits) -> ScenarioResult {
        let organization = library.document(scenario.organization.id)
        let blocked = [library.document(scenario.header.id), organization].compactMap { $0 }.filter(hasErrors)
        guard blocked.isEmpty else {
            let files = blocked.map { $0.header.file ?? $0.id.rawValue }
            return ScenarioResult(scenario: scenario, failure: "Skenario tidak dijalankan: ada galat di \(files.joined(separator: ", ")) (lihat Temuan).",
                                  blockedBy: files)
        }
        do {
            let model = try SimulationModel.compile(scenario, in: library)
            let run = try Simulator.run(model, threads: threads, limits: limits)
            var result = ScenarioResult(scenario: scenario)
            result.run = run
            return result
        } catch {
            let prefix = "probis: error: "
            let message = "\(error)".split(separator: "\n").map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : String($0) }
                .joined(separator: "\n")
            return ScenarioResult(scenario: scenario, failure: "Simulasi gagal (pesan mesin simulasi):\n" + message, engineMessage: message)
        }
    }

    private func pair(_ before: DocumentID, _ after: DocumentID, results: [ScenarioResult]) -> ScenarioPair {
        var pair = ScenarioPair(before: before, after: after)
        let first = results.first { $0.scenario.header.id == before }
        let second = results.first { $0.scenario.header.id == after }
        if let a = first?.run, let b = second?.run {
            pair.comparison = Comparison(a, b)
            if first?.summary?.units != nil, second?.summary?.units != nil { pair.people = PeopleComparisonReport(a, b) }
        } else {
            pair.failure = first == nil ? "skenario \(before) tidak ada di pustaka" : "salah satu skenario tidak berjalan"
        }
        if let a = first.flatMap({ library.document($0.scenario.organization.id) }),
           let b = second.flatMap({ library.document($0.scenario.organization.id) }), a.id != b.id {
            pair.diff = DocumentDiff(from: a, to: b, in: library)
        }
        return pair
    }

    /// The scenarios a description names as `probis compare A B`: the convention of the library's
    /// before/after scenarios ("Bandingkan dengan: probis compare A B").
    static func comparedPair(in description: String?) -> (DocumentID, DocumentID)? {
        guard let description, let range = description.range(of: "probis compare ") else { return nil }
        let words = description[range.upperBound...].split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(2)
            .map { String($0).trimmingCharacters(in: .init(charactersIn: ".,;")) }
        guard words.count == 2 else { return nil }
        return (DocumentID(words[0]), DocumentID(words[1]))
    }
}
