import Foundation
import ProbisModel

extension LoadedLibrary {
    /// The reading diagnostics and the findings of checks on the library (``Validator``, the rule book),
    /// root causes first: findings that may only follow from a reading error are left out, with one note
    /// saying how many.
    ///
    /// Left out are every finding in a file that has a reading error (an unknown key, a wrong type, a
    /// value out of range: the element was dropped or a default was used, so what the checks see is not
    /// what the file says), and every reference error elsewhere that names a document of such a file (a
    /// document that could not be read at all is named by the `id:` line of its text).
    ///
    /// - Parameter findings: the checks' diagnostics.
    /// - Returns: the reading diagnostics and the remaining findings sorted by location, then the note.
    public func diagnostics(with findings: [Diagnostic]) -> [Diagnostic] {
        let failedFiles = Set(diagnostics.filter { $0.severity == .error }.compactMap { $0.location?.file })
        guard !failedFiles.isEmpty else { return (diagnostics + findings).sorted() }
        var failedIDs = Set(library.documents.filter { $0.header.file.map(failedFiles.contains) ?? false }.map(\.id.rawValue))
        let readFiles = Set(library.documents.compactMap(\.header.file))
        for file in failedFiles where !readFiles.contains(file) {
            if let id = Self.declaredID(in: file) { failedIDs.insert(id) }
        }
        let references: Set<Diagnostic.Code> = [.danglingReference, .wrongReferenceKind]
        var kept: [Diagnostic] = [], left = 0
        for finding in findings {
            let inFailedFile = finding.location.map { failedFiles.contains($0.file) } ?? false
            let namesFailed = references.contains(finding.code) && failedIDs.contains { finding.message.contains("'\($0)'") }
            if inFailedFile || namesFailed { left += 1 } else { kept.append(finding) }
        }
        var out = (diagnostics + kept).sorted()
        if left > 0 {
            out.append(Diagnostic(.note, .followOn, at: nil,
                "\(left) more finding\(left == 1 ? "" : "s") not shown: \(left == 1 ? "it" : "they") may only follow from the reading errors above; fix those first"))
        }
        return out
    }

    /// The value of a top-level `id:` line of a file that could not be read as a document, if any.
    static func declaredID(in file: String) -> String? {
        guard let data = FileManager.default.contents(atPath: file), data.count <= LibraryLoader.maximumFileSize else { return nil }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("id:") {
            let value = line.dropFirst(3).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return value.isEmpty ? nil : value
        }
        return nil
    }
}

