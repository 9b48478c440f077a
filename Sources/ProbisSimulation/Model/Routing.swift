import ProbisModel

/// A resource of a run: one person of the organization, or the holders of a pooled position.
public struct ResourceInfo: Sendable, Hashable, Codable {
    /// The person's id (`p2p/jf-ahli-pertama/2`), or `kumpulan/<position>` for a pool.
    public var id: String
    /// How reports name it: `Kepala Bidang P2P`, `Pelaksana 2, Bidang P2P`, `Kepala Seksi (kumpulan 3 orang)`.
    public var title: String
    /// The position held.
    public var position: String
    /// The unit, for a person; `nil` for a pool across units.
    public var unit: String?
    /// People in it: 1 for a person, the holders for a pool.
    public var headcount: Int
    /// Whether some step of the run can need it.
    public var used: Bool
    /// Whether kegiatan are assigned to it (a performer of the jf-pelaksana lane).
    public var performer: Bool
}

/// A unit that kegiatan belong to.
public struct UnitInfo: Sendable, Hashable, Codable {
    /// The unit's id.
    public var id: String
    /// Its title.
    public var title: String
    /// The people kegiatan of the unit are assigned to.
    public var performers: Int
    /// Share of the kegiatan that belong to the unit.
    public var share: Double
}

/// Who does each step for each kegiatan, fixed before the run: the organization's people (or pools) as
/// resources, and for every lane and every routing key the resource that serves it.
///
/// A kegiatan's routing key is its performer (a person of its unit), or its unit when the flow has no
/// performer lane. A lane resolves, for a key, to the first of: the performer, if the lane holds their
/// position; their koordinator; the nearest of their atasan; a holder in their unit or the nearest unit
/// above; any holder. A pooled position resolves to its pool.
struct Routing: Sendable {
    var resources: [ResourceInfo] = []
    var units: [UnitInfo] = []
    /// Routing keys: every person, then one anchor per unit of the organization.
    var keyCount = 0
    /// Resource of each person key.
    var personResource: [Int32] = []
    /// The anchor key of each organization unit.
    var unitAnchor: [Int32] = []
    /// The anchor of the top unit, for the cycle's planning.
    var topAnchor: Int32 = 0
    /// Per unit of ``units``: the performer keys kegiatan are assigned to (empty: the unit's anchor).
    var candidates: [[Int32]] = []
    /// Per unit of ``units``: the routing key when it has no performers.
    var caseAnchor: [Int32] = []
    /// Cumulative shares of ``units``, for drawing a kegiatan's unit.
    var cumulativeShares: [Double] = []
    /// `route[slot * keyCount + key]`: the resource serving a lane slot for a key, or -1 (outside).
    var route: [Int32] = []
    /// Per lane slot: every resource holding one of its positions (the cycle's planning is done by each).
    var holders: [[Int32]] = []
    /// The unit index (in ``units``) of each person key, or -1.
    var personUnit: [Int32] = []
    /// Lanes that several people of a kegiatan's unit hold while no performer lane says which of them
    /// takes it: the lane's positions and the unit. Running them would pick one by accident.
    var ambiguous: [(positions: [PositionID], unit: UnitID)] = []

    private let people: OrganizationPeople
    private let organization: Organization
    private let unitIndex: [UnitID: Int]

