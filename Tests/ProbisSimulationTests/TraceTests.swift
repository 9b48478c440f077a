import Foundation
import ProbisTestSupport
import ProbisModel
import ProbisReport
@testable import ProbisSimulation
import Testing

/// Whole event traces of a small seeded run, compared with a recorded snapshot (re-record with
/// `RECORD_SNAPSHOTS=1`), and the output's independence from the number of threads.
struct TraceTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func expectSnapshot(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try Snapshot.expect(text, file: snapshots.appendingPathComponent(name), sourceLocation: sourceLocation)
    }

    @Test("The office's first replication: planning, team split and join, perbaikan, penunjukan with letters")
    func officeTrace() throws {
        let scenario = OfficeFixture.scenario()
        let model = try SimulationModel.compile(scenario, in: OfficeFixture.library(scenario))
        let (result, log) = try Simulator.replicate(model, replication: 0, eventLog: true)
        let records = try #require(log)
        try Self.expectSnapshot(model.eventLogCSV(records), named: "office-trace.csv")
        #expect(result.arrivals == 6)
        #expect(result.completed == 6)
        // Every team round has two anggota rows (team size 2), all ending before the round's laporan starts.
        let rows = model.eventLogCSV(records).split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        for caseID in Set(rows.map { $0[0] }) {
            let reports = rows.filter { $0[0] == caseID && $0[1] == "laporan" }
            let members = rows.filter { $0[0] == caseID && $0[1] == "anggota" }
            #expect(members.count == 2 * reports.count)
            for (index, report) in reports.enumerated() {
                #expect(members[2 * index][6] <= report[5] && members[2 * index + 1][6] <= report[5])
            }
        }
        // Planning runs once, before any case's first step.
        #expect(rows.filter { $0[1] == "rencana" }.map { $0[0] } == ["siklus-1"])
    }

    @Test("Same seed, same bytes: results do not depend on the number of threads")
    func threads() throws {
        let scenario = OfficeFixture.scenario(cases: 40)
        let model = try SimulationModel.compile(scenario, in: OfficeFixture.library(scenario))
        let one = try Simulator.run(model, threads: 1, eventLog: true)
        let two = try Simulator.run(model, threads: 2, eventLog: true)
        let three = try Simulator.run(model, threads: 3, eventLog: true)
        #expect(one.results == two.results && two.results == three.results)
        #expect(one.eventLog == three.eventLog)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(one.summary) == encoder.encode(three.summary))
    }

    @Test("A different seed gives a different run")
    func seeds() throws {
        let a = OfficeFixture.scenario(cases: 40, seed: 1), b = OfficeFixture.scenario(cases: 40, seed: 2)
        let runA = try Simulator.run(try SimulationModel.compile(a, in: OfficeFixture.library(a)))
        let runB = try Simulator.run(try SimulationModel.compile(b, in: OfficeFixture.library(b)))
        #expect(runA.results != runB.results)
    }
}

/// The queue discipline: ranked steps are served before unranked ones.
struct QueueDisciplineTests {
    @Test("Ranking the review first shortens its wait at the busy head")
    func priorityServesRankedStepsFirst() throws {
        var fifo = OfficeFixture.scenario(cases: 400, perbaikan: 0.2)
        fifo.replications = 4
        var ranked = fifo
        ranked.queue = .priority([QueueRank(key: "tinjau", rank: 1)])
        let waits = try [fifo, ranked].map { scenario -> Double in
            let run = try Simulator.run(try SimulationModel.compile(scenario, in: OfficeFixture.library(scenario)))
            return try #require(run.summary.steps.first { $0.activity == "tinjau" }?.meanWaitHours?.mean)
        }
        #expect(waits[1] < waits[0], "review wait FIFO \(waits[0]) h, ranked \(waits[1]) h")
    }
}
