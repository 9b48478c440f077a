import ProbisModel
import Yams

extension DocumentReader {
    /// `kind: region`.
    func region(_ node: Node) -> Document? {
        guard var reader = root(node, kind: .region) else { return nil }
        let header = self.header(&reader, kind: .region)
        let profile = reader.string("profile")
        var regulation: Regulation?
        if let nested = reader.mapping("regulation", what: "'regulation' of \(reader.what)", element: ProcessMapsFormat.regulation) {
            let title = nested.string("title")
            let short = nested.string("short-title")
            let source = nested.string("source")
            if let title, let short, let source {
                regulation = Regulation(title: title, shortTitle: short, source: source)
            }
        }
        guard let header else { return nil }
        return .region(Region(header: header, regulation: regulation, profile: profile))
    }

    /// `kind: artifact-catalog`.
    func artifactCatalog(_ node: Node) -> Document? {
        guard var reader = root(node, kind: .artifactCatalog) else { return nil }
        let header = self.header(&reader, kind: .artifactCatalog)
        let artifacts = each(reader.list("artifacts")) { item in artifact(item, source: header?.source) }
        guard let header else { return nil }
        return .artifactCatalog(ArtifactCatalog(header: header, artifacts: artifacts))
    }

    private func artifact(_ node: Node, source: String?) -> Artifact? {
        guard var reader = MappingReader(node, what: "artifact", element: ProcessMapsFormat.artifact, context: context) else {
            return nil
        }
        let id: ArtifactID? = identifier(reader, "id")
        if let id { reader.what = "artifact '\(id)'" }
        let title = reader.string("title")
        let kind = reader.enumeration("kind", Artifact.Kind.self) ?? .dokumen
        let contents = reader.strings("contents")
        let citation = self.citation(reader, source: source)
        guard let id, let title else { return nil }
        return Artifact(id: id, title: title, kind: kind, contents: contents, citation: citation, location: reader.location)
    }
}
