import Foundation
import Testing

/// `probis scenarios --generate` and `--check` end to end, on a copy of one organization type.
struct ScenariosTests {
    /// A fresh folder holding `lib/org.yaml` (the `contoh.kantor` type of `Fixtures/simulate`).
    func library() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("probis-scenarios-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lib"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.tests.appendingPathComponent("Fixtures/simulate/org.yaml"),
                                         to: folder.appendingPathComponent("lib/org.yaml"))
        return folder
    }

    static let file = "lib/scenarios/contoh/kantor.yaml"

    @Test("--generate writes the missing file, then nothing; --check passes")
    func generateThenCheck() throws {
        let folder = try library()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["scenarios", "--generate", "--maps", "lib"], in: folder)
            == CLI.Output(stdout: "wrote \(Self.file)\n1 scenario: 1 files written, 0 unchanged\n", stderr: "", status: 0))
        let written = try String(contentsOf: folder.appendingPathComponent(Self.file), encoding: .utf8)
        #expect(written.hasPrefix("kind: scenario\nid: contoh.kantor.bawaan\ntitle: Skenario Bawaan Kantor Contoh\n"))
        #expect(try CLI.run(["scenarios", "--generate", "--maps", "lib"], in: folder)
            == CLI.Output(stdout: "1 scenario: 0 files written, 1 unchanged\n", stderr: "", status: 0))
        #expect(try CLI.run(["scenarios", "--check", "--maps", "lib"], in: folder)
            == CLI.Output(stdout: "1 scenario: 1 files up to date\n", stderr: "", status: 0))
    }

    @Test("--check lists a stale file, writes nothing and exits 1; --generate repairs it")
    func staleFile() throws {
        let folder = try library()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLI.run(["scenarios", "--generate", "--maps", "lib"], in: folder)
        let path = folder.appendingPathComponent(Self.file)
        let edited = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "seed: 20260101", with: "seed: 7")
        try edited.write(to: path, atomically: true, encoding: .utf8)

        #expect(try CLI.run(["scenarios", "--check", "--maps", "lib"], in: folder) == CLI.Output(
            stdout: "stale   \(Self.file)\n1 scenario: 1 of 1 files stale or missing; run 'probis scenarios --generate' to update them\n",
            stderr: "", status: 1))
        #expect(try String(contentsOf: path, encoding: .utf8) == edited)

        #expect(try CLI.run(["scenarios", "--generate", "--maps", "lib"], in: folder).status == 0)
        #expect(try String(contentsOf: path, encoding: .utf8).hasSuffix("seed: 20260101\n"))
    }

    @Test("--check reports a missing file and exits 1")
    func missingFile() throws {
        let folder = try library()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["scenarios", "--check", "--maps", "lib"], in: folder) == CLI.Output(
            stdout: "missing \(Self.file)\n1 scenario: 1 of 1 files stale or missing; run 'probis scenarios --generate' to update them\n",
            stderr: "", status: 1))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(Self.file).path))
    }

    @Test("--generate writes nothing when a file of the library cannot be read")
    func unreadableLibrary() throws {
        let folder = try library()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "kind: [".write(to: folder.appendingPathComponent("lib/rusak.yaml"), atomically: true, encoding: .utf8)
        let output = try CLI.run(["scenarios", "--generate", "--maps", "lib"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout == "")
        #expect(output.stderr.hasSuffix("probis: error: nothing written; fix the library's file problems first\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(Self.file).path))
    }

    @Test("One of --generate and --check is required")
    func modeRequired() throws {
        let output = try CLI.run(["scenarios"], in: CLI.tests)
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix("Error: give --generate or --check\n"))
    }
}
