/// A concrete Perangkat Daerah (or unit kerja) that instantiates an organization type of the library:
/// its units, the position that heads each, and how many hold each position in each unit.
///
/// Reporting lines follow the units: a holder of a position in a unit reports to a holder of the type's
/// `reports-to` position in the same unit or, failing that, in the nearest unit above
/// (``people(of:)``).
public struct Organization: Hashable, Sendable, Codable {
    /// Id, title, region and citation.
    public var header: DocumentHeader
    /// The organization type it instantiates.
    public var type: Reference<DocumentID>
    /// The units, the top unit (the whole organization) first, in the order written.
    public var units: [OrganizationUnit]

    /// Creates an organization.
    public init(header: DocumentHeader, type: Reference<DocumentID>, units: [OrganizationUnit]) {
        self.header = header
        self.type = type
        self.units = units
    }

    /// The unit with an id, if any.
    public func unit(_ id: UnitID) -> OrganizationUnit? { units.first { $0.id == id } }

    /// The units directly under a unit, in the order written.
    public func subunits(of id: UnitID) -> [OrganizationUnit] { units.filter { $0.parent?.id == id } }

    /// The units with no parent.
    public var roots: [OrganizationUnit] { units.filter { $0.parent == nil } }

    /// The chain of units above a unit, nearest first, excluding the unit itself. Stops at a cycle or a
    /// dangling parent.
    public func ancestors(of id: UnitID) -> [OrganizationUnit] {
        var chain: [OrganizationUnit] = []
        var seen: Set<UnitID> = [id]
        var current = unit(id)?.parent?.id
        while let next = current, seen.insert(next).inserted, let found = unit(next) {
            chain.append(found)
            current = found.parent?.id
        }
        return chain
    }

    /// The people holding a position in the whole organization.
    public func headcount(of position: PositionID) -> Int {
        units.reduce(0) { $0 + $1.headcount(of: position) }
    }
}

/// One unit of an organization: the top unit (the organization itself), a Sekretariat, Bidang, Bagian,
/// Seksi or Sub Bagian, an UPTD.
public struct OrganizationUnit: Hashable, Sendable, Codable, Identifiable {
    /// Unique in the organization.
    public var id: UnitID
    /// Its name in Bahasa Indonesia, e.g. `Bidang Pencegahan dan Pengendalian Penyakit`.
    public var title: String
    /// The unit it belongs to; `nil` for the top unit.
    public var parent: Reference<UnitID>?
    /// The position of the type whose holder heads the unit (one person).
    public var head: Reference<PositionID>?
    /// How reports name its head, e.g. `Kepala Bidang P2P`.
    public var headTitle: String?
    /// How many hold each position in the unit, besides its head.
    public var staff: [UnitStaffing]
    /// Free text for reviewers.
    public var note: String?
    /// Where the unit was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a unit.
    public init(id: UnitID, title: String, parent: Reference<UnitID>? = nil, head: Reference<PositionID>? = nil,
                headTitle: String? = nil, staff: [UnitStaffing] = [], note: String? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.parent = parent
        self.head = head
        self.headTitle = headTitle
        self.staff = staff
        self.note = note
        self.location = location
    }

    /// The people holding a position in this unit, its head included.
    public func headcount(of position: PositionID) -> Int {
        staff.filter { $0.position.id == position }.reduce(0) { $0 + $1.count } + (head?.id == position ? 1 : 0)
    }

    /// The positions placed in the unit, its head first, each once, in the order written.
    public var positions: [PositionID] {
        var seen: Set<PositionID> = []
        return ([head?.id].compactMap { $0 } + staff.map(\.position.id)).filter { seen.insert($0).inserted }
    }
}

/// How many hold one position in one unit: the same value as a scenario's headcount of a position.
public typealias UnitStaffing = HeadcountOverride
