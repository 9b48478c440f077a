/// One person of an organization: a holder of a position in a unit, with the specific people above them.
public struct Person: Hashable, Sendable, Codable, Identifiable {
    /// `unit/position`, or `unit/position/n` when several hold the position in the unit.
    public var id: PersonID
    /// The position held.
    public var position: PositionID
    /// The unit the person sits in.
    public var unit: UnitID
    /// 1-based among the holders of the position in the unit.
    public var number: Int
    /// How many hold the position in the unit.
    public var of: Int
    /// The position's title, e.g. `Pejabat Fungsional Ahli Muda`.
    public var positionTitle: String
    /// The unit's title, e.g. `Bidang Pencegahan dan Pengendalian Penyakit`.
    public var unitTitle: String
    /// The unit's own name for its head, e.g. `Kepala Bidang P2P`, when this person is the head.
    public var headTitle: String?
    /// The atasan langsung: a holder of the type's `reports-to` position in this unit or the nearest above.
    public var superior: PersonID?
    /// The koordinator in the same unit (a position with role `koordinator` under the same superior), for
    /// Jabatan Fungsional and Pelaksana.
    public var coordinator: PersonID?

    /// How reports name the person: the unit's `head-title` for its head (`Kepala Bidang P2P`), else
    /// position and unit (`Pelaksana 2, Bidang P2P`).
    public var title: String {
        if let headTitle { return headTitle }
        let position = positionTitle.shortAlternative
        return of > 1 ? "\(position) \(number), \(unitTitle)" : "\(position), \(unitTitle)"
    }
}

/// The people of an organization and the reporting lines between them.
public struct OrganizationPeople: Sendable {
    /// Every person, unit by unit in the order written, the head first, then positions in the type's order.
    public let persons: [Person]
    /// Placed people whose chain is broken: no holder of their position's `reports-to` position in their
    /// unit or any unit above it.
    public let withoutSuperior: [(position: PositionID, unit: UnitID, superior: PositionID)]
    private let index: [PersonID: Int]

    init(persons: [Person], withoutSuperior: [(position: PositionID, unit: UnitID, superior: PositionID)]) {
        self.persons = persons
        self.withoutSuperior = withoutSuperior
        self.index = Dictionary(persons.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The person with an id, if any.
    public func person(_ id: PersonID) -> Person? { index[id].map { persons[$0] } }

    /// The chain of atasan above a person, nearest first. Stops at a cycle.
    public func superiors(of id: PersonID) -> [Person] {
        var chain: [Person] = []
        var seen: Set<PersonID> = [id]
        var current = person(id)?.superior
        while let next = current, seen.insert(next).inserted, let found = person(next) {
            chain.append(found)
            current = found.superior
        }
        return chain
    }

    /// The holders of a position, in order.
    public func holders(of position: PositionID) -> [Person] { persons.filter { $0.position == position } }

    /// The people of a unit, in order.
    public func members(of unit: UnitID) -> [Person] { persons.filter { $0.unit == unit } }
}

extension Organization {
    /// The people of the organization, one per head and per counted holder, with their atasan and
    /// koordinator resolved along the units.
    ///
    /// A holder of position P in unit U reports to a holder of P's `reports-to` position S in U or, if U
    /// has none, in the nearest unit above that has one. When k people hold S there and n hold P in U,
    /// the n are shared among the k in contiguous blocks (person i, 0-based, goes to holder ⌊i·k/n⌋), so
    /// every chain is a specific person, never a pool.
    public func people(of type: OrganizationType) -> OrganizationPeople {
        var persons: [Person] = []
        var missing: [(position: PositionID, unit: UnitID, superior: PositionID)] = []
        let order = Dictionary(type.positions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        func title(_ id: PositionID) -> String { type.position(id)?.title ?? id.rawValue }
        func personID(_ unit: UnitID, _ position: PositionID, _ number: Int, of count: Int) -> PersonID {
            PersonID(count > 1 ? "\(unit)/\(position)/\(number)" : "\(unit)/\(position)")
        }
        // The holders of a position in a unit, as (ids) in order.
        func holders(_ position: PositionID, in unit: OrganizationUnit) -> [PersonID] {
            let count = unit.headcount(of: position)
            return (0..<count).map { personID(unit.id, position, $0 + 1, of: count) }
        }
        func nearest(_ position: PositionID, from unit: OrganizationUnit) -> [PersonID]? {
            for candidate in [unit] + ancestors(of: unit.id) {
                let found = holders(position, in: candidate)
                if !found.isEmpty { return found }
            }
            return nil
        }
        for unit in units {
            let placed = unit.positions.sorted { (unit.head?.id == $0 ? -1 : order[$0] ?? .max) < (unit.head?.id == $1 ? -1 : order[$1] ?? .max) }
            for position in placed {
                let count = unit.headcount(of: position)
                guard count > 0 else { continue }
                let definition = type.position(position)
                let superiorPosition = definition?.reportsTo?.id
                let superiors = superiorPosition.flatMap { nearest($0, from: unit) }
                if let superiorPosition, superiors == nil {
                    missing.append((position, unit.id, superiorPosition))
                }
                // Koordinator: a position with role `koordinator` under the same superior, in the same unit.
                var coordinators: [PersonID] = []
                if let definition, definition.tier.isFunctional || definition.tier == .pelaksana, !definition.has(.koordinator) {
                    let coordinating = type.positions.first { $0.has(.koordinator) && $0.reportsTo?.id == superiorPosition && $0.id != position && unit.headcount(of: $0.id) > 0 }
                    coordinators = coordinating.map { holders($0.id, in: unit) } ?? []
                }
                for index in 0..<count {
                    persons.append(Person(
                        id: personID(unit.id, position, index + 1, of: count), position: position, unit: unit.id,
                        number: index + 1, of: count, positionTitle: title(position), unitTitle: unit.title,
                        headTitle: unit.head?.id == position && count == 1 ? unit.headTitle : nil,
                        superior: superiors.map { $0[index * $0.count / count] },
                        coordinator: coordinators.isEmpty ? nil : coordinators[index * coordinators.count / count]))
                }
            }
        }
        return OrganizationPeople(persons: persons, withoutSuperior: missing)
    }
}

extension String {
    /// A title that lists alternatives (`Kepala Bagian/Inspektur Pembantu/Kepala Bidang/Sekretaris`)
    /// shortened to its first (`Kepala Bagian/…`), for tables that name one person per row.
    public var shortAlternative: String {
        guard let slash = firstIndex(of: "/") else { return self }
        return String(self[..<slash]) + "/…"
    }
}
