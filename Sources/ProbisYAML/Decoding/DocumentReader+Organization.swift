import ProbisModel
import Yams

extension DocumentReader {
    /// `kind: organization-type`.
    func organizationType(_ node: Node) -> Document? {
        guard var reader = root(node, kind: .organizationType, keys: ["positions", "flow", "structure-levels"]) else { return nil }
        let header = self.header(&reader, kind: .organizationType)
        let positions = each(reader.list("positions", required: true)) { position($0, source: header?.source) }
        var flow: CrossFunctionalMap?
        if let flowReader = reader.mapping("flow", what: "'flow' of \(reader.what)", keys: ["lanes", "steps"]) {
            flow = crossFunctionalMap(flowReader, source: header?.source, positions: positions,
                                      defaultLanes: OrganizationType.defaultLanes(for: positions))
        }
        let levels = reader.int("structure-levels", in: 1...10)
        guard let header else { return nil }
        return .organizationType(OrganizationType(header: header, positions: positions, flow: flow, structureLevels: levels))
    }

    private func position(_ node: Node, source: String?) -> Position? {
        let keys = ["id", "title", "tier", "headcount", "reports-to", "assessor", "roles", "qualifications", "cite", "note"]
        guard var reader = MappingReader(node, what: "position", keys: keys, context: context) else { return nil }
        let id: PositionID? = identifier(reader, "id", required: true)
        if let id { reader.what = "position '\(id)'" }
        let title = reader.string("title", required: true)
        let tier = reader.enumeration("tier", JabatanTier.self, required: true)
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
        if let nested = reader.mapping("qualifications", what: "'qualifications' of \(reader.what)", keys: ["education", "grade", "experience"]) {
            qualifications = Qualifications(education: nested.string("education"), grade: nested.string("grade"), experience: nested.bool("experience"))
        }
        let citation = self.citation(reader, source: source)
        let note = reader.string("note")
        guard let id, let title, let tier else { return nil }
        return Position(id: id, title: title, tier: tier, headcount: headcount, reportsTo: reportsTo, assessor: assessor,
                        roles: roles, qualifications: qualifications, citation: citation, note: note, location: reader.location)
    }

    /// `kind: peta-lintas-fungsi`.
    func lintasFungsi(_ node: Node) -> Document? {
        guard var reader = root(node, kind: .petaLintasFungsi, keys: ["organization", "mechanism", "lanes", "steps"]) else { return nil }
        let header = self.header(&reader, kind: .petaLintasFungsi)
        let organization: Reference<DocumentID>? = reader.reference("organization")
        var mechanism: Mechanism?
        if let nested = reader.mapping("mechanism", what: "'mechanism' of \(reader.what)", keys: ["kind", "scope", "mode"]) {
            let kind = nested.enumeration("kind", Mechanism.Kind.self, required: true)
            let scope = nested.enumeration("scope", Mechanism.Scope.self)
            let mode = nested.enumeration("mode", Mechanism.Mode.self)
            mechanism = kind.map { Mechanism(kind: $0, scope: scope, mode: mode, location: nested.location) }
        }
        guard reader.has("lanes") else {
            reader.missing("lanes")
            return nil
        }
        let flow = crossFunctionalMap(reader, source: header?.source, positions: [], defaultLanes: [])
        guard let header, let flow else { return nil }
        return .petaLintasFungsi(LintasFungsiMap(header: header, organization: organization, mechanism: mechanism, flow: flow))
    }
}
