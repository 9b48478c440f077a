import Dispatch
import Foundation
import ProbisModel

/// A library read from ProcessMaps files, with what went wrong while reading them.
public struct LoadedLibrary: Sendable {
    /// The documents that could be built, sorted by file path.
    public var library: Library
    /// Read errors (I/O, encoding, YAML, format), sorted by location.
    public var diagnostics: [Diagnostic]
    /// Every ProcessMaps file found, sorted.
    public var files: [String]
}

/// Finds and reads ProcessMaps files.
public enum LibraryLoader {
    /// The largest file probis reads; larger files are reported, not parsed.
    public static let maximumFileSize = 32 << 20

    /// Reads every `.yaml` / `.yml` file under the given paths (files or directories, searched recursively),
    /// decoding files in parallel on all cores. The result is the same whatever the number of cores.
    public static func load(paths: [String]) -> LoadedLibrary {
        var diagnostics: [Diagnostic] = []
        var files: [String] = []
        for path in paths {
            switch collect(path) {
            case let .success(found):
                let (regular, skipped) = FileKind.regularFiles(found)
                files += regular
                diagnostics += skipped
                if found.isEmpty {
                    diagnostics.append(.error(.noFiles, at: nil, "folder '\(path)' holds no ProcessMaps files ('*.yaml' or '*.yml')"))
                }
            case let .failure(problem): diagnostics.append(problem)
            }
        }
        files = Array(Set(files)).sorted()
        let results = decodeAll(files)
        var documents: [Document] = []
        for result in results {
            diagnostics += result.diagnostics
            if let document = result.document { documents.append(document) }
        }
        return LoadedLibrary(library: Library(documents: documents), diagnostics: diagnostics.sorted(), files: files)
    }

    /// Reads and decodes one file.
    public static func load(file: String) -> ProcessMapsDecoder.Result {
        switch read(file) {
        case let .failure(problem): ProcessMapsDecoder.Result(document: nil, diagnostics: [problem])
        case let .success(bytes): readingABKTable(ProcessMapsDecoder.decode(bytes, file: file), file: file)
        }
    }

    private static func decodeAll(_ files: [String]) -> [ProcessMapsDecoder.Result] {
        let results = ResultSlots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results.set(index, load(file: files[index]))
        }
        return results.values
    }

    private static func read(_ file: String) -> Result<[UInt8], Diagnostic> {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard let handle = FileHandle(forReadingAtPath: file) else {
            return .failure(.error(.io, at: start, "cannot open file for reading"))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
            if data.count > maximumFileSize {
                return .failure(.error(.tooLarge, at: start,
                    "file is larger than \(maximumFileSize >> 20) MB; ProcessMaps files hold one document each"))
            }
            return .success([UInt8](data))
        } catch {
            return .failure(.error(.io, at: start, "cannot read file: \(error.localizedDescription)"))
        }
    }

    /// The ProcessMaps files at a path: the file itself, or every YAML file below a directory.
    private static func collect(_ path: String) -> Result<[String], Diagnostic> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.error(.io, at: nil, "no such file or directory: '\(path)'"))
        }
        guard isDirectory.boolValue else { return .success([path]) }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let walker = FileManager.default.enumerator(atPath: base) else {
            return .failure(.error(.io, at: nil, "cannot list directory '\(path)'"))
        }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            found.append(base + "/" + relative)
        }
        return .success(found)
    }
}

/// Slots written once each from concurrent iterations, read after they all finish.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [ProcessMapsDecoder.Result?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: ProcessMapsDecoder.Result) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [ProcessMapsDecoder.Result] { slots.map { $0! } }
}
