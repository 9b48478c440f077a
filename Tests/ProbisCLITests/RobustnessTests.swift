import Foundation
import Testing

/// Hostile and careless scenarios and output paths (issue 13): each is refused with one located line and
/// exit 1, nothing is printed on standard output and nothing is written; no trap, no hang.
struct RobustnessTests {
    static let organization = try! Data(contentsOf: CLI.tests.appendingPathComponent("Fixtures/simulate/org.yaml"))

    /// A scenario of the fixture office with some lines replaced.
    static func scenario(workload: String = "  arrivals: {per-year: 120}", kerjakan: String = "{triangular: {min: 2h, mode: 4h, max: 10h}}",
                         tinjau: String = "{exponential: {mean: 1h, max: 6h}}", settings: String = "horizon: 26w\nreplications: 4") -> Data {
        Data("""
            kind: scenario
            id: contoh.kantor.uji
            title: Skenario Uji
            organization: contoh.kantor
            pooled: [staf]
            workload:
            \(workload)
            durations:
              kerjakan: \(kerjakan)
              tinjau: \(tinjau)
            branches:
              sesuai: {diterima: 0.8, perbaikan: 0.2}
            \(settings)
            seed: 11

            """.utf8)
    }

    /// A temporary library: the fixture office and one scenario.
    static func library(_ scenario: Data) throws -> URL {
        try Corpus.folder(["org.yaml": organization, "scenario.yaml": scenario])
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var scenario: Data
        var expected: String
        var testDescription: String { name }
    }

    /// Values that crashed or hung `simulate` before issue 13, with the error each now gets.
    static let values: [Case] = [
        Case(name: "fixed duration beyond Int64", scenario: scenario(kerjakan: "9223372036854775807s"),
             expected: "scenario.yaml:9:13: error: duration of step 'kerjakan': fixed 'value' (2562047788015215.5h) is more than the simulator's limit of 100 years (876000h)"),
        Case(name: "normal with mean 1e16h", scenario: scenario(kerjakan: "{normal: {mean: 1e16h, sd: 1h}}"),
             expected: "scenario.yaml:9:13: error: duration of step 'kerjakan': normal 'mean' (1e16h) is more than the simulator's limit of 100 years (876000h)"),
        Case(name: "team size 3000000000", scenario: scenario(workload: "  arrivals: {per-year: 120}\n  team-size: 3000000000"),
             expected: "scenario.yaml:8:14: error: team size of scenario 'contoh.kantor.uji': fixed 'value' (3000000000) is more than the simulator's limit of 1000 anggota"),
        Case(name: "team size 1e300", scenario: scenario(workload: "  arrivals: {per-year: 120}\n  team-size: 1e300"),
             expected: "scenario.yaml:8:14: error: team size of scenario 'contoh.kantor.uji': fixed 'value' (1e+300) is more than the simulator's limit of 1000 anggota"),
        Case(name: "team size 0", scenario: scenario(workload: "  arrivals: {per-year: 120}\n  team-size: 0"),
             expected: "scenario.yaml:8:14: error: team size of scenario 'contoh.kantor.uji': must be a whole number of anggota from 1 to 1000, found 0"),
        Case(name: "team size 2.5", scenario: scenario(workload: "  arrivals: {per-year: 120}\n  team-size: 2.5"),
             expected: "scenario.yaml:8:14: error: team size of scenario 'contoh.kantor.uji': must be a whole number of anggota from 1 to 1000, found 2.5"),
        Case(name: "inter-arrival mean 1e15h with a limit and no horizon",
             scenario: scenario(workload: "  arrivals: {interarrival: {exponential: {mean: 1e15h}}}\n  limit: 5", settings: "replications: 4"),
             expected: "scenario.yaml:7:28: error: inter-arrival time of scenario 'contoh.kantor.uji': exponential 'mean' (1e15h) is more than the simulator's limit of 100 years (876000h)"),
        Case(name: "exponential truncated far in its tail without max", scenario: scenario(tinjau: "{exponential: {mean: 1h, min: 100h}}"),
             expected: "scenario.yaml:10:11: error: duration of step 'tinjau': exponential truncated at 'min' 100h, more than 6 standard deviations above the mean 1h with no 'max'; almost no value falls above it (lower 'min' or give the distribution a larger mean)"),
        Case(name: "horizon of 200 years", scenario: scenario(settings: "horizon: 200y"),
             expected: "scenario.yaml:13:10: error: 'horizon' of scenario 'contoh.kantor.uji' (200y) is more than the simulator's limit of 100 years"),
        Case(name: "replications: 0 (a reading error)", scenario: scenario(settings: "horizon: 26w\nreplications: 0"),
             expected: "scenario.yaml:14:15: error: 'replications' of scenario 'contoh.kantor.uji' must be between 1 and 100000, found 0"),
    ]

