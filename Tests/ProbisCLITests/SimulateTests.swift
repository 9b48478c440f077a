import Foundation
import Testing

/// `probis simulate` and `probis compare` end to end: stdout, stderr and exit status.
struct SimulateTests {
    static let fixtures = CLI.tests.appendingPathComponent("Fixtures")

    func run(_ arguments: [String]) throws -> CLI.Output {
        try CLI.run(arguments, in: Self.fixtures)
    }

    @Test("A scenario's text report in Bahasa Indonesia")
    func textReport() throws {
        let output = try run(["simulate", "contoh.kantor.bawaan", "--maps", "simulate"])
        #expect(output.status == 0)
        #expect(output.stderr == "")
        try CLI.expectSnapshot(output.stdout, named: "simulate.txt")
    }

    @Test("An organization type's id runs its default scenario")
    func organizationID() throws {
        let byType = try run(["simulate", "contoh.kantor", "--maps", "simulate", "--format", "json"])
        let byScenario = try run(["simulate", "contoh.kantor.bawaan", "--maps", "simulate", "--format", "json"])
        #expect(byType == byScenario)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(byType.stdout.utf8)) as? [String: Any])
        #expect(summary["seed"] as? Int == 11)
        #expect(summary["replications"] as? Int == 4)
        #expect((summary["bottlenecks"] as? [Any])?.isEmpty == false)
    }

    @Test("The same seed gives byte-identical output with one worker thread or several")
    func threads() throws {
        let one = try run(["simulate", "contoh.kantor.bawaan", "--maps", "simulate", "--format", "csv", "--jobs", "1", "--replications", "6"])
        let two = try run(["simulate", "contoh.kantor.bawaan", "--maps", "simulate", "--format", "csv", "--jobs", "2", "--replications", "6"])
        let four = try run(["simulate", "contoh.kantor.bawaan", "--maps", "simulate", "--format", "csv", "--jobs", "4", "--replications", "6"])
        #expect(one.status == 0)
        #expect(one.stdout == two.stdout && two.stdout == four.stdout)
        #expect(one.stdout.hasPrefix("bagian,kunci,ukuran,satuan,rata_rata,ik95_bawah,ik95_atas,replikasi\n"))
    }

    @Test("--event-log writes the first replication's steps as CSV, atomically")
    func eventLog() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("probis-log-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try run(["simulate", "contoh.kantor.bawaan", "--maps", "simulate", "--event-log", path, "--format", "json"])
        #expect(output.status == 0)
        let log = try String(contentsOfFile: path, encoding: .utf8)
        let lines = log.split(separator: "\n")
        #expect(lines.first == "case_id,activity,position,resource,enable_time,start_time,end_time")
        #expect(lines.count > 100)
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",").count == 7 })
        #expect(lines[1].hasPrefix("1,kerjakan,staf,kumpulan/staf/1,2026-"))
    }

    @Test("compare: side by side with differences and significance")
    func compare() throws {
        let output = try run(["compare", "contoh.kantor.bawaan", "contoh.kantor.staf-berkurang", "--maps", "simulate"])
        #expect(output.status == 0)
        try CLI.expectSnapshot(output.stdout, named: "compare.txt")
    }

    @Test("simulate --all: a row per organization type")
    func all() throws {
        let output = try run(["simulate", "--all", "--maps", "simulate"])
        #expect(output.status == 0)
        try CLI.expectSnapshot(output.stdout, named: "simulate-all.txt")
    }

    @Test("A bad scenario is refused before any run, with located errors and exit 1")
    func badScenario() throws {
        let output = try run(["simulate", "contoh.kantor.salah", "--maps", "simulate-bad"])
        #expect(output.status == 1)
        #expect(output.stdout == "")
        #expect(output.stderr == """
            simulate-bad/scenario.yaml:7:22: error: default duration of scenario 'contoh.kantor.salah': uniform 'min' (3h) is greater than 'max' (1h)
            simulate-bad/scenario.yaml:9:11: error: no case of scenario 'contoh.kantor.salah' that reaches decision 'sesuai' can ever finish: branch 'diterima' has probability 0, so the loop (kerjakan → tinjau → sesuai → kerjakan) is taken with probability 1
            probis: error: 2 errors in 'simulate-bad'; nothing was simulated (fix the errors above; 'probis validate simulate-bad' lists them with warnings)

            """)
    }

    @Test("An unknown id suggests the closest scenario")
    func unknown() throws {
        let output = try run(["simulate", "contoh.kantor.bawan", "--maps", "simulate"])
        #expect(output.status == 1)
        #expect(output.stderr == "probis: error: no scenario or organization type with id 'contoh.kantor.bawan' in 'simulate' (did you mean 'contoh.kantor.bawaan'?)\n")
    }
}
