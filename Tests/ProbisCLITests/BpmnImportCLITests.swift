import Foundation
import ProbisTestSupport
import Testing

/// `probis bpmn import` on bad input: one located line with its code, exit 1, nothing on standard output and
/// no file written; a 100 MB file is refused by its size before it is read.
struct BpmnImportCLITests {
    static let fixtures = CLI.repository.appendingPathComponent("Tests/ProbisInterchangeTests/Fixtures/import")

    static func importing(_ file: URL, in folder: URL) throws -> (ProcessOutput, Bool) {
        let output = folder.appendingPathComponent("out.yaml")
        let result = try CLI.run(["bpmn", "import", file.path, "--output", output.path], in: folder)
        return (result, FileManager.default.fileExists(atPath: output.path))
    }

    @Test(arguments: [
        ("missing-node.bpmn", "8:5: error[bpmn-missing-node]: sequence flow 'f2' has target 'selesei', which is not a flow node of the process (did you mean 'selesai'?)"),
        ("compensation.bpmn", "7:7: error[bpmn-unsupported]: compensateEventDefinition of intermediateThrowEvent 'batalkan' cannot be represented in a peta lintas fungsi (it has no compensation, sub-processes, boundary or catch events, inclusive, complex or event-based gateways); remove or replace it in the modeler"),
        ("not-xml.bpmn", "1:1: error[bpmn-not-xml]: not well-formed XML: no XML element where the document should start"),
    ])
    func badFileWritesNothing(_ name: String, _ message: String) throws {
        let folder = try Corpus.folder([:])
        let file = Self.fixtures.appendingPathComponent(name)
        let (result, written) = try Self.importing(file, in: folder)
        #expect(result == ProcessOutput(stdout: "", stderr: "\(file.path):\(message)\n", status: 1))
        #expect(!written)
    }

    @Test func hundredMegabyteFileIsRefusedBySize() throws {
        let folder = try Corpus.folder([:])
        let big = folder.appendingPathComponent("big.bpmn")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 100 << 20)
        try handle.close()
        let (result, written) = try Self.importing(big, in: folder)
        #expect(result == ProcessOutput(stdout: "", stderr: "\(big.path):1:1: error[bpmn-too-large]: the file has 104857600 bytes; BPMN files over 10000000 bytes are not read\n", status: 1))
        #expect(!written)
    }

    @Test func modelerFileIsImported() throws {
        let folder = try Corpus.folder([:])
        let (result, written) = try Self.importing(Self.fixtures.appendingPathComponent("modeler.bpmn"), in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "wrote \(folder.appendingPathComponent("out.yaml").path): 2 lanes, 8 steps, 4 elements left out\n")
        #expect(written)
    }
}
