import ProbisModel

extension Theme {
    /// Lane background and border of each lane role: a role has the same colour in every bidang, organization
    /// and map, so a reader who knows where the Ketua Tim's lane is in one diagram finds it in the next.
    public static let roleLanes: [LaneRole: (fill: String, border: String)] = [
        .kepalaDaerah: ("#f3ecf7", "#8a5fa3"),
        .sekretarisDaerah: ("#f7eef3", "#a35f86"),
        .kepalaPerangkatDaerah: ("#eef4fb", "#6b8fbf"),
        .pejabatBerwenang: ("#eaf0f8", "#54739e"),
        .pimpinanUnit: ("#fdf3e1", "#c99a3b"),
        .ppk: ("#f8eeee", "#b46a6a"),
        .ketuaTim: ("#f6eef8", "#9b72aa"),
        .anggotaTim: ("#eef7f7", "#4f9a9a"),
        .jfPelaksana: ("#edf7ec", "#6aa265"),
    ]

    /// The fill of a frame around grouped lanes (its title strip), so no white shows between lanes.
    public static let groupFill = "#f5f5f5"

    /// The colours of a lane that names no role and no position: a unit, an instansi or another party.
    public static let partyLane = (fill: "#f2f2f2", border: "#8c8c8c")

    /// The role whose colour a lane without a role takes from the tier of the position it stands for (an
    /// assumption of this tool, not the regulation's text): the Kepala of a Perangkat Daerah holds a JPT, the
    /// head of a bidang or bagian (the usual pimpinan unit organisasi) an administrator post, a Kepala Sub
    /// Bagian/Seksi (the usual pejabat penilai kinerja of the staff) a pengawas post; fungsional and pelaksana
    /// positions carry out the work.
    public static func laneRole(forTier tier: JabatanTier) -> LaneRole {
        switch tier {
        case .jptMadya, .jptPratama: .kepalaPerangkatDaerah
        case .administrator: .pimpinanUnit
        case .pengawas: .ppk
        case .jfAhliUtama, .jfAhliMadya, .jfAhliMuda, .jfAhliPertama, .jfKeterampilan, .pelaksana: .jfPelaksana
        }
    }

    /// The colours of a lane: its role's, or the role its position's tier stands for, or ``partyLane``.
    public static func laneColors(role: LaneRole?, tier: JabatanTier?) -> (fill: String, border: String) {
        guard let role = role ?? tier.map(laneRole(forTier:)) else { return partyLane }
        return roleLanes[role] ?? partyLane
    }
}
