import Foundation
import ProbisModel
import ProbisYAML

/// The shipped library and its ABK example, loaded once.
enum ExampleLibrary {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let loaded = LibraryLoader.load(paths: [repository.appendingPathComponent("ProcessMaps").path])
    static var library: Library { loaded.library }
    static let scenarioID = DocumentID("kaltim.contoh.dinas-kesehatan.abk")

    /// The example ABK scenario with its organization and type.
    static func abkScenario() throws -> (scenario: Scenario, type: OrganizationType, organization: Organization) {
        guard let scenario = library.scenario(scenarioID), let (type, organization) = library.simulated(by: scenario) else {
            throw CocoaError(.fileReadUnknown)
        }
        return (scenario, type, organization)
    }
}