    @Test("A value the engine cannot represent is refused by simulate: the located error, exit 1, no report, no event log", arguments: values)
    func refusedValue(_ item: Case) throws {
        let folder = try Self.library(item.scenario)
        let output = try CLI.run(["simulate", "contoh.kantor.uji", "--maps", ".", "--event-log", "log.csv"], in: folder)
        let expected = item.expected.replacingOccurrences(of: "scenario.yaml", with: "./scenario.yaml")
        #expect(output == CLI.Output(stdout: "", stderr: """
            \(expected)
            probis: error: 1 error in '.'; nothing was simulated (fix the errors above; 'probis validate .' lists them with warnings)

            """, status: 1))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("log.csv").path))
    }

    @Test("compare refuses a library with errors before simulating either scenario")
    func compareRefuses() throws {
        let folder = try Self.library(Self.scenario(settings: "horizon: 26w\nreplications: 0"))
        let output = try CLI.run(["compare", "contoh.kantor.uji", "contoh.kantor.uji", "--maps", "."], in: folder)
        #expect(output == CLI.Output(stdout: "", stderr: """
            ./scenario.yaml:14:15: error: 'replications' of scenario 'contoh.kantor.uji' must be between 1 and 100000, found 0
            probis: error: 1 error in '.'; nothing was compared (fix the errors above; 'probis validate .' lists them with warnings)

            """, status: 1))
    }

    @Test("--max-events stops a replication with the events and the simulated time")
    func eventBudget() throws {
        let folder = try Self.library(Self.scenario())
        let output = try CLI.run(["simulate", "contoh.kantor.uji", "--maps", ".", "--max-events", "10", "--jobs", "1"], in: folder)
        #expect(output == CLI.Output(stdout: "", stderr: """
            probis: error: replication 1 stopped after 10 events at simulated time 2026-01-09T08:29:28: it spent its budget of 10 events; the workload and durations make more work than a run can finish (shorten the horizon, lower the workload, or raise --max-events)

            """, status: 1))
    }

    @Test("--deadline stops the run with an error and no report")
    func deadline() throws {
        let folder = try Self.library(Self.scenario())
        let output = try CLI.run(["simulate", "contoh.kantor.uji", "--maps", ".", "--deadline", "0.000000001"], in: folder)
        #expect(output == CLI.Output(stdout: "", stderr: "probis: error: the run stopped at its deadline of 1e-09 s with 0 of 4 replications finished\n", status: 1))
    }

    @Test("--event-log /dev/full: a plain-words error with the path, exit 1, and the device stays a device")
    func deviceFull() throws {
        let folder = try Self.library(Self.scenario())
        let output = try CLI.run(["simulate", "contoh.kantor.uji", "--maps", ".", "--event-log", "/dev/full"], in: folder)
        #expect(output == CLI.Output(stdout: "", stderr: "probis: error: cannot write the event log to '/dev/full': no space left on device\n", status: 1))
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }

    @Test("--event-log through a symbolic link writes the file it points to and keeps the link")
    func symbolicLink() throws {
        let folder = try Self.library(Self.scenario())
        try Data("lama\n".utf8).write(to: folder.appendingPathComponent("real.csv"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("log.csv").path, withDestinationPath: "real.csv")
        let output = try CLI.run(["simulate", "contoh.kantor.uji", "--maps", ".", "--event-log", "log.csv", "--format", "csv"], in: folder)
        #expect(output.status == 0)
        let type = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("log.csv").path)[.type] as? FileAttributeType
        #expect(type == .typeSymbolicLink)
        let log = try String(contentsOf: folder.appendingPathComponent("real.csv"), encoding: .utf8)
        #expect(log.hasPrefix("case_id,activity,position,resource,enable_time,start_time,end_time\n1,kerjakan,staf,kumpulan/staf/1,"))
    }

    @Test("--event-log /dev/stdout writes the log into standard output, before the report")
    func standardOutput() throws {
        let folder = try Self.library(Self.scenario())
        let output = try CLI.run(["simulate", "contoh.kantor.uji", "--maps", ".", "--event-log", "/dev/stdout", "--format", "csv"], in: folder)
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("case_id,activity,position,resource,enable_time,start_time,end_time\n1,kerjakan,staf,kumpulan/staf/1,"))
        #expect(output.stdout.contains("\nbagian,kunci,ukuran,satuan,rata_rata,ik95_bawah,ik95_atas,replikasi\n"))
    }

    @Test("--event-log to a link to nothing, a folder or an empty path is refused in plain words")
    func unwritablePaths() throws {
        let folder = try Self.library(Self.scenario())
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("dangling.csv").path, withDestinationPath: "missing.csv")
        let reasons = try ["dangling.csv", ".", "", "org.yaml/log.csv"].map { path in
            try CLI.run(["simulate", "contoh.kantor.uji", "--maps", ".", "--event-log", path], in: folder)
        }
        #expect(reasons.map(\.stderr) == [
            "probis: error: cannot write the event log to 'dangling.csv': it is a symbolic link to 'missing.csv', which does not exist\n",
            "probis: error: cannot write the event log to '.': it is a folder; give a file name\n",
            "probis: error: cannot write the event log to '': no file name given\n",
            "probis: error: cannot write the event log to 'org.yaml/log.csv': 'org.yaml' is not a folder\n",
        ])
        #expect(reasons.map(\.status) == [1, 1, 1, 1])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("missing.csv").path))
    }

    @Test("Standard output on a full device: a plain-words error and exit 1, not a trap")
    func fullStandardOutput() throws {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["validate", "library"]
        process.currentDirectoryURL = CLI.tests.appendingPathComponent("Fixtures")
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(String(decoding: stderr, as: UTF8.self) == "probis: error: cannot write to standard output: no space left on device\n")
        #expect(process.terminationStatus == 1)
    }
}
