import Foundation
import ProbisInterchange
import ProbisModel
import ProbisYAML
import Testing

/// Imports of files from other modelers and of bad input: whole documents and whole diagnostics.
@Suite struct BPMNImportTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/import")

    static func read(_ name: String) throws(Diagnostic) -> BPMNImport.Result {
        let bytes = [UInt8](FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) ?? Data())
        return try BPMNImport.read(bytes, file: name)
    }

    static func error(_ name: String) -> String? {
        do {
            _ = try read(name)
            return nil
        } catch {
            return error.codedDescription
        }
    }

    @Test func modelerFileBecomesAMap() throws {
        let result = try Self.read("modeler.bpmn")
        let header = DocumentHeader(id: "contoh.cuti", kind: .petaLintasFungsi, title: result.title)
        let yaml = ProcessMapsEncoder.encode(.petaLintasFungsi(LintasFungsiMap(header: header, flow: result.map)))
        #expect(yaml == """
            kind: peta-lintas-fungsi
            id: contoh.cuti
            title: Permohonan Cuti
            lanes:
            - id: Lane_pegawai
              title: Pegawai
            - id: Lane_atasan
              title: Atasan Langsung
            steps:
            - id: Start_1
              type: start
              lane: Lane_pegawai
            - id: Activity_ajukan
              lane: Lane_pegawai
              action: mengajukan permohonan cuti
              outputs: [surat-permohonan-cuti]
            - id: Gateway_setuju
              type: decision
              lane: Lane_atasan
              question: Disetujui?
              branches:
              - label: Ya
                to: Activity_setujui
              - label: Cabang 2
                to: End_tolak
            - id: Activity_setujui
              lane: Lane_atasan
              action: menandatangani izin cuti
              next: [Activity_kirim, Activity_catat]
            - id: Activity_kirim
              lane: Lane_atasan
              action: mengirim surat izin cuti
              next: [End_ok]
            - id: Activity_catat
              lane: Lane_atasan
              action: mencatat cuti
            - id: End_ok
              type: end
              lane: Lane_atasan
              join: true
            - id: End_tolak
              type: end
              lane: Lane_atasan
              label: Ditolak

            """)
        #expect(result.warnings.map(\.codedDescription) == [
            "modeler.bpmn:6:5: warning[bpmn-not-represented]: messageFlow 'MessageFlow_1' is not imported: message flows between pools are not part of a peta lintas fungsi",
            "modeler.bpmn:25:48: warning[bpmn-not-represented]: timerEventDefinition is not imported: the start step keeps no trigger",
            "modeler.bpmn:39:5: warning[bpmn-not-represented]: textAnnotation 'Note_1' is not imported: a peta lintas fungsi has no place for it",
            "modeler.bpmn:44:5: warning[bpmn-not-represented]: branch 'Flow_4' of decision 'Gateway_setuju' has no name; labelled 'Cabang 2'",
        ])
    }

    @Test func badInputGivesOneLocatedError() {
        #expect(Self.error("not-xml.bpmn") == "not-xml.bpmn:1:1: error[bpmn-not-xml]: not well-formed XML: no XML element where the document should start")
        #expect(Self.error("not-bpmn.bpmn") == "not-bpmn.bpmn:2:1: error[bpmn-not-bpmn]: the root element is 'svg' in namespace 'http://www.w3.org/2000/svg', not a BPMN 2.0 'definitions' (http://www.omg.org/spec/BPMN/20100524/MODEL)")
        #expect(Self.error("missing-node.bpmn") == "missing-node.bpmn:8:5: error[bpmn-missing-node]: sequence flow 'f2' has target 'selesei', which is not a flow node of the process (did you mean 'selesai'?)")
        #expect(Self.error("compensation.bpmn") == "compensation.bpmn:7:7: error[bpmn-unsupported]: compensateEventDefinition of intermediateThrowEvent 'batalkan' cannot be represented in a peta lintas fungsi (it has no compensation, sub-processes, boundary or catch events, inclusive, complex or event-based gateways); remove or replace it in the modeler")
    }

    @Test func largeFileIsRefusedBeforeParsing() {
        let bytes = [UInt8](repeating: UInt8(ascii: "<"), count: BPMNImport.maximumBytes + 1)
        #expect(throws: Diagnostic.error(.bpmnTooLarge, at: SourceLocation(file: "big.bpmn", line: 1, column: 1), "the file has 10000001 bytes; BPMN files over 10000000 bytes are not read")) {
            try BPMNImport.read(bytes, file: "big.bpmn")
        }
    }
}

/// Imports stay fast on shapes that are slow to walk naively.
@Suite struct BPMNImportBoundsTests {
    /// 60 diamonds of parallel gateways in a row (split, two tasks, join): 2^60 paths through the gateways.
    @Test func chainedGatewayDiamondsImportInLinearTime() throws {
        var nodes = "<bpmn:startEvent id=\"s\"/>\n", flows = "", previous = "s"
        for index in 0..<60 {
            nodes += "<bpmn:parallelGateway id=\"split\(index)\"/><bpmn:task id=\"a\(index)\" name=\"a\"/><bpmn:task id=\"b\(index)\" name=\"b\"/><bpmn:parallelGateway id=\"join\(index)\"/>\n"
            flows += "<bpmn:sequenceFlow id=\"f\(index)s\" sourceRef=\"\(previous)\" targetRef=\"split\(index)\"/>"
            flows += "<bpmn:sequenceFlow id=\"f\(index)a\" sourceRef=\"split\(index)\" targetRef=\"a\(index)\"/><bpmn:sequenceFlow id=\"f\(index)b\" sourceRef=\"split\(index)\" targetRef=\"b\(index)\"/>"
            flows += "<bpmn:sequenceFlow id=\"f\(index)c\" sourceRef=\"a\(index)\" targetRef=\"join\(index)\"/><bpmn:sequenceFlow id=\"f\(index)d\" sourceRef=\"b\(index)\" targetRef=\"join\(index)\"/>\n"
            previous = "join\(index)"
        }
        nodes += "<bpmn:endEvent id=\"e\"/>"
        flows += "<bpmn:sequenceFlow id=\"last\" sourceRef=\"\(previous)\" targetRef=\"e\"/>"
        let text = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"p\">\(nodes)\(flows)</bpmn:process></bpmn:definitions>"
        let result = try BPMNImport.read(Array(text.utf8), file: "rantai.bpmn")
        #expect(result.map.steps.count == 122)
        #expect(result.map.steps.first?.next.map(\.id.rawValue) == ["a0", "b0"])
    }
}

/// Bytes that are not UTF-8 in a file read as UTF-8: one located error before the XML parser sees them
/// (FoundationXML traps on such a byte in an element name; found by the `bpmn` fuzz target).
@Suite struct BPMNImportEncodingTests {
    static let regressions = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fuzz/regressions/bpmn").standardized

    static func error(_ bytes: [UInt8], file: String) -> String? {
        do {
            _ = try BPMNImport.read(bytes, file: file)
            return nil
        } catch {
            return error.codedDescription
        }
    }

    @Test func strayByteInAnElementNameIsLocated() {
        let bytes = [UInt8](FileManager.default.contents(atPath: Self.regressions.appendingPathComponent("invalid-utf8-in-element-name.bpmn").path) ?? Data())
        #expect(Self.error(bytes, file: "x.bpmn") == #"x.bpmn:396:19: error[encoding]: the file is not UTF-8 text: byte 0xE1 is not part of a character (save it as UTF-8, or name its encoding in '<?xml version="1.0" encoding="…"?>')"#)
    }

    @Test func truncatedCharacterIsLocatedAfterTheCharactersBeforeIt() {
        let bytes = Array("<definitions>\n  <é".utf8) + [0xC3, 0x28] + Array("/></definitions>".utf8)
        #expect(Self.error(bytes, file: "y.bpmn") == #"y.bpmn:2:5: error[encoding]: the file is not UTF-8 text: byte 0xC3 is not part of a character (save it as UTF-8, or name its encoding in '<?xml version="1.0" encoding="…"?>')"#)
    }

    @Test func declaredLatin1IsLeftToTheParser() {
        let bytes = Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><r"#.utf8) + [0xE9] + Array("/>".utf8)
        #expect(Self.error(bytes, file: "z.bpmn") == "z.bpmn:1:44: error[bpmn-not-bpmn]: the root element is 'ré' in no namespace, not a BPMN 2.0 'definitions' (http://www.omg.org/spec/BPMN/20100524/MODEL)")
    }
}

extension BPMNImportEncodingTests {
    /// A declaration whose `encoding` is not written as XML writes it does not exempt the file from the check.
    @Test func malformedEncodingDeclarationIsCheckedAsUTF8() {
        let bytes = [UInt8](FileManager.default.contents(atPath: Self.regressions.appendingPathComponent("malformed-encoding-declaration.bpmn").path) ?? Data())
        #expect(Self.error(bytes, file: "x.bpmn") == #"x.bpmn:1:30: error[encoding]: the file is not UTF-8 text: byte 0xA2 is not part of a character (save it as UTF-8, or name its encoding in '<?xml version="1.0" encoding="…"?>')"#)
    }
}

/// Flow nodes without an `id` (found by the `bpmn` fuzz target: the import trapped unwrapping it).
@Suite struct BPMNImportMissingIDTests {
    @Test func gatewayWithoutAnIDIsOneLocatedError() {
        let bytes = [UInt8](FileManager.default.contents(atPath: BPMNImportEncodingTests.regressions.appendingPathComponent("flow-node-without-id.bpmn").path) ?? Data())
        #expect(BPMNImportEncodingTests.error(bytes, file: "x.bpmn") == "x.bpmn:34:5: error[bpmn-missing-node]: exclusiveGateway has no 'id', so no sequence flow can reach it; give it an id in the modeler")
    }

    @Test func taskWithoutAnIDIsOneLocatedError() {
        let text = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">
              <process id="p">
                <startEvent id="s"/>
                <task name="Periksa"/>
              </process>
            </definitions>
            """
        #expect(BPMNImportEncodingTests.error(Array(text.utf8), file: "t.bpmn") == "t.bpmn:4:5: error[bpmn-missing-node]: task has no 'id', so no sequence flow can reach it; give it an id in the modeler")
    }
}

