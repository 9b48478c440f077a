extension Validator {
    /// An organization against its type: the type resolves; unit ids are unique, parents resolve and form
    /// one tree; heads and placed positions are positions of the type; the type's structure holds (one
    /// head of the organization, unit heads held once per unit); and every placed person has a holder of
    /// their `reports-to` position in their unit or above. Later checks run only when the earlier ones
    /// pass, so one mistake gives one error.
    func checkOrganization(_ organization: Organization) -> [Diagnostic] {
        let id = organization.header.id
        let owner = "organization '\(id)'"
        if let problem = checkDocumentReference(organization.type, from: owner, role: "organization type", kinds: [.organizationType]) {
            return [problem]
        }
        guard let type = library.organizationType(organization.type.id) else { return [] }
        var out = duplicates(organization.units.map { ($0.id, $0.location) }, what: "unit", owner: id)
        out += checkUnitTree(organization)
        out += checkUnitPositions(organization, type: type)
        guard !out.containsErrors else { return out }
        out += checkUnitStructure(organization, type: type)
        guard !out.containsErrors else { return out }
        let people = organization.people(of: type)
        for (position, unit, superior) in people.withoutSuperior {
            let at = organization.unit(unit)?.staff.first { $0.position.id == position }?.location ?? organization.unit(unit)?.head?.location
            out.append(.error(.brokenChain, at: at,
                "position '\(position)' in unit '\(unit)' has no '\(superior)' to report to, in '\(unit)' or any unit above it (place one, or move the unit under one that has it)"))
        }
        return out
    }

    /// Parents resolve, no unit is under itself, and exactly one unit is the top.
    private func checkUnitTree(_ organization: Organization) -> [Diagnostic] {
        let ids = organization.units.map(\.id.rawValue)
        var out: [Diagnostic] = []
        for unit in organization.units {
            guard let parent = unit.parent else { continue }
            if parent.id == unit.id {
                out.append(.error(.unitCycle, at: parent.location, "unit '\(unit.id)' is under itself"))
            } else if organization.unit(parent.id) == nil {
                out.append(.error(.danglingReference, at: parent.location,
                    "unit '\(unit.id)' names parent '\(parent.id)', which is not a unit of '\(organization.header.id)'\(Suggestion.hint(for: parent.id.rawValue, in: ids))"))
            }
        }
        guard out.isEmpty else { return out }
        var index: [UnitID: Int] = [:]
        for (i, unit) in organization.units.enumerated() where index[unit.id] == nil { index[unit.id] = i }
        let graph = Digraph(successors: organization.units.map { unit in unit.parent.flatMap { index[$0.id] }.map { [$0] } ?? [] })
        for component in graph.cyclicComponents where component.count > 1 {
            let cycle = graph.cycle(in: component).map { organization.units[$0] }
            let text = (cycle + [cycle[0]]).map(\.id.rawValue).joined(separator: " → ")
            out.append(.error(.unitCycle, at: cycle[0].parent?.location ?? cycle[0].location,
                "units of '\(organization.header.id)' are under each other in a cycle: \(text)"))
        }
        guard out.isEmpty else { return out }
        let roots = organization.roots
        if roots.count > 1 {
            out.append(.error(.topUnit, at: roots[1].location,
                "'\(organization.header.id)' has \(roots.count) top units ('\(roots.map(\.id.rawValue).joined(separator: "', '"))'); give every unit but the whole organization a 'parent'"))
        } else if roots.isEmpty && !organization.units.isEmpty {
            out.append(.error(.topUnit, at: organization.header.location, "'\(organization.header.id)' has no top unit"))
        }
        return out
    }

    /// Heads and placed positions are positions of the type.
    private func checkUnitPositions(_ organization: Organization, type: OrganizationType) -> [Diagnostic] {
        let ids = type.positions.map(\.id.rawValue)
        let references = organization.units.flatMap { unit in
            [unit.head].compactMap { $0 }.map { (unit, $0) } + unit.staff.map { (unit, $0.position) }
        }
        return references.filter { type.position($0.1.id) == nil }.map { unit, reference in
            .error(.danglingReference, at: reference.location,
                "unit '\(unit.id)' names position '\(reference.id)', which is not a position of '\(type.header.id)'\(Suggestion.hint(for: reference.id.rawValue, in: ids))")
        }
    }

    /// The type's head heads the top unit and nothing else; a position that heads units is held by one
    /// person per unit it heads, not listed among a unit's positions.
    private func checkUnitStructure(_ organization: Organization, type: OrganizationType) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let headIDs = Set(type.heads.map(\.id))
        if let top = organization.roots.first, let head = top.head?.id, !headIDs.contains(head) {
            out.append(.error(.unitStructure, at: top.head?.location ?? top.location,
                "the top unit '\(top.id)' is headed by '\(head)', but the head of '\(type.header.id)' is '\(type.heads.map(\.id.rawValue).joined(separator: "' or '"))'"))
        } else if let top = organization.roots.first, top.head == nil, let head = type.heads.first {
            out.append(.error(.unitStructure, at: top.location,
                "the top unit '\(top.id)' names no 'head' (the head of '\(type.header.id)' is '\(head.id)')"))
        }
        let unitHeads = Set(organization.units.compactMap { $0.head?.id })
        for unit in organization.units {
            for staffing in unit.staff where staffing.count > 0 && unitHeads.contains(staffing.position.id) {
                out.append(.error(.unitStructure, at: staffing.location,
                    "position '\(staffing.position.id)' heads units of '\(organization.header.id)' and is held by one person per unit it heads; make it the 'head' of a unit of its own instead of listing it under 'positions' of '\(unit.id)'"))
            }
            if let head = unit.head?.id, headIDs.contains(head), unit.parent != nil {
                out.append(.error(.unitStructure, at: unit.head?.location,
                    "unit '\(unit.id)' is headed by '\(head)', the head of the whole organization, who heads only the top unit"))
            }
        }
        return out
    }
}
