import ArgumentParser
import Foundation
import ProbisModel
import ProbisRender
import ProbisRules
import ProbisTables
import ProbisYAML

/// `probis reorganize ORG --to TYPE`: the organization after a penyetaraan, and its scenario.
struct ReorganizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reorganize",
        abstract: "Derive an organization's structure after penyetaraan into another type of its region, with its scenario.",
        discussion: """
            ORG is an organization id (or an organization type id, for its default organization); TYPE an \
            organization type of the same region. The region's regulation defines which conversions exist \
            (e.g. Kaltim Perangkat Daerah Tipe 2 → Tipe 1: every remaining Pengawas becomes JF Ahli Muda of the \
            same bidang). probis writes an organization document the analyst can edit and, when the organization \
            has a scenario, a scenario with the same workload on the new type's flow (steps matched by stage and \
            role, not by id). A scenario with an Anjab-ABK table (`abk:`) also gets its table carried over, written \
            next to the organization as `<stem>-abk.csv`: every row kept, jabatan converted, langkah matched the \
            same way, a keterangan column for what changed. All are validated with the library first; on any \
            error nothing is written. \
            Without --output the files go next to the organization's and the scenario's files.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "The organization (or organization type) to reorganize.")
    var organization: String

    @Option(help: "The organization type after the penyetaraan.")
    var to: String

    @Option(help: "The scenario whose workload is carried over (default: the organization's default scenario).")
    var scenario: String?

    @Option(help: "Write both files into this folder instead of next to the originals.")
    var output: String?

    func run() throws {
        let library = try self.library.loadValid(refusing: "nothing was written")
        var result: Reorganization
        do {
            let before = try beforeScenario(organization, in: library)
            result = try Reorganization(organization: organization, to: to, in: library, scenario: before)
            if let before { try result.carryOver(before) }
        } catch let error as ReorganizationError {
            Console.error(error.description + "\n")
            throw ExitCode.failure
        }
        var files: [(path: String, document: Document)] = [(path(for: result.organization.header.id, beside: result.before.header.file), .organization(result.organization))]
        var table: (path: String, text: String)?
        if var after = result.scenario {
            let scenarioPath = path(for: after.header.id, named: result.organization.header.id, beside: try beforeScenario(organization, in: library)?.header.file)
            if let rows = result.abkRows, var abk = after.abk {
                // The after table goes next to the organization: `<organization file stem>-abk.csv`.
                let csvPath = (files[0].path as NSString).deletingPathExtension + "-abk.csv"
                abk.table = Self.relativePath(csvPath, from: (scenarioPath as NSString).deletingLastPathComponent)
                abk.loaded = AbkTable(file: csvPath, rows: rows.map(\.row))
                after.abk = abk
                table = (csvPath, AbkTableWriter.csv(rows.map(\.row), notes: rows.map(\.note)))
            }
            files.append((scenarioPath, .scenario(after)))
        }
        // Validate exactly what will be written, read back from its text, with the rest of the library.
        let texts = files.map { ProcessMapsEncoder.encode($0.document) }
        var decoded: [Document] = []
        var problems: [Diagnostic] = []
        for (file, text) in zip(files, texts) {
            let read = ProcessMapsDecoder.decode(text: text, file: file.path)
            problems += read.diagnostics.filter { $0.severity == .error }
            if case var .scenario(scenario)? = read.document, var abk = scenario.abk, let table {
                do {
                    abk.loaded = try AbkTableReader.read(text: table.text, file: table.path)
                } catch {
                    problems += error.diagnostics
                }
                scenario.abk = abk
                decoded.append(.scenario(scenario))
            } else if let document = read.document {
                decoded.append(document)
            }
        }
        let replaced = Set(decoded.map(\.id))
        let combined = Library(documents: library.documents.filter { !replaced.contains($0.id) } + decoded)
        problems += (Validator.validate(combined) + RuleBook.standard.check(combined)).filter { $0.severity == .error }
        guard problems.isEmpty else {
            Console.error(problems.sorted().map(\.codedDescription).joined(separator: "\n") + "\n")
            Console.error("probis: error: the reorganized documents do not validate; nothing was written\n")
            throw ExitCode.failure
        }
        var written: [String] = []
        // The table first, so that no scenario is ever written pointing at a table that is not there.
        let outputs = (table.map { [($0.path, $0.text)] } ?? []) + zip(files.map(\.path), texts).map { ($0, $1) }
        for (path, text) in outputs {
            let existed = FileManager.default.fileExists(atPath: path)
            do {
                try AtomicFile.write(text, to: path)
                if !existed { written.append(path) }
            } catch {
                for path in written { try? FileManager.default.removeItem(atPath: path) }
                Console.error("probis: error: \(error); nothing was written\n")
                throw ExitCode.failure
            }
        }
        Console.out(summary(result, files: outputs.map(\.0)))
    }

    /// The scenario to carry over: `--scenario`, else the organization's default scenario (`default: true`,
    /// else `<id>.bawaan`), else its first scenario without an ABK table, else its type's default scenario;
    /// `nil` when there is none.
    private func beforeScenario(_ id: String, in library: Library) throws -> Scenario? {
        if let scenario {
            guard let found = library.scenario(DocumentID(scenario)) else {
                Console.error("probis: error: no scenario with id '\(scenario)'\(Suggestion.hint(for: scenario, in: library.scenarios.map(\.header.id.rawValue)))\n")
                throw ExitCode.failure
            }
            return found
        }
        let own = library.scenarios.filter { $0.organization.id == DocumentID(id) }
        let type: DocumentID? = switch library.document(DocumentID(id)) {
        case let .organization(organization)?: organization.type.id
        default: nil
        }
        return own.first(where: \.isDefault) ?? own.first { $0.header.id == DefaultScenario.id(for: DocumentID(id)) }
            ?? own.first { $0.abk == nil } ?? type.flatMap { library.defaultScenario(for: $0) }
    }

    /// `--output DIR/<id>.yaml`, else next to a file: `<folder>/<stem>.<suffix>.yaml` where the suffix is the
    /// last part of `named` (default: the new id; a scenario passes the after organization's id, so that
    /// `contoh-dinas-kesehatan-abk.yaml` becomes `contoh-dinas-kesehatan-abk.pd-tipe-1.yaml`), else the
    /// library folder.
    private func path(for id: DocumentID, named: DocumentID? = nil, beside file: String?) -> String {
        let naming = (named ?? id).rawValue
        let suffix = naming.split(separator: ".").suffix(naming.hasSuffix(".bawaan") ? 2 : 1).joined(separator: ".")
        if let output { return (output as NSString).appendingPathComponent(id.rawValue + ".yaml") }
        guard let file else { return (library.maps as NSString).appendingPathComponent(id.rawValue + ".yaml") }
        let folder = (file as NSString).deletingLastPathComponent
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let name = suffix.hasSuffix(".bawaan") ? String(suffix.dropLast(".bawaan".count)) : suffix
        return (folder as NSString).appendingPathComponent("\(stem).\(name).yaml")
    }

    /// `path` relative to the folder `base` (both relative to the working directory or absolute), as a
    /// scenario's `abk: table:` is written.
    static func relativePath(_ path: String, from base: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        func parts(_ p: String) -> [String] {
            let absolute = p.hasPrefix("/") ? p : (cwd as NSString).appendingPathComponent(p)
            return (absolute as NSString).standardizingPath.split(separator: "/").map(String.init)
        }
        let target = parts(path), from = parts(base)
        var common = 0
        while common < min(target.count, from.count), target[common] == from[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + target[common...]).joined(separator: "/")
    }

    private func summary(_ result: Reorganization, files: [String]) -> String {
        var out = "\(result.before.header.id) (\(result.beforeType.header.title)) → \(result.afterType.header.title), \(result.rule.provision)\n"
        for item in result.converted {
            let from = result.beforeType.position(item.from)?.title ?? item.from.rawValue
            let to = result.afterType.position(item.to)?.title ?? item.to.rawValue
            out += "  \(item.unit): \(item.count) \(from) → \(to)\n"
        }
        if let assumption = result.rule.assumption { out += "Asumsi: \(assumption)\n" }
        if result.scenario != nil {
            out += "Langkah (sesudah ← sebelum, dicocokkan menurut tahap dan peran):\n"
            for match in result.matches {
                out += "  \(match.after) ← \(match.before?.rawValue ?? "durasi bawaan skenario")\(match.kind == .stage ? " (pelaku berubah)" : "")\n"
            }
            if !result.dropped.isEmpty { out += "  tidak ada lagi: \(result.dropped.map(\.rawValue).joined(separator: ", "))\n" }
        }
        if let rows = result.abkRows {
            let renamed = rows.filter { $0.note?.hasPrefix("Jabatan semula") == true }.count
            let emptied = rows.filter { $0.note?.contains("Langkah semula") == true }.count
            out += "Tabel ABK: \(rows.count) baris dibawa (beban kerja sama), \(renamed) berganti jabatan, \(emptied) tanpa langkah (hanya angka ABK statis)\n"
        }
        out += files.map { "wrote \($0)\n" }.joined()
        return out
    }
}