    /// Builds the resources and the people side of the routing.
    /// - Parameter performerPositions: the positions of the flow's jf-pelaksana lane, or empty.
    init(organization: Organization, type: OrganizationType, pooled: Set<PositionID>, performerPositions: [PositionID]) {
        self.organization = organization
        people = organization.people(of: type)
        unitIndex = Dictionary(organization.units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var pools: [PositionID: Int32] = [:]
        let performing = Set(performerPositions).subtracting(pooled)
        for person in people.persons {
            if pooled.contains(person.position) {
                if let pool = pools[person.position] {
                    resources[Int(pool)].headcount += 1
                    personResource.append(pool)
                    continue
                }
                pools[person.position] = Int32(resources.count)
                personResource.append(Int32(resources.count))
                resources.append(ResourceInfo(id: "kumpulan/\(person.position)", title: person.positionTitle, position: person.position.rawValue,
                                              unit: nil, headcount: 1, used: false, performer: false))
            } else {
                personResource.append(Int32(resources.count))
                resources.append(ResourceInfo(id: person.id.rawValue, title: person.title, position: person.position.rawValue,
                                              unit: person.unit.rawValue, headcount: 1, used: false, performer: performing.contains(person.position)))
            }
        }
        for (position, pool) in pools {
            let count = resources[Int(pool)].headcount
            resources[Int(pool)].title = "\(type.position(position)?.title ?? position.rawValue) (kumpulan \(count) orang)"
        }
        keyCount = people.persons.count + organization.units.count
        unitAnchor = organization.units.indices.map { Int32(people.persons.count + $0) }
        topAnchor = organization.roots.first.flatMap { unitIndex[$0.id] }.map { unitAnchor[$0] } ?? Int32(people.persons.count)
        // Units that get kegiatan: those with performers; without a performer lane, the top unit.
        var unitOfPerson = Array(repeating: Int32(-1), count: people.persons.count)
        if performing.isEmpty {
            let top = organization.roots.first ?? organization.units.first
            if let top {
                units = [UnitInfo(id: top.id.rawValue, title: top.title, performers: 0, share: 1)]
                candidates = [[]]
                caseAnchor = [topAnchor]
            }
        } else {
            for unit in organization.units {
                let keys = people.persons.indices.filter { people.persons[$0].unit == unit.id && performing.contains(people.persons[$0].position) }
                guard !keys.isEmpty else { continue }
                for key in keys { unitOfPerson[key] = Int32(units.count) }
                units.append(UnitInfo(id: unit.id.rawValue, title: unit.title, performers: keys.count, share: 0))
                candidates.append(keys.map(Int32.init))
                caseAnchor.append(unitAnchor[unitIndex[unit.id]!])
            }
            let total = Double(units.reduce(0) { $0 + $1.performers })
            for index in units.indices { units[index].share = Double(units[index].performers) / total }
        }
        personUnit = unitOfPerson
        var running = 0.0
        cumulativeShares = units.map { running += $0.share; return running }
    }

    /// Units' shares from the kegiatan a year the workload gives each (units it does not name get none);
    /// without them, shares stay in proportion to the performers.
    mutating func setShares(_ workloads: [UnitWorkload]) {
        guard !workloads.isEmpty else { return }
        let counts = Dictionary(workloads.map { ($0.unit.id.rawValue, $0.perYear) }, uniquingKeysWith: +)
        let total = Double(units.reduce(0) { $0 + (counts[$1.id] ?? 0) })
        guard total > 0 else { return }
        for index in units.indices { units[index].share = Double(counts[units[index].id] ?? 0) / total }
        var running = 0.0
        cumulativeShares = units.map { running += $0.share; return running }
    }

    /// Adds a lane's slot: its resource for every key. Returns the slot, or -1 for a lane outside.
    mutating func addLane(_ positions: [PositionID]) -> Int32 {
        guard !positions.isEmpty else { return -1 }
        let slot = Int32(self.holders.count)
        let lane = Set(positions)
        let rank = Dictionary(positions.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func resource(_ person: Int) -> Int32 { personResource[person] }
        func holders(in unit: UnitID) -> [Int] {
            people.persons.indices.filter { people.persons[$0].unit == unit && lane.contains(people.persons[$0].position) }
                .sorted { (rank[people.persons[$0].position]!, $0) < (rank[people.persons[$1].position]!, $1) }
        }
        let everyone = people.persons.indices.filter { lane.contains(people.persons[$0].position) }
            .sorted { (rank[people.persons[$0].position]!, $0) < (rank[people.persons[$1].position]!, $1) }
        func nearest(from unit: UnitID, choosing number: Int) -> Int32 {
            for candidate in [unit] + organization.ancestors(of: unit).map(\.id) {
                let found = holders(in: candidate)
                if !found.isEmpty { return resource(found[number % found.count]) }
            }
            return everyone.first.map(resource) ?? -1
        }
        var routes: [Int32] = []
        routes.reserveCapacity(keyCount)
        for (key, person) in people.persons.enumerated() {
            if lane.contains(person.position) {
                routes.append(resource(key))
                continue
            }
            let chain = ([person.coordinator].compactMap { $0 } + people.superiors(of: person.id).map(\.id))
            if let found = chain.first(where: { people.person($0).map { lane.contains($0.position) } ?? false }),
               let index = people.persons.firstIndex(where: { $0.id == found }) {
                routes.append(resource(index))
            } else {
                routes.append(nearest(from: person.unit, choosing: person.number - 1))
            }
        }
        for unit in organization.units { routes.append(nearest(from: unit.id, choosing: 0)) }
        // Without performers, a kegiatan routes by its unit: several people there would be a choice by accident.
        if candidates.allSatisfy(\.isEmpty) {
            for anchor in caseAnchor {
                let unit = organization.units[Int(anchor) - people.persons.count]
                for candidate in [unit.id] + organization.ancestors(of: unit.id).map(\.id) {
                    let found = Set(holders(in: candidate).map(resource))
                    if found.count > 1 { ambiguous.append((positions, candidate)) }
                    if !found.isEmpty { break }
                }
            }
        }
        route += routes
        var held: [Int32] = []
        for person in everyone where !held.contains(resource(person)) { held.append(resource(person)) }
        self.holders.append(held)
        for resource in Set(routes + held) where resource >= 0 { resources[Int(resource)].used = true }
        return slot
    }

    /// The resource of a person key when the lane holds their position, else the lane's route for them.
    func resource(slot: Int32, key: Int32) -> Int32 {
        slot < 0 ? -1 : route[Int(slot) * keyCount + Int(key)]
    }

    /// How many people hold each position of the type in the organization.
    func headcounts(of type: OrganizationType) -> [Int] {
        type.positions.map { position in people.persons.filter { $0.position == position.id }.count }
    }

    /// The positions of the type (by index) of each resource.
    func positionIndex(in type: OrganizationType) -> [Int32] {
        resources.map { resource in Int32(type.positions.firstIndex { $0.id.rawValue == resource.position } ?? -1) }
    }
}
