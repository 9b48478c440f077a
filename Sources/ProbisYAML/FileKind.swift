import Foundation
import ProbisModel

/// What kind of file system object a path names, found without opening it: a FIFO or a device named
/// `*.yaml` would block or never end when read.
enum FileKind {
    /// The paths that are regular files (or links to them), and a warning for each one that is not.
    static func regularFiles(_ paths: [String]) -> (regular: [String], skipped: [Diagnostic]) {
        var regular: [String] = [], skipped: [Diagnostic] = []
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else {
                // A link to nothing, or a file removed meanwhile: reading it reports the problem.
                regular.append(path)
                continue
            }
            let type = status.st_mode & S_IFMT
            if type == S_IFREG {
                regular.append(path)
            } else if type != S_IFDIR {
                skipped.append(.warning(.notRegularFile, at: SourceLocation(file: path, line: 1, column: 1),
                    "skipped: this is \(name(of: type)), not a regular file, so it was not opened"))
            }
        }
        return (regular, skipped)
    }

    /// "a named pipe (FIFO)", "a character device", ….
    static func name(of type: mode_t) -> String {
        switch type {
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }
}
