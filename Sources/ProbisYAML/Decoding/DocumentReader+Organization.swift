import ProbisModel
import Yams

extension DocumentReader {
    /// `kind: organization-type`.
    func organizationType(_ node: Node) -> Document? {
        guard var reader = root(node, kind: .organizationType) else { return nil }
        let header = self.header(&reader, kind: .organizationType)
        let positions = each(reader.list("positions")) { position($0, source: header?.source) }
        var flow: CrossFunctionalMap?
        if let flowReader = reader.mapping("flow", what: "'flow' of \(reader.what)", element: ProcessMapsFormat.flow) {
            flow = crossFunctionalMap(flowReader, source: header?.source, positions: positions,
                                      defaultLanes: OrganizationType.defaultLanes(for: positions))
        }
        let levels = reader.int("structure-levels", in: 1...10)
        guard let header else { return nil }
        return .organizationType(OrganizationType(header: header, positions: positions, flow: flow, structureLevels: levels))
    }

    private func position(_ node: Node, source: String?) -> Position? {
        guard var reader = MappingReader(node, what: "position", element: ProcessMapsFormat.position, context: context) else { return nil }
        let id: PositionID? = identifier(reader, "id")
        if let id { reader.what = "position '\(id)'" }
        let title = reader.string("title")
        let tier = reader.enumeration("tier", JabatanTier.self)
        let headcount = reader.int("headcount", in: 1...100_000) ?? 1
        let reportsTo: Reference<PositionID>? = reader.reference("reports-to")
        let assessor: Reference<PositionID>? = reader.reference("assessor")
        let roles = reader.strings("roles").compactMap { text -> PositionRole? in
            if let role = PositionRole(rawValue: text) { return role }
            let allowed = PositionRole.allCases.map(\.rawValue)
            let hint = Suggestion.closest(to: text, in: allowed).map { "did you mean '\($0)'?" } ?? "expected one of: " + allowed.joined(separator: ", ")
            context.error(.unknownValue, at: reader.location("roles"), "'roles' of \(reader.what) cannot include '\(text)' (\(hint))")
            return nil
        }
        var qualifications: Qualifications?
        if let nested = reader.mapping("qualifications", what: "'qualifications' of \(reader.what)", element: ProcessMapsFormat.qualifications) {
            qualifications = Qualifications(education: nested.string("education"), grade: nested.string("grade"), experience: nested.bool("experience"))
        }
        let assumed = self.assumed(reader)
        let citation = self.citation(reader, source: source)
        let note = reader.string("note")
        guard let id, let title, let tier else { return nil }
        return Position(id: id, title: title, tier: tier, headcount: headcount, reportsTo: reportsTo, assessor: assessor,
                        roles: roles, qualifications: qualifications, assumed: assumed, citation: citation, note: note,
                        location: reader.location)
    }

    /// `kind: peta-lintas-fungsi`.
    func lintasFungsi(_ node: Node) -> Document? {
        guard var reader = root(node, kind: .petaLintasFungsi) else { return nil }
        let header = self.header(&reader, kind: .petaLintasFungsi)
        let organization: Reference<DocumentID>? = reader.reference("organization")
        var mechanism: Mechanism?
        if let nested = reader.mapping("mechanism", what: "'mechanism' of \(reader.what)", element: ProcessMapsFormat.mechanism) {
            let kind = nested.enumeration("kind", Mechanism.Kind.self)
            let scope = nested.enumeration("scope", Mechanism.Scope.self)
            let mode = nested.enumeration("mode", Mechanism.Mode.self)
            mechanism = kind.map { Mechanism(kind: $0, scope: scope, mode: mode, location: nested.location) }
        }
        guard reader.has("lanes") else {
            // Steps without lanes would only add follow-on errors; a missing `steps` is its own problem.
            reader.missing("lanes")
            _ = reader.list("steps")
            return nil
        }
        let flow = crossFunctionalMap(reader, source: header?.source, positions: [], defaultLanes: [])
        guard let header, let flow else { return nil }
        return .petaLintasFungsi(LintasFungsiMap(header: header, organization: organization, mechanism: mechanism, flow: flow))
    }
}
