import ProbisModel

/// One element of the library with values that are assumptions rather than the regulation text (`assumed:`).
public struct AssumedElement: Hashable, Sendable, Codable {
    /// The document the element belongs to.
    public var document: DocumentID
    /// The regulation text the document encodes (`source:`), if any.
    public var source: String?
    /// The element, e.g. `position 'jf'` or `process '01'`.
    public var element: String
    /// The keys whose values are assumed, e.g. `headcount`.
    public var keys: [String]
    /// The file the element was read from.
    public var file: String?

    /// Creates an entry.
    public init(document: DocumentID, source: String?, element: String, keys: [String], file: String?) {
        self.document = document
        self.source = source
        self.element = element
        self.keys = keys
        self.file = file
    }
}

extension Library {
    /// Every element that marks values as assumptions, in library order.
    public var assumedElements: [AssumedElement] {
        var out: [AssumedElement] = []
        for document in documents {
            let header = document.header
            func add(_ keys: [String], _ element: String) {
                guard !keys.isEmpty else { return }
                out.append(AssumedElement(document: header.id, source: header.source, element: element, keys: keys, file: header.file))
            }
            switch document {
            case let .organizationType(type):
                for position in type.positions { add(position.assumed, "position '\(position.id)'") }
            case let .petaProses(map):
                for process in map.allProcesses { add(process.assumed, "process '\(process.code)'") }
            case let .petaSubproses(map):
                for process in map.processes.flatMap(\.flattened) { add(process.assumed, "process '\(process.code)'") }
            default: break
            }
        }
        return out
    }
}
