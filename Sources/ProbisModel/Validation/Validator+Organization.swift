extension Validator {
    /// Positions: unique ids, resolvable atasan and assessors, one reporting tree without cycles; then the
    /// stage flow.
    func checkOrganizationType(_ type: OrganizationType) -> [Diagnostic] {
        let id = type.header.id
        var out = duplicates(type.positions.map { ($0.id, $0.location) }, what: "position", owner: id)
        let ids = type.positions.map(\.id.rawValue)
        for position in type.positions {
            for (reference, role) in [(position.reportsTo, "atasan"), (position.assessor, "assessor")] {
                guard let reference, type.position(reference.id) == nil else { continue }
                out.append(.error(.danglingReference, at: reference.location,
                    "position '\(position.id)' names \(role) '\(reference.id)', which is not a position of '\(id)'\(Suggestion.hint(for: reference.id.rawValue, in: ids))"))
            }
            if position.reportsTo?.id == position.id {
                out.append(.error(.reportingCycle, at: position.reportsTo?.location,
                    "position '\(position.id)' reports to itself"))
            }
        }
        out += reportingCycles(type)
        out += assessorCycles(type)
        if type.heads.isEmpty && !type.positions.isEmpty {
            out.append(.error(.noHead, at: type.header.location,
                "organization type '\(id)' has no head: every position reports to another"))
        }
        if let flow = type.flow {
            out += checkFlow(flow, owner: id, header: type.header, organization: type, requireStages: true)
        }
        return out
    }

    private func reportingCycles(_ type: OrganizationType) -> [Diagnostic] {
        var index: [PositionID: Int] = [:]
        for (i, position) in type.positions.enumerated() where index[position.id] == nil { index[position.id] = i }
        let graph = Digraph(successors: type.positions.map { position in
            position.reportsTo.flatMap { index[$0.id] }.map { [$0] } ?? []
        })
        return graph.cyclicComponents.filter { $0.count > 1 }.map { component in
            let cycle = graph.cycle(in: component).map { type.positions[$0] }
            let text = (cycle + [cycle[0]]).map(\.id.rawValue).joined(separator: " → ")
            return .error(.reportingCycle, at: cycle[0].reportsTo?.location ?? cycle[0].location,
                          "positions of '\(type.header.id)' report to each other in a cycle: \(text)")
        }
    }

    /// A standalone peta lintas fungsi: its organization (if any), its mechanism, and its flow.
    func checkLintasFungsi(_ map: LintasFungsiMap) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var organization: OrganizationType?
        if let reference = map.organization {
            if let problem = checkDocumentReference(reference, from: "'\(map.header.id)'", role: "organization type",
                                                    kinds: [.organizationType]) {
                out.append(problem)
            } else {
                organization = library.organizationType(reference.id)
            }
        }
        out += checkFlow(map.flow, owner: map.header.id, header: map.header, organization: organization,
                         requireStages: false)
        return out
    }
}
