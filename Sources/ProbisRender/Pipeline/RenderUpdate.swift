/// What writing (or checking) a batch of renders found.
public struct RenderUpdate: Sendable, Equatable {
    /// Files written, as full paths, in order.
    public var written: [String] = []
    /// Files whose content was already right.
    public var unchanged: [String] = []
    /// Files that exist with other content (only when checking).
    public var stale: [String] = []
    /// Files that do not exist (only when checking).
    public var missing: [String] = []
    /// Diagrams laid out by Graphviz in this run, by id, in order (the others were current).
    public var laidOut: [String] = []
    /// Diagrams or files that failed: the diagram id and the error. Their previous files are unchanged.
    public var failures: [Failure] = []

    /// A diagram that could not be rendered or written.
    public struct Failure: Sendable, Equatable {
        /// The diagram's id.
        public var id: String
        /// What went wrong.
        public var error: RenderError

        /// Creates a failure record.
        public init(id: String, error: RenderError) {
            self.id = id
            self.error = error
        }
    }

    /// Creates an empty update.
    public init() {}

    /// Writes the files of every successful outcome under `output`, or with `check` only compares them.
    ///
    /// A file whose content is already right is left alone. Every write is atomic; a failed outcome writes
    /// nothing, so its previous files stay in place; a file that cannot be written is reported and the
    /// others are still written.
    /// - Parameters:
    ///   - outcomes: the rendered diagrams.
    ///   - output: the output folder (e.g. `Renders`).
    ///   - check: compare only; write nothing.
    public static func apply(_ outcomes: [RenderOutcome], to output: String, check: Bool) -> RenderUpdate {
        var update = RenderUpdate()
        for outcome in outcomes {
            switch outcome.files {
            case let .failure(error):
                update.failures.append(Failure(id: outcome.id, error: error))
            case let .success(files):
                for file in files {
                    let path = RenderCache.join(output, file.path)
                    let current = AtomicFile.read(path)
                    if current == file.bytes {
                        update.unchanged.append(path)
                    } else if check {
                        if current == nil { update.missing.append(path) } else { update.stale.append(path) }
                    } else {
                        do {
                            try AtomicFile.write(file.bytes, to: path)
                            update.written.append(path)
                        } catch {
                            update.failures.append(Failure(id: outcome.id, error: error))
                        }
                    }
                }
            }
        }
        return update
    }
}
