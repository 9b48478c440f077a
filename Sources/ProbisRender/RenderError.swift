/// What can go wrong while rendering: Graphviz's own complaint, a worker process that failed, or a file
/// that could not be written.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Graphviz reported an error; `message` is its own text (every line it wrote), trimmed.
    case graphviz(message: String)
    /// A render worker process failed without a Graphviz message (it crashed or spoke garbage).
    case worker(message: String)
    /// An output file could not be written; the previous file, if any, is unchanged.
    case write(path: String, reason: String)
    /// The requested output format is not one the renderer knows.
    case unknownFormat(String)

    public var description: String {
        switch self {
        case let .graphviz(message): "Graphviz: \(message)"
        case let .worker(message): "render worker: \(message)"
        case let .write(path, reason): "cannot write '\(path)': \(reason)"
        case let .unknownFormat(name): "unknown format '\(name)' (use svg, png, pdf or dot)"
        }
    }
}
