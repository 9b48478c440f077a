import Foundation
import ProbisModel
import ProbisRender
import ProbisYAML
import Testing

/// The manifest decides what is laid out again: nothing when nothing changed, exactly the maps whose DOT
/// text or files changed otherwise, and `--check` ignores the Graphviz version that drew the files.
@Suite struct RenderCacheTests {
    /// A copy of the fixture library and an empty output folder, removed by ``remove()``.
    struct Workspace {
        let root: String
        var maps: String { root + "/maps" }
        var output: String { root + "/renders" }

        init() throws {
            root = try Support.temporaryFolder()
            try FileManager.default.copyItem(atPath: Support.libraryFolder, toPath: maps)
        }

        /// Loads the copy and brings its renders up to date (or checks them).
        func update(_ formats: [RenderFormat] = [.svg, .png], check: Bool = false,
                    graphvizVersion: String = Graphviz.version, pool: WorkerPool = Support.pool) -> RenderUpdate {
            let loaded = LibraryLoader.load(paths: [maps])
            let plan = RenderPlan(library: loaded.library, mapsRoot: maps)
            let batch = RenderBatch(plan: plan, formats: formats, pool: pool)
            return batch.update(plan.diagrams, in: output, check: check, graphvizVersion: { graphvizVersion })
        }

        /// Replaces text in a file of the copied library.
        func edit(_ file: String, replacing old: String, with new: String) throws {
            let path = maps + "/" + file
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try #require(text.contains(old))
            try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    static let ids = Support.plan.diagrams.map(\.id)

    @Test func aSecondRenderLaysOutNothingAndWritesNothing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let first = workspace.update()
        #expect(first.failures == [])
        #expect(first.laidOut == Self.ids)
        #expect(first.written.count == 18)
        let second = workspace.update()
        #expect(second.laidOut == [])
        #expect(second.written == [])
        #expect(second.unchanged.sorted() == first.written.sorted())
        #expect(second.failures == [])
    }

