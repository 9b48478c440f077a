import Foundation
import ProbisRender

/// One file of the pack: its path relative to the pack folder and its bytes.
public struct PackFile: Hashable, Sendable {
    /// Path relative to the pack folder, e.g. `kaltim/kaltim.pd-tipe-2.html`.
    public var path: String
    /// The file's content.
    public var bytes: [UInt8]

    /// Creates a file from bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a file from text (UTF-8).
    public init(path: String, text: String) {
        self.path = path
        bytes = Array(text.utf8)
    }
}

/// Writes a whole pack so that the folder holds either the previous pack or the new one, never a mix: the
/// files go to a sibling folder, which is then exchanged with the old one in one `renameat2(RENAME_EXCHANGE)`
/// (or, where the file system cannot exchange, renamed in two steps) and the old one removed.
public enum PackFolder {
    /// Writes the files into `folder`, replacing what was there.
    /// - Throws: ``RenderError/write(path:reason:)`` when a file cannot be written; `folder` is then unchanged.
    public static func write(_ files: [PackFile], to folder: String) throws(RenderError) {
        let target = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        let staging = target + ".partial-\(getpid())"
        let manager = FileManager.default
        try? manager.removeItem(atPath: staging)
        do {
            for file in files { try AtomicFile.write(file.bytes, to: staging + "/" + file.path) }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw error
        }
        var status = stat()
        guard lstat(target, &status) == 0 else {
            guard rename(staging, target) == 0 else { throw failure(target, staging) }
            return
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            try? manager.removeItem(atPath: staging)
            throw .write(path: target, reason: "it exists and is not a folder")
        }
        if exchange(staging, target) {
            try? manager.removeItem(atPath: staging)
            return
        }
        let old = target + ".old-\(getpid())"
        guard rename(target, old) == 0 else { throw failure(target, staging) }
        guard rename(staging, target) == 0 else {
            let error = failure(target, staging)
            _ = rename(old, target)
            throw error
        }
        try? manager.removeItem(atPath: old)
    }

    /// Swaps two paths atomically: glibc's `renameat2` with `RENAME_EXCHANGE`, looked up at run time (the C
    /// library may be older than the call); `false` when it is missing or the file system refuses.
    private static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return false }
        let renameExchange: UInt32 = 2
        return unsafeBitCast(symbol, to: RenameAt2.self)(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #else
        return false
        #endif
    }

    private static func failure(_ target: String, _ staging: String) -> RenderError {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(atPath: staging)
        return .write(path: target, reason: reason)
    }
}
