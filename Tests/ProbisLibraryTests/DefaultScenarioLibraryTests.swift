import Foundation
import ProbisModel
import ProbisYAML
import Testing

/// The shipped scenarios are what `probis scenarios --generate` writes: this fails when an organization
/// type, a mechanism or the assumptions change and the files are not regenerated.
struct DefaultScenarioLibraryTests {
    static let generated = DefaultScenario.scenarios(for: ShippedLibrary.library)

    @Test("Every generated scenario's file holds exactly the writer's text",
          arguments: generated.map(\.path))
    func shippedFileIsCurrent(_ path: String) throws {
        let item = try #require(Self.generated.first { $0.path == path })
        let file = ShippedLibrary.repository.appendingPathComponent("ProcessMaps").appendingPathComponent(path)
        let shipped = try String(contentsOf: file, encoding: .utf8)
        #expect(shipped == ProcessMapsEncoder.encode(.scenario(item.scenario)),
                "\(path) is stale; run 'probis scenarios --generate'")
    }

    @Test("Every organization type with a stage flow has a generated default scenario, and both pairs are generated")
    func coverage() {
        let types = ShippedLibrary.library.organizationTypes.filter { $0.flow != nil }.map(\.header.id)
        let defaults = Self.generated.filter(\.scenario.isDefault)
        #expect(defaults.map(\.scenario.organization.id) == types.sorted { $0.rawValue < $1.rawValue })
        #expect(Self.generated.filter { !$0.scenario.isDefault }.map(\.scenario.header.id)
                == DefaultScenario.Pair.library.map(\.scenario))
        let shippedDefaults = ShippedLibrary.library.scenarios.filter(\.isDefault).map(\.header.id)
        #expect(Set(shippedDefaults) == Set(defaults.map(\.scenario.header.id)))
    }
}