    @Test func changingOneMapLaysOutExactlyThatOne() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = workspace.update()
        try workspace.edit("peta-relasi/relasi.yaml", replacing: "label: surat jawaban", with: "label: surat balasan")
        let after = workspace.update()
        #expect(after.laidOut == ["kaltim.relasi-uji"])
        #expect(after.written == [workspace.output + "/peta-relasi/kaltim.relasi-uji.svg",
                                  workspace.output + "/peta-relasi/kaltim.relasi-uji.png"])
        #expect(after.failures == [])
        #expect(workspace.update().laidOut == [])
    }

    @Test func aFileEditedOrDeletedByHandIsRenderedAgain() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = workspace.update()
        let edited = workspace.output + "/organisasi/kaltim.pd-uji.kedudukan.svg"
        let deleted = workspace.output + "/mekanisme/kaltim.penunjukan-uji.png"
        let original = try #require(AtomicFile.read(edited))
        try AtomicFile.write(Array("<svg/>".utf8), to: edited)
        try FileManager.default.removeItem(atPath: deleted)

        let check = workspace.update(check: true)
        #expect(check.stale == [edited])
        #expect(check.missing == [deleted])
        #expect(check.laidOut == [])

        let after = workspace.update()
        #expect(after.laidOut == ["kaltim.pd-uji.kedudukan", "kaltim.penunjukan-uji"])
        #expect(after.written == [edited, deleted])
        #expect(AtomicFile.read(edited) == original)
    }

    @Test func checkIgnoresTheGraphvizVersionButNotTheDOT() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = workspace.update(graphvizVersion: "2.43.0-elsewhere")
        let clean = workspace.update(check: true)
        #expect(clean.stale == [] && clean.missing == [] && clean.failures == [])
        #expect(clean.unchanged.count == 18)

        try workspace.edit("peta-relasi/relasi.yaml", replacing: "label: surat jawaban", with: "label: surat balasan")
        let behind = workspace.update(check: true)
        #expect(behind.stale == [workspace.output + "/peta-relasi/kaltim.relasi-uji.svg",
                                 workspace.output + "/peta-relasi/kaltim.relasi-uji.png"])
        #expect(behind.missing == [])
        #expect(behind.written == [])
    }

    @Test func renderingWithAnotherGraphvizLaysEverythingOutAgain() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = workspace.update([.svg], graphvizVersion: "2.43.0-elsewhere")
        let again = workspace.update([.svg])
        #expect(again.laidOut == Self.ids)
        #expect(again.written == [])
        #expect(Set(RenderManifest.read(from: workspace.output).diagrams.values.map(\.graphviz)) == [Graphviz.version])
    }

    @Test func theManifestRecordsTheHashesOfTheDOTAndOfEveryFile() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = workspace.update([.svg, .dot], graphvizVersion: "2.43.0")
        var expected = RenderManifest()
        for diagram in Support.plan.diagrams {
            let paths = [RenderFormat.svg, .dot].map { Support.plan.path(of: diagram, format: $0) }
            var files: [String: String] = [:]
            for path in paths { files[path] = ContentHash.sha256(try #require(AtomicFile.read(workspace.output + "/" + path))) }
            expected.diagrams[diagram.id] = .init(dot: ContentHash.sha256(try Support.dot(diagram.id)), graphviz: "2.43.0", files: files)
        }
        #expect(RenderManifest.read(from: workspace.output) == expected)
    }

    @Test func aMapThatFailsKeepsItsEntryAndItsFiles() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        _ = workspace.update([.svg])
        let before = try #require(AtomicFile.read(RenderManifest.path(in: workspace.output)))
        try workspace.edit("peta-relasi/relasi.yaml", replacing: "label: surat jawaban", with: "label: surat balasan")
        let svg = workspace.output + "/peta-relasi/kaltim.relasi-uji.svg"
        let old = try #require(AtomicFile.read(svg))
        let failed = workspace.update([.svg], pool: WorkerPool(executable: URL(fileURLWithPath: "/nonexistent/probis")))
        #expect(failed.failures.map(\.id) == ["kaltim.relasi-uji"])
        #expect(failed.written == [])
        #expect(AtomicFile.read(svg) == old)
        #expect(AtomicFile.read(RenderManifest.path(in: workspace.output)) == before)
        #expect(workspace.update([.svg], check: true).stale == [svg])
    }
}

/// The manifest's bytes and the hash function.
@Suite struct RenderManifestTests {
    @Test func theManifestIsSortedJSONWithAFinalLineBreak() {
        let manifest = RenderManifest(diagrams: [
            "b": .init(dot: "22", graphviz: "2.43.0", files: ["x/b.svg": "bb", "x/b.png": "aa"]),
            "a": .init(dot: "11", graphviz: "2.43.0", files: [:]),
        ])
        #expect(String(decoding: manifest.bytes, as: UTF8.self) == """
        {
          "diagrams" : {
            "a" : {
              "dot" : "11",
              "files" : {

              },
              "graphviz" : "2.43.0"
            },
            "b" : {
              "dot" : "22",
              "files" : {
                "x/b.png" : "aa",
                "x/b.svg" : "bb"
              },
              "graphviz" : "2.43.0"
            }
          },
          "format" : 1
        }

        """)
    }

    @Test func aMissingOrForeignManifestIsEmpty() throws {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(RenderManifest.read(from: folder) == RenderManifest())
        try AtomicFile.write(Array(#"{"format": 99, "diagrams": {}}"#.utf8), to: RenderManifest.path(in: folder))
        #expect(RenderManifest.read(from: folder) == RenderManifest())
        try AtomicFile.write(Array("not json".utf8), to: RenderManifest.path(in: folder))
        #expect(RenderManifest.read(from: folder) == RenderManifest())
    }

    @Test func sha256MatchesTheStandardTestVectors() {
        #expect(ContentHash.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
