import Foundation
import ProbisModel
import ProbisTables

extension LibraryLoader {
    /// Reads the ABK table a decoded scenario names (its path relative to the scenario file) into
    /// ``AbkSetting/loaded``; the table's errors join the file's, located in the table.
    static func readingABKTable(_ result: ProcessMapsDecoder.Result, file: String) -> ProcessMapsDecoder.Result {
        guard case var .scenario(scenario)? = result.document, var abk = scenario.abk, abk.loaded == nil else { return result }
        let path = abk.table.hasPrefix("/") ? abk.table : {
            let folder = (file as NSString).deletingLastPathComponent
            return folder.isEmpty ? abk.table : lexicallyNormalized(folder + "/" + abk.table)
        }()
        var output = result
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            output.diagnostics.append(.error(.io, at: abk.tableLocation ?? abk.location,
                "ABK table '\(abk.table)' of scenario '\(scenario.header.id)' is not a file (looked for '\(path)')"))
            return output
        }
        do {
            abk.loaded = try AbkTableReader.read(contentsOf: URL(fileURLWithPath: path), name: path)
            scenario.abk = abk
            output.document = .scenario(scenario)
        } catch {
            output.diagnostics += error.diagnostics
        }
        return output
    }

    /// A path with `.` and `dir/..` taken out, as the user would write it (`maps/kaltim/contoh/x.csv`, not
    /// `maps/scenarios/kaltim/../../kaltim/contoh/x.csv`); leading `..` stay.
    static func lexicallyNormalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
