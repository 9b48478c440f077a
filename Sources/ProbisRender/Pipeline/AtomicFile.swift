import Foundation

/// Writes files so that a reader sees either the old content or the new, never a mix: the bytes go to a
/// temporary file in the same folder, which then replaces the target with `rename(2)`.
///
/// Only a regular file (or a path that does not exist yet) is replaced that way. A target that is not a
/// regular file is never replaced:
/// - a device, a FIFO or a socket (`/dev/stdout`, `/dev/null`, `/dev/full`, a named pipe) is opened and
///   written directly, as a shell redirection would;
/// - a symbolic link is followed: the file it points to is written (atomically when it is a regular file,
///   directly otherwise) and the link stays a link; a link to nothing is refused;
/// - a folder is refused.
public enum AtomicFile {
    /// Writes bytes to a path, creating missing folders. On failure the previous file, if any, is unchanged
    /// and no temporary file is left behind.
    /// - Throws: ``RenderError/write(path:reason:)`` with the reason in plain words, e.g. "no space left on
    ///   device".
    public static func write(_ bytes: [UInt8], to path: String) throws(RenderError) {
        guard !path.isEmpty else { throw .write(path: path, reason: "no file name given") }
        var status = stat()
        if lstat(path, &status) == 0 {
            let type = status.st_mode & S_IFMT
            if type == S_IFLNK {
                guard stat(path, &status) == 0 else {
                    throw .write(path: path, reason: "it is a symbolic link to '\(linkTarget(path))', which does not exist")
                }
                if status.st_mode & S_IFMT == S_IFREG, let target = resolved(path) {
                    return try replace(bytes, at: target, reportedAs: path)
                }
                return try writeDirectly(bytes, to: path, type: status.st_mode & S_IFMT)
            }
            if type != S_IFREG { return try writeDirectly(bytes, to: path, type: type) }
        }
        try replace(bytes, at: path, reportedAs: path)
    }

    /// Writes text as UTF-8; see ``write(_:to:)-([UInt8],_)``.
    public static func write(_ text: String, to path: String) throws(RenderError) {
        try write(Array(text.utf8), to: path)
    }

    /// The file's bytes, or `nil` when it does not exist or cannot be read.
    public static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    // MARK: Ways of writing

    /// A temporary file in the target's folder, renamed over the target.
    private static func replace(_ bytes: [UInt8], at path: String, reportedAs shown: String) throws(RenderError) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        if let failure = createFolders(folder) { throw .write(path: shown, reason: failure) }
        let temporary = folder + "/." + name + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .write(path: shown, reason: systemReason(errno)) }
        var failure = writeAll(bytes, to: descriptor)
        if close(descriptor) != 0, failure == nil { failure = systemReason(errno) }
        if failure == nil, rename(temporary, path) != 0 { failure = systemReason(errno) }
        if let failure {
            unlink(temporary)
            throw .write(path: shown, reason: failure)
        }
    }

    /// Opens an existing target that is not a regular file and writes into it.
    private static func writeDirectly(_ bytes: [UInt8], to path: String, type: mode_t) throws(RenderError) {
        if type == S_IFDIR { throw .write(path: path, reason: "it is a folder; give a file name") }
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw .write(path: path, reason: systemReason(errno)) }
        var failure = writeAll(bytes, to: descriptor)
        if close(descriptor) != 0, failure == nil { failure = systemReason(errno) }
        if let failure { throw .write(path: path, reason: failure) }
    }

    /// Writes every byte (``FileDescriptor/write(_:_:)``); the reason of a failure, or `nil`.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        FileDescriptor.write(descriptor, bytes) ? nil : systemReason(errno)
    }

    // MARK: Paths and reasons

    /// The path with every symbolic link resolved, or `nil`.
    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// What a symbolic link points to, as written in the link.
    private static func linkTarget(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, Int(PATH_MAX))
        guard count >= 0 else { return "?" }
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The system's message for an error number, starting in lower case: "no space left on device".
    private static func systemReason(_ code: Int32) -> String {
        let message = String(cString: strerror(code))
        return message.prefix(1).lowercased() + message.dropFirst()
    }

    /// Creates a folder and its missing parents (`mkdir -p`); the reason of a failure, or `nil`.
    private static func createFolders(_ folder: String) -> String? {
        var prefix = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o755) != 0, errno != EEXIST {
                return "cannot create folder '\(prefix)': \(systemReason(errno))"
            }
        }
        var status = stat()
        guard stat(folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            return "'\(folder)' is not a folder"
        }
        return nil
    }
}
