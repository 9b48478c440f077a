import Foundation
import ProbisInterchange
import ProbisModel
import ProbisYAML
import Testing

/// Export → import → export over every map of the shipped library and a parallel split/join fixture: the
/// import gives back the same lanes, steps and branches, and the second export the same bytes.
@Suite struct BPMNRoundTripTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Every document with a cross-functional map in the shipped library, the parallel fixture and the
    /// letters fixture (a collaboration with a split, a decision and a loop across pools).
    static let documents: [Document] = {
        let shipped = LibraryLoader.load(paths: [repository.appendingPathComponent("ProcessMaps").path]).library.documents
        let parallel = LibraryLoader.load(paths: ["parallel.yaml", "letters.yaml"].map { fixtures.appendingPathComponent($0).path }).library.documents
        return (shipped + parallel).filter { $0.crossFunctionalMap != nil }
    }()

    /// Columns without Graphviz: each node's index times 150 points, so the test needs no C library.
    static func xml(_ process: BPMNProcess, id: String) -> String {
        let columns = Dictionary(uniqueKeysWithValues: process.nodes.enumerated().map { ($0.element.id, Double($0.offset) * 150) })
        return process.xml(id: id, diagram: process.diagram(columns: columns))
    }

    /// What the import must give back of a map: lanes without positions (BPMN has none), steps without
    /// stages, citations, notes and cadence, and only activities' artifacts.
    static func comparable(_ map: CrossFunctionalMap) -> CrossFunctionalMap {
        var map = map
        map.lanes = map.lanes.map { Lane(id: $0.id, title: $0.title, role: $0.role, group: $0.group) }
        map.steps = map.steps.map { step in
            var copy = FlowStep(id: step.id, kind: step.kind, lane: step.lane, text: step.text, next: step.next, isJoin: step.isJoin, branches: step.branches, connectsTo: step.connectsTo)
            if step.kind == .activity {
                copy.inputs = step.inputs
                copy.outputs = step.outputs
            }
            return copy
        }
        return map
    }

    @Test func libraryHasMapsToCheck() {
        #expect(Self.documents.count >= 80)
        #expect(Self.documents.contains { $0.crossFunctionalMap!.steps.contains(where: \.isJoin) })
    }

    @Test(arguments: documents.map(\.id))
    func roundTrip(_ id: DocumentID) throws {
        let document = Self.documents.first { $0.id == id }!
        let process = BPMNProcess(map: document.crossFunctionalMap!, name: document.header.title)
        let first = Self.xml(process, id: id.rawValue)
        let imported = try BPMNImport.read(Array(first.utf8), file: "\(id).bpmn")
        #expect(imported.warnings.isEmpty)
        #expect(imported.title == document.header.title)
        let expected = Self.comparable(document.crossFunctionalMap!)
        #expect(imported.map.lanes == expected.lanes)
        #expect(imported.map.steps.map(\.id) == expected.steps.map(\.id))
        for (got, want) in zip(imported.map.steps, expected.steps) { #expect(got == want) }
        let second = Self.xml(BPMNProcess(map: imported.map, name: imported.title), id: id.rawValue)
        #expect(second == first)
    }
}
