extension Validator {
    /// Assessors: a position cannot assess itself, and positions cannot assess each other in a cycle
    /// (`a → b → a`): somebody outside the cycle must assess its members' performance.
    func assessorCycles(_ type: OrganizationType) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for position in type.positions where position.assessor?.id == position.id {
            out.append(.error(.assessorCycle, at: position.assessor?.location ?? position.location,
                "position '\(position.id)' is its own assessor; name the position that assesses it (usually its atasan)"))
        }
        var index: [PositionID: Int] = [:]
        for (i, position) in type.positions.enumerated() where index[position.id] == nil { index[position.id] = i }
        let graph = Digraph(successors: type.positions.map { position in
            position.assessor.flatMap { $0.id == position.id ? nil : index[$0.id] }.map { [$0] } ?? []
        })
        for component in graph.cyclicComponents where component.count > 1 {
            let cycle = graph.cycle(in: component).map { type.positions[$0] }
            let text = (cycle + [cycle[0]]).map(\.id.rawValue).joined(separator: " → ")
            out.append(.error(.assessorCycle, at: cycle[0].assessor?.location ?? cycle[0].location,
                "positions of '\(type.header.id)' assess each other in a cycle: \(text)"))
        }
        return out
    }
}
