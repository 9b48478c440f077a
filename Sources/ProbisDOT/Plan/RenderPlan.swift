import ProbisModel

/// Which diagrams a library gives and where their files go: `Renders/` mirrors `ProcessMaps/`, each file
/// in the same relative folder as its document's file and named by the diagram id.
///
/// Pure path arithmetic on the file names the loader recorded; nothing is read or written.
public struct RenderPlan: Sendable {
    /// The library drawn; the encoder resolves artifact titles and parent processes in it.
    public let library: Library
    /// Every diagram of the library, sorted by id.
    public let diagrams: [Diagram]
    private let folders: [DocumentID: String]
    /// The sheet the PDFs are printed on; written into every diagram's DOT text (``Paper/attribute``), so
    /// the render cache, which hashes the DOT text, lays a diagram out again when it changes.
    public var paper: Paper = .a3

    /// Makes the plan for a library read from `mapsRoot`.
    /// - Parameters:
    ///   - library: the documents, with `header.file` as the loader recorded it.
    ///   - mapsRoot: the ProcessMaps folder the files were found under, as given to the loader.
    public init(library: Library, mapsRoot: String) {
        self.library = library
        let root = RenderPlan.components(mapsRoot)
        var folders: [DocumentID: String] = [:]
        var diagrams: [Diagram] = []
        for document in library.documents where folders[document.id] == nil {
            var parts = document.header.file.map(RenderPlan.components) ?? []
            if parts.starts(with: root) { parts.removeFirst(root.count) }
            folders[document.id] = parts.dropLast().joined(separator: "/")
            diagrams += Diagram.diagrams(of: document)
        }
        self.folders = folders
        self.diagrams = diagrams.sorted()
    }

    /// The folder of a document's renders relative to the output folder (`kaltim/organisasi`), `""` at the top.
    public func folder(of document: DocumentID) -> String { folders[document] ?? "" }

    /// A diagram's file relative to the output folder, e.g. `kaltim/organisasi/kaltim.pd-tipe-3.svg`.
    public func path(of diagram: Diagram, format: RenderFormat) -> String {
        let folder = folder(of: diagram.document)
        let name = diagram.id + "." + format.fileExtension
        return folder.isEmpty ? name : folder + "/" + name
    }

    /// The diagrams chosen by ids: a document id selects all its diagrams, a diagram id selects that one.
    /// - Returns: the diagrams in plan order, and the ids that matched nothing.
    public func select(_ ids: [String]) -> (diagrams: [Diagram], unknown: [String]) {
        guard !ids.isEmpty else { return (diagrams, []) }
        let wanted = Set(ids)
        let chosen = diagrams.filter { wanted.contains($0.id) || wanted.contains($0.document.rawValue) }
        let unknown = ids.filter { id in !diagrams.contains { $0.id == id || $0.document.rawValue == id } }
        return (chosen, unknown)
    }

    /// The SVG a box should link to when it details `target`: the target's main diagram (an organization
    /// type's stage flow, else its kedudukan), relative to the folder of `diagram`; `nil` when the library
    /// draws nothing for the target.
    public func link(from diagram: Diagram, to target: DocumentID) -> String? {
        guard let document = library.document(target),
              let destination = Diagram.diagrams(of: document).first else { return nil }
        let from = RenderPlan.components(folder(of: diagram.document))
        let to = RenderPlan.components(path(of: destination, format: .svg))
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...]).joined(separator: "/")
    }

    /// The non-empty components of a path other than `.`.
    static func components(_ path: String) -> [String] {
        path.split(separator: "/").map(String.init).filter { $0 != "." }
    }
}
