import Foundation
import ProbisModel

extension LibraryLoader {
    /// Reads files in the context of a library: the library's documents, with the files' documents in place
    /// of the library's own reading of the same files, so that references from the files to the rest of the
    /// library resolve (`probis validate FILE… --maps DIR`).
    ///
    /// - Parameters:
    ///   - paths: the files (or folders) to check.
    ///   - maps: the library folder they belong to.
    /// - Returns: the combined library with the reading diagnostics and the file list of `paths` only, and
    ///   how many reading errors the rest of the library has.
    public static func load(paths: [String], context maps: String) -> (loaded: LoadedLibrary, contextErrors: Int) {
        let given = load(paths: paths)
        let context = load(paths: [maps])
        let replaced = Set(given.files.map(canonical))
        let others = context.library.documents.filter { document in
            document.header.file.map { !replaced.contains(canonical($0)) } ?? true
        }
        let contextErrors = context.diagnostics.filter { diagnostic in
            diagnostic.severity == .error && !(diagnostic.location.map { replaced.contains(canonical($0.file)) } ?? false)
        }.count
        let loaded = LoadedLibrary(library: Library(documents: others + given.library.documents), diagnostics: given.diagnostics, files: given.files)
        return (loaded, contextErrors)
    }

    /// An absolute path with symbolic links resolved, to tell whether two paths name one file.
    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }
}
