import Foundation
import ProbisInterchange
import ProbisModel
import ProbisYAML
import Testing

/// Maps whose lanes fall into several groups (instansi, unit) export as a collaboration: one participant and
/// process per group, letters between groups as message flows; the import joins them back into one map.
@Suite struct BPMNCollaborationTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let library = LibraryLoader.load(paths: [repository.appendingPathComponent("ProcessMaps").path]).library

    static func process(_ id: DocumentID) -> BPMNProcess {
        let document = library.documents.first { $0.id == id }!
        return BPMNProcess(map: document.crossFunctionalMap!, name: document.header.title) { library.artifact($0)?.title }
    }

    /// The lines of an export that declare participants, message flows and messages.
    static func collaborationLines(_ process: BPMNProcess, id: DocumentID) -> [String] {
        let columns = Dictionary(uniqueKeysWithValues: process.nodes.enumerated().map { ($0.element.id, Double($0.offset) * 150) })
        return process.xml(id: id.rawValue, diagram: process.diagram(columns: columns)).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("<bpmn:participant") || $0.hasPrefix("<bpmn:messageFlow") || $0.hasPrefix("<bpmn:message ") || $0.hasPrefix("<bpmn:process") || $0.hasPrefix("<bpmn:collaboration") }
    }

    @Test func twoInstansiBecomeTwoParticipantsWithLetters() {
        let process = Self.process("kaltim.penunjukan-lintas-instansi")
        #expect(process.isCollaboration)
        #expect(Self.collaborationLines(process, id: "kaltim.penunjukan-lintas-instansi") == [
            #"<bpmn:collaboration id="collaboration" name="Mekanisme Penunjukan Lintas Instansi Pemerintah">"#,
            #"<bpmn:participant id="participant_1" name="Instansi Pemohon" processRef="process_1"/>"#,
            #"<bpmn:participant id="participant_2" name="Instansi Dituju" processRef="process_2"/>"#,
            #"<bpmn:messageFlow id="messageflow_1" name="Surat Permohonan Pelibatan Pejabat Fungsional dan/atau Pelaksana" sourceRef="message_1__send" targetRef="message_1__receive" messageRef="message_1"/>"#,
            #"<bpmn:messageFlow id="messageflow_2" name="Surat Jawaban Permohonan Pelibatan" sourceRef="message_2__send" targetRef="message_2__receive" messageRef="message_2"/>"#,
            #"<bpmn:messageFlow id="messageflow_3" name="Pesan kepada Instansi Dituju" sourceRef="message_3__send" targetRef="message_3__receive" messageRef="message_3"/>"#,
            #"<bpmn:message id="message_1" name="Surat Permohonan Pelibatan Pejabat Fungsional dan/atau Pelaksana"/>"#,
            #"<bpmn:message id="message_2" name="Surat Jawaban Permohonan Pelibatan"/>"#,
            #"<bpmn:message id="message_3" name="Pesan kepada Instansi Dituju"/>"#,
            #"<bpmn:process id="process_1" name="Instansi Pemohon" isExecutable="true">"#,
            #"<bpmn:process id="process_2" name="Instansi Dituju" isExecutable="true">"#,
        ])
        // Each crossing flow is cut into a message end event on the sender's side and a message start event on
        // the receiver's, so each process starts and ends on its own.
        let crossings = process.messageFlows.map { flow in
            [process.incoming(flow.source).map(\.source), [flow.source, flow.target], process.outgoing(flow.target).map(\.target)]
        }
        #expect(crossings == [
            [["kirim-ke-dituju"], ["message_1__send", "message_1__receive"], ["setuju-dituju"]],
            [["kirim-jawaban-ke-pemohon"], ["message_2__send", "message_2__receive"], ["jawaban-diterima-pemohon"]],
            [["jawaban-diterima-pemohon"], ["message_3__send", "message_3__receive"], ["tugaskan"]],
        ])
    }

    /// Activities without a letter (messages named after the receiving group, the second one numbered), a
    /// decision sending back to the first pool, and the same map with a parallel join (one pool).
    @Test func lettersFixture() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/letters.yaml")
        let document = try #require(LibraryLoader.load(paths: [fixture.path]).library.documents.first)
        var map = try #require(document.crossFunctionalMap)
        let process = BPMNProcess(map: map, name: document.header.title)
        #expect(process.messageFlows == [
            .init(id: "messageflow_1", source: "message_1__send", target: "message_1__receive", name: "Pesan kepada Dinas B"),
            .init(id: "messageflow_2", source: "message_2__send", target: "message_2__receive", name: "Pesan kepada Dinas A"),
            .init(id: "messageflow_3", source: "message_3__send", target: "message_3__receive", name: "Pesan kepada Dinas A (2)"),
        ])
        let crossings = process.messageFlows.map { flow in
            [process.incoming(flow.source).map(\.source), process.outgoing(flow.target).map(\.target)]
        }
        #expect(crossings == [[["kirim"], ["periksa"]], [["periksa"], ["susun__merge"]], [["jawab"], ["terima"]]])
        #expect(process.incoming("message_2__send").map(\.name) == ["Tidak"])
        map.steps[map.steps.firstIndex { $0.id == "terima" }!].isJoin = true
        #expect(!BPMNProcess(map: map, name: document.header.title).isCollaboration)
    }

    @Test func messageFlowToNothingIsOneLocatedError() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/import")
        let text = String(decoding: FileManager.default.contents(atPath: folder.appendingPathComponent("collaboration.bpmn").path)!, as: UTF8.self)
            .replacingOccurrences(of: #"targetRef="ReceiveB""#, with: #"targetRef="RecieveB""#)
        var message: String?
        do { _ = try BPMNImport.read(Array(text.utf8), file: "c.bpmn") } catch { message = error.codedDescription }
        #expect(message == "c.bpmn:6:5: error[bpmn-missing-node]: message flow 'Letter' has target 'RecieveB', which is not an element of a participant's process (did you mean 'ReceiveB'?)")
    }

    @Test func oneGroupKeepsOnePool() {
        let process = Self.process("kaltim.penunjukan-dalam-unit")
        #expect(!process.isCollaboration)
        #expect(process.messageFlows.isEmpty)
        #expect(Self.collaborationLines(process, id: "kaltim.penunjukan-dalam-unit") == [
            #"<bpmn:collaboration id="collaboration">"#,
            #"<bpmn:participant id="participant" name="\#(process.name)" processRef="process"/>"#,
            #"<bpmn:process id="process" name="\#(process.name)" isExecutable="true">"#,
        ])
    }

    @Test func modelerCollaborationBecomesOneMap() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/import")
        let bytes = [UInt8](FileManager.default.contents(atPath: folder.appendingPathComponent("collaboration.bpmn").path)!)
        let result = try BPMNImport.read(bytes, file: "collaboration.bpmn")
        #expect(result.warnings.map(\.codedDescription) == [
            "collaboration.bpmn:7:5: warning[bpmn-not-represented]: messageFlow 'Note' is not imported: only a message flow from a message end event to a message start event becomes a flow between steps",
        ])
        let header = DocumentHeader(id: "contoh.surat", kind: .petaLintasFungsi, title: result.title)
        // The letter's message flow joins Write to Read (each step leads to the next one written, so no `next:`).
        #expect(result.map.steps.map { $0.successors.map(\.rawValue) } == [["Write"], ["Read"], ["EndB"], []])
        let yaml = ProcessMapsEncoder.encode(.petaLintasFungsi(LintasFungsiMap(header: header, flow: result.map)))
        #expect(yaml == """
            kind: peta-lintas-fungsi
            id: contoh.surat
            title: Surat Menyurat
            lanes:
            - id: PoolA
              title: Dinas A
              group: Dinas A
            - id: PoolB
              title: Dinas B
              group: Dinas B
            steps:
            - id: StartA
              type: start
              lane: PoolA
            - id: Write
              lane: PoolA
              action: Menulis surat
            - id: Read
              lane: PoolB
              action: Membaca surat
            - id: EndB
              type: end
              lane: PoolB

            """)
    }
}
