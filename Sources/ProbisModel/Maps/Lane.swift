/// Who a lane stands for, when that matters to rules, rendering or simulation.
public enum LaneRole: String, CaseIterable, Hashable, Sendable, Codable {
    /// Ketua Tim.
    case ketuaTim = "ketua-tim"
    /// Anggota Tim: the steps of this lane are done by every member of the team, in parallel.
    case anggotaTim = "anggota-tim"
    /// Kepala Daerah (Gubernur, Bupati, Wali Kota).
    case kepalaDaerah = "kepala-daerah"
    /// Sekretaris Daerah.
    case sekretarisDaerah = "sekretaris-daerah"
    /// Kepala Perangkat Daerah.
    case kepalaPerangkatDaerah = "kepala-perangkat-daerah"
    /// Pimpinan Unit Organisasi (pemilik kinerja).
    case pimpinanUnit = "pimpinan-unit"
    /// Pejabat Penilai Kinerja.
    case ppk
    /// Pejabat yang Berwenang of an instansi.
    case pejabatBerwenang = "pejabat-berwenang"
    /// Pejabat Fungsional dan/atau Pelaksana who carry out the task.
    case jfPelaksana = "jf-pelaksana"

    /// The role's title in the regulations' words.
    public var title: String {
        switch self {
        case .ketuaTim: "Ketua Tim"
        case .anggotaTim: "Anggota Tim"
        case .kepalaDaerah: "Kepala Daerah"
        case .sekretarisDaerah: "Sekretaris Daerah"
        case .kepalaPerangkatDaerah: "Kepala Perangkat Daerah"
        case .pimpinanUnit: "Pimpinan Unit Organisasi"
        case .ppk: "Pejabat Penilai Kinerja"
        case .pejabatBerwenang: "Pejabat yang Berwenang"
        case .jfPelaksana: "Pejabat Fungsional dan/atau Pelaksana"
        }
    }

    /// The team roles every stage flow has lanes for.
    public static let teamRoles: [LaneRole] = [.ketuaTim, .anggotaTim]

    /// Whether the role is a team role (ketua or anggota tim).
    public var isTeamRole: Bool { self == .ketuaTim || self == .anggotaTim }
}

/// One swimlane: a position, a group of positions, a role, or a party such as a unit or an instansi.
public struct Lane: Hashable, Sendable, Codable, Identifiable {
    /// Id, unique within the map.
    public var id: LaneID
    /// Title shown on the lane, in Bahasa Indonesia.
    public var title: String
    /// The organization type's positions whose holders work in this lane (for a team role lane: the
    /// positions the team's members or its leader come from).
    public var positions: [Reference<PositionID>]
    /// The role the lane stands for, if any.
    public var role: LaneRole?
    /// A band the lane belongs to, drawn as a frame around its lanes, e.g. "Instansi Pemohon".
    public var group: String?
    /// Where the lane was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a lane.
    public init(
        id: LaneID, title: String, positions: [Reference<PositionID>] = [], role: LaneRole? = nil,
        group: String? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.positions = positions
        self.role = role
        self.group = group
        self.location = location
    }
}
