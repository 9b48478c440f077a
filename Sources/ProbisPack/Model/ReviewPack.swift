import ProbisDOT
import ProbisModel
import ProbisRules
import ProbisSimulation

/// The review pack of a library: everything a review meeting looks at, gathered once and then written as
/// static pages (``ReviewPack/files(svgs:)``). Building it runs the scenarios; writing it needs the SVGs of
/// ``diagramRequests``, which the caller renders (through ``SVGCache``).
///
/// A library with errors still gives a pack: a document with errors shows them instead of its diagrams, and
/// a scenario that cannot run shows why.
public struct ReviewPack: Sendable {
    /// The documents.
    public let library: Library
    /// Where each document's diagrams come from, and which diagrams there are.
    public let plan: RenderPlan
    /// Every finding of validation and the regional rules, sorted.
    public let diagnostics: [Diagnostic]
    /// What the library encodes of each regulation text.
    public let coverage: CoverageReport
    /// Every scenario's result, by scenario id order.
    public private(set) var simulations: [ScenarioResult] = []
    /// Before/after scenario pairs, each with its simulated comparison and the document diff.
    public private(set) var comparisons: [ScenarioPair] = []

    /// Gathers the pack's inputs.
    /// - Parameters:
    ///   - library: the documents as loaded.
    ///   - mapsRoot: the folder they were read from (for the diagrams' folders).
    ///   - diagnostics: reading errors, validation and rule findings.
    ///   - texts: the regulation texts by seed file name (for the Pasal not encoded yet).
    public init(library: Library, mapsRoot: String, diagnostics: [Diagnostic], texts: [String: String]) {
        self.library = library
        plan = RenderPlan(library: library, mapsRoot: mapsRoot)
        self.diagnostics = diagnostics.sorted()
        coverage = CoverageReport(library: library, rules: .standard, texts: texts)
    }

    /// The findings located in a file.
    func findings(in file: String?) -> [Diagnostic] {
        guard let file else { return [] }
        return diagnostics.filter { $0.location?.file == file }
    }

    /// Whether a document's own file has errors (then it is not drawn or simulated).
    func hasErrors(_ document: Document) -> Bool {
        findings(in: document.header.file).containsErrors
    }

    /// The documents that get a page: organization types, organizations and maps (scenarios appear on their
    /// organization's page; regions and artifact catalogs in the index).
    var pageDocuments: [Document] {
        library.documents.filter { ![.region, .artifactCatalog, .scenario].contains($0.kind) }
            .sorted { $0.id < $1.id }
    }

    /// The folder of a document's page: its region's id, or `umum` for documents of no region.
    func folder(of id: DocumentID) -> String {
        guard let document = library.document(id) else { return "umum" }
        return library.region(of: document)?.header.id.rawValue ?? "umum"
    }

    /// A document's page relative to the pack folder.
    func page(of id: DocumentID) -> String { folder(of: id) + "/" + id.rawValue + ".html" }

    /// Whether the pack has a page for this id.
    func hasPage(_ id: DocumentID) -> Bool {
        guard let document = library.document(id) else { return false }
        return ![.region, .artifactCatalog, .scenario].contains(document.kind)
    }

    /// Whether the pack failed somewhere the exit status should tell: errors found or a scenario not run.
    public var failed: Bool {
        diagnostics.containsErrors || simulations.contains { $0.failure != nil }
            || comparisons.contains { $0.failure != nil }
    }

    /// Records the scenario results and pairs (see ``ReviewPack/simulate(threads:limits:)``).
    mutating func record(_ results: [ScenarioResult], pairs: [ScenarioPair]) {
        simulations = results
        comparisons = pairs
    }
}

extension ReviewPack {
    /// The number of HTML pages the pack writes.
    public var pageCount: Int { pageDocuments.count + 3 }
}
