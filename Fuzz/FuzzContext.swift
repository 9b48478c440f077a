import Foundation
import ProbisModel
import ProbisYAML

/// The small libraries the fuzz targets check each input with. Their folder is `PROBIS_FUZZ_CONTEXT`, else
/// the repository's.
enum FuzzContext {
    /// The CLI tests' office (an organization type with a stage flow and two scenarios): `load` and
    /// `simulate` validate each input with it.
    static func documents() -> [Document] {
        let folder = ProcessInfo.processInfo.environment["PROBIS_FUZZ_CONTEXT"] ?? "Tests/ProbisCLITests/Fixtures/simulate"
        return LibraryLoader.load(paths: [folder]).library.documents
    }

    /// The example Dinas Kesehatan, its type (PD tipe 2) and its ABK scenario: `abk` resolves each table
    /// against them.
    static func abk() -> (scenario: Scenario, type: OrganizationType, organization: Organization) {
        let maps = ProcessInfo.processInfo.environment["PROBIS_FUZZ_MAPS"] ?? "ProcessMaps"
        let library = LibraryLoader.load(paths: [
            "\(maps)/kaltim/contoh/dinas-kesehatan.yaml",
            "\(maps)/kaltim/organisasi/pd-tipe-2.yaml",
            "\(maps)/scenarios/kaltim/contoh-dinas-kesehatan-abk.yaml",
        ]).library
        guard let scenario = library.documents.lazy.compactMap({ document -> Scenario? in
                  if case let .scenario(scenario) = document { return scenario } else { return nil }
              }).first,
              let (type, organization) = library.simulated(by: scenario)
        else { fatalError("fuzz context: the example ABK scenario does not load from '\(maps)'") }
        return (scenario, type, organization)
    }

    /// Traps (a finding) when a diagnostic takes more than one line.
    static func requireOneLine(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where diagnostic.description.contains("\n") {
            fatalError("diagnostic on two lines: \(diagnostic.description)")
        }
    }
}
