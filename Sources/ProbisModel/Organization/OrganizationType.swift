/// An organization type of a region (e.g. Kaltim's Perangkat Daerah Tipe 2): its positions and their
/// kedudukan, and its planning / implementation / evaluation flow.
public struct OrganizationType: Hashable, Sendable, Codable {
    /// Id, title, region and citation.
    public var header: DocumentHeader
    /// Positions, head first, in the order written.
    public var positions: [Position]
    /// The stage flow as a peta lintas fungsi whose lanes are positions and team roles.
    public var flow: CrossFunctionalMap?
    /// How many structure levels the regulation says the type has, where it classifies types that way
    /// (Bungo Pasal 26: Dinas/Badan with 1, 2 or more than 2 levels; "more than 2" is written 3).
    public var structureLevels: Int?

    /// Creates an organization type.
    public init(header: DocumentHeader, positions: [Position], flow: CrossFunctionalMap? = nil, structureLevels: Int? = nil) {
        self.header = header
        self.positions = positions
        self.flow = flow
        self.structureLevels = structureLevels
    }

    /// The lanes of a stage flow that declares none: one lane per position in declared order, then
    /// Ketua Tim and Anggota Tim.
    public static func defaultLanes(for positions: [Position]) -> [Lane] {
        positions.map { Lane(id: LaneID($0.id.rawValue), title: $0.title, positions: [Reference($0.id)]) }
            + LaneRole.teamRoles.map { Lane(id: LaneID($0.rawValue), title: $0.title, role: $0) }
    }

    /// The position with an id, if any.
    public func position(_ id: PositionID) -> Position? { positions.first { $0.id == id } }

    /// Positions with no atasan langsung.
    public var heads: [Position] { positions.filter { $0.reportsTo == nil } }

    /// The positions that report directly to a position, in declared order.
    public func subordinates(of id: PositionID) -> [Position] {
        positions.filter { $0.reportsTo?.id == id }
    }

    /// The chain of atasan from a position up to the head, excluding the position itself.
    ///
    /// Stops at a reporting cycle or a dangling reference. Complexity: O(n²) in the number of positions.
    public func superiors(of id: PositionID) -> [Position] {
        var chain: [Position] = []
        var seen: Set<PositionID> = [id]
        var current = position(id)?.reportsTo?.id
        while let next = current, !seen.contains(next), let found = position(next) {
            chain.append(found)
            seen.insert(next)
            current = found.reportsTo?.id
        }
        return chain
    }

    /// The Pejabat Penilai Kinerja of a position: its explicit assessor, else the nearest superior with the
    /// `ppk` or `delegasi-ppk` role.
    public func assessor(of id: PositionID) -> Position? {
        guard let position = position(id) else { return nil }
        if let explicit = position.assessor { return self.position(explicit.id) }
        return superiors(of: id).first { $0.has(.ppk) || $0.has(.delegasiPPK) }
    }

    /// Positions by depth in the reporting tree (heads at depth 0), in declared order within a depth.
    public var levels: [[Position]] {
        var depth: [PositionID: Int] = [:]
        for position in positions { depth[position.id] = superiors(of: position.id).count }
        let maxDepth = depth.values.max() ?? -1
        guard maxDepth >= 0 else { return [] }
        return (0...maxDepth).map { level in positions.filter { depth[$0.id] == level } }
    }
}