/// Processing instructions without data (found by the `bpmn` fuzz target: FoundationXML crashed reading one).
@Suite struct BPMNImportProcessingInstructionTests {
    @Test func instructionWithoutDataIsOneLocatedError() {
        let bytes = [UInt8](FileManager.default.contents(atPath: BPMNImportEncodingTests.regressions.appendingPathComponent("processing-instruction-without-data.bpmn").path) ?? Data())
        #expect(BPMNImportEncodingTests.error(bytes, file: "x.bpmn") == "x.bpmn:1:1: error[bpmn-not-xml]: processing instruction '<?x?>' has no data, which the XML parser cannot read; remove it")
    }

    @Test func instructionsWithDataAreLeftToTheParser() {
        let text = "<?xml version=\"1.0\"?>\n<!-- a --><?b data?>\n<r><![CDATA[c]]><?d ?></r>"
        #expect(BPMNImportEncodingTests.error(Array(text.utf8), file: "p.bpmn") == "p.bpmn:3:17: error[bpmn-not-xml]: processing instruction '<?d?>' has no data, which the XML parser cannot read; remove it")
    }

    /// libxml2 recovered from a broken declaration and then read `<?x?>`, which a scan that skipped to the
    /// declaration's `?>` missed (second finding of the kind).
    @Test func instructionAfterABrokenDeclarationIsFound() {
        let bytes = [UInt8](FileManager.default.contents(atPath: BPMNImportEncodingTests.regressions.appendingPathComponent("processing-instruction-after-broken-declaration.bpmn").path) ?? Data())
        #expect(BPMNImportEncodingTests.error(bytes, file: "x.bpmn") == "x.bpmn:13:120: error[bpmn-not-xml]: processing instruction '<?x?>' has no data, which the XML parser cannot read; remove it")
    }
}
