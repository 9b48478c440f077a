import Foundation
import ProbisModel
import ProbisYAML
import Testing

/// YAML → model → YAML keeps meaning: reading what was written gives an equal document, and writing it
/// again gives the same text.
struct RoundTripTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var shippedFiles: [String] {
        LibraryLoader.load(paths: [repository.appendingPathComponent("ProcessMaps").path]).files
    }

    @Test("Every shipped ProcessMaps file survives a round trip", arguments: shippedFiles)
    func roundTrip(_ file: String) throws {
        let original = LibraryLoader.load(file: file)
        let document = try #require(original.document)
        let written = ProcessMapsEncoder.encode(document)
        let reread = ProcessMapsDecoder.decode(text: written, file: "written.yaml")
        #expect(reread.diagnostics.isEmpty)
        var copy = try #require(reread.document)
        copy.header.file = document.header.file
        #expect(copy == document)
        #expect(ProcessMapsEncoder.encode(copy) == written)
    }

    @Test func writtenFormIsCanonical() throws {
        let text = """
            kind: peta-lintas-fungsi
            id: contoh.alur
            title: Alur Contoh
            source: 004_c6d99ee64fe95462.txt
            cite: Lampiran I
            lanes:
              - {id: a, title: Pihak A, role: pimpinan-unit}
              - {id: b, title: Pihak B}
            steps:
              - {id: mulai, type: start, lane: a}
              - {id: kirim, lane: a, action: "mengirimkan surat", outputs: [surat], cite: angka (1)}
              - id: setuju
                type: decision
                lane: b
                question: Setuju?
                cite: angka (2)
                branches:
                  - {label: Ya, to: selesai, means: disetujui}
                  - {label: Tidak, to: tolak, means: ditolak}
              - {id: tolak, lane: b, action: menjawab dengan alasan, next: [selesai], cite: {source: 000_b5ab6e6dab46e1d6.txt, item: Pasal 1}}
              - {id: selesai, type: end, lane: a}
            """
        let document = try #require(ProcessMapsDecoder.decode(text: text, file: "alur.yaml").document)
        #expect(ProcessMapsEncoder.encode(document) == """
            kind: peta-lintas-fungsi
            id: contoh.alur
            title: Alur Contoh
            source: 004_c6d99ee64fe95462.txt
            cite: Lampiran I
            lanes:
            - id: a
              title: Pihak A
              role: pimpinan-unit
            - id: b
              title: Pihak B
            steps:
            - id: mulai
              type: start
              lane: a
            - id: kirim
              lane: a
              action: mengirimkan surat
              outputs: [surat]
              cite: angka (1)
            - id: setuju
              type: decision
              lane: b
              question: Setuju?
              branches:
              - label: Ya
                to: selesai
                means: disetujui
              - label: Tidak
                to: tolak
                means: ditolak
              cite: angka (2)
            - id: tolak
              lane: b
              action: menjawab dengan alasan
              cite:
                source: 000_b5ab6e6dab46e1d6.txt
                item: Pasal 1

            """ + "- id: selesai\n  type: end\n  lane: a\n")
    }

    @Test func parallelSplitAndJoinAreWrittenAndReadBack() throws {
        let text = """
            kind: peta-lintas-fungsi
            id: contoh.paralel
            title: Alur Paralel
            lanes:
              - {id: a, title: Pihak A, role: pimpinan-unit}
              - {id: b, title: Pihak B}
            steps:
              - {id: mulai, type: start, lane: a}
              - {id: bagi, lane: a, action: membagi tugas, next: [satu, dua]}
              - {id: satu, lane: a, action: mengerjakan bagian satu, next: [gabung]}
              - {id: dua, lane: b, action: mengerjakan bagian dua}
              - {id: gabung, lane: a, join: true, action: menggabungkan hasil}
              - {id: selesai, type: end, lane: a}
            """
        let decoded = ProcessMapsDecoder.decode(text: text, file: "alur.yaml")
        #expect(decoded.diagnostics.isEmpty)
        let document = try #require(decoded.document)
        guard case .petaLintasFungsi(let map) = document else {
            Issue.record("not a peta lintas fungsi")
            return
        }
        #expect(map.flow.steps.map(\.isJoin) == [false, false, false, false, true, false])
        #expect(map.flow.steps.map(\.isSplit) == [false, true, false, false, false, false])
        let written = ProcessMapsEncoder.encode(document)
        #expect(written.hasSuffix("""
            - id: gabung
              lane: a
              action: menggabungkan hasil
              join: true
            - id: selesai
              type: end
              lane: a

            """))
        #expect(ProcessMapsDecoder.decode(text: written, file: "written.yaml").document == document)
    }
}
