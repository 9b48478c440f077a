import ArgumentParser
import Foundation
import ProbisModel
import ProbisPack
import ProbisReport
import ProbisRender
import ProbisYAML

/// `probis diff A B`: what changed between two maps or organizations, or one document at a git revision
/// and now.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two maps, organization types or organizations: steps added, removed, moved to another actor or stage, reworded, rerouted, artifacts changed; positions added, removed, converted, reporting lines moved; units.",
        discussion: """
            With --from REV, A is the document B as it was at that git revision of the file that holds it. \
            --format dot writes B's diagram with additions and changes marked (green: added, yellow: changed).
            """
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "The document before (or the only document, with --from).")
    var a: String

    @Argument(help: "The document after.")
    var b: String?

    @Option(help: "Compare the document with itself at this git revision (A = then, B = now).")
    var from: String?

    @Option(help: "Output format: text, json or dot.")
    var format: DiffFormat = .text

    enum DiffFormat: String, ExpressibleByArgument, CaseIterable { case text, json, dot }

    func validate() throws {
        if from == nil && b == nil { throw ValidationError("give two documents, or one with --from REV") }
        if from != nil && b != nil { throw ValidationError("with --from, give one document: it is compared with itself at that revision") }
    }

    func run() throws {
        let (library, readErrors) = self.library.load()
        let after = try document(b ?? a, in: library)
        let before = try from.map { try Self.document(after, at: $0) } ?? document(a, in: library)
        let diff = DocumentDiff(from: before, to: after, in: library)
        switch format {
        case .json: Console.out(try Console.json(diff))
        case .text: Console.out(DiffText.report(diff, from: from))
        case .dot: Console.out(try dot(diff, after: after, library: library))
        }
        if !readErrors.isEmpty { throw ExitCode.failure }
    }

    private func document(_ id: String, in library: Library) throws -> Document {
        guard let document = library.document(DocumentID(id)) else {
            Console.error("probis: error: no document with id '\(id)' in '\(self.library.maps)'\(Suggestion.hint(for: id, in: library.ids.map(\.rawValue)))\n")
            throw ExitCode.failure
        }
        return document
    }

    /// The document as its file was at a git revision.
    static func document(_ current: Document, at revision: String) throws -> Document {
        guard let file = current.header.file else {
            Console.error("probis: error: '\(current.id)' was not read from a file, so it has no git history\n")
            throw ExitCode.failure
        }
        let url = URL(fileURLWithPath: file).standardizedFileURL
        let folder = url.deletingLastPathComponent().path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder, "show", "\(revision):./\(url.lastPathComponent)"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            Console.error("probis: error: cannot run git to read '\(file)' at '\(revision)'\n")
            throw ExitCode.failure
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        _ = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Console.error("probis: error: \(file): no version at git revision '\(revision)' (not a revision of this repository, or the file did not exist then)\n")
            throw ExitCode.failure
        }
        let decoded = ProcessMapsDecoder.decode([UInt8](data), file: "\(revision):\(file)")
        guard let document = decoded.document, !decoded.diagnostics.contains(where: { $0.severity == .error }) else {
            Console.report(decoded.diagnostics)
            throw ExitCode.failure
        }
        return document
    }

    /// B's swimlane diagram (or kedudukan) with additions and changes marked, as DOT.
    private func dot(_ diff: DocumentDiff, after: Document, library: Library) throws -> String {
        let plan = RenderPlan(library: library, mapsRoot: self.library.maps)
        guard let diagram = Diagram.diagrams(of: after).first else {
            Console.error("probis: error: '\(after.id)' has no diagram to mark\n")
            throw ExitCode.failure
        }
        let overlay = DiagramOverlay.changes(diff)
        return DOTEncoder(plan: plan).encode(diagram, overlay: overlay) ?? ""
    }
}
