import Foundation
import ProbisInterchange
import ProbisModel
import ProbisSimulation
import ProbisTestSupport
import ProbisYAML
import Testing

/// The XES log and the Prosimos pair of the 3-task benchmark model, as whole golden texts.
@Suite struct SimulationExportTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// The 3-task model's scenario, cut to `cases` kegiatan.
    static func model(cases: Int) throws -> SimulationModel {
        let library = LibraryLoader.load(paths: [repository.appendingPathComponent("benchmarks/three-task/ProcessMaps").path]).library
        var scenario = try #require(library.scenario(DocumentID("bench.tiga-tugas.skenario")))
        scenario.workload.limit = cases
        return try SimulationModel.compile(scenario, in: library)
    }

    @Test func xesLogOfThreeCases() throws {
        let model = try Self.model(cases: 3)
        let (_, records) = try Simulator.replicate(model, replication: 0, eventLog: true)
        let log = try #require(records)
        #expect(log.count == 9)
        try Snapshot.expect(model.eventLogXES(log), file: Self.snapshots.appendingPathComponent("tiga-tugas.xes"))
    }

    @Test func prosimosPair() throws {
        let export = ProsimosExport.export(try Self.model(cases: 3))
        #expect(export.notes.isEmpty)
        try Snapshot.expect(export.parameters, file: Self.snapshots.appendingPathComponent("tiga-tugas.prosimos.json"))
        #expect(export.process.nodes.map(\.id) == ["mulai", "a", "b", "c", "selesai"])
    }
}
