/// What a position does in the work system besides its tier.
public enum PositionRole: String, CaseIterable, Hashable, Sendable, Codable {
    /// Pejabat Penilai Kinerja: assesses the performance of the positions under it.
    case ppk
    /// Pimpinan Unit Organisasi / pejabat pemilik kinerja: owns a performance target and gives tasks.
    case pimpinanUnit = "pimpinan-unit"
    /// Coordinates JF and pelaksana "like a ketua tim" without assessing them (e.g. Kasubbag in Kota Jambi).
    case koordinator
    /// Holds delegated authority to act as Pejabat Penilai Kinerja although below the Pengawas tier.
    case delegasiPPK = "delegasi-ppk"
}

/// One position (jabatan) of an organization type.
public struct Position: Hashable, Sendable, Codable, Identifiable {
    /// Id, unique within the organization type.
    public var id: PositionID
    /// The title as the regulation writes it, e.g. "Kepala Sub Bagian/Kepala Seksi/Kepala Sub Bidang".
    public var title: String
    /// Tier of the jabatan.
    public var tier: JabatanTier
    /// How many people hold the position in a typical unit of this type (at least 1).
    public var headcount: Int
    /// The atasan langsung; `nil` for the head of the organization.
    public var reportsTo: Reference<PositionID>?
    /// The Pejabat Penilai Kinerja when it is not the atasan langsung (e.g. Kota Jambi JF under a
    /// coordinating Kasubbag are assessed by the Kepala Bidang).
    public var assessor: Reference<PositionID>?
    /// Roles beyond the tier, in the order written.
    public var roles: [PositionRole]
    /// Requirements written for the position, e.g. `pendidikan: S1`, `golongan: III/b` (Banten Pasal 10).
    public var qualifications: Qualifications?
    /// The keys whose values are an assumption, not the regulation text (`assumed:`), e.g. `headcount`.
    public var assumed: [String]
    /// Where the regulation describes the position.
    public var citation: Citation?
    /// Free text for the reader, e.g. which structural posts were converted into this one.
    public var note: String?
    /// Where the position was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a position.
    public init(
        id: PositionID, title: String, tier: JabatanTier, headcount: Int = 1,
        reportsTo: Reference<PositionID>? = nil, assessor: Reference<PositionID>? = nil,
        roles: [PositionRole] = [], qualifications: Qualifications? = nil, assumed: [String] = [],
        citation: Citation? = nil, note: String? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.tier = tier
        self.headcount = headcount
        self.reportsTo = reportsTo
        self.assessor = assessor
        self.roles = roles
        self.qualifications = qualifications
        self.assumed = assumed
        self.citation = citation
        self.note = note
        self.location = location
    }

    /// Whether the position has a role.
    public func has(_ role: PositionRole) -> Bool { roles.contains(role) }
}

/// Qualifications a holder of a position (or a team leader) must have.
public struct Qualifications: Hashable, Sendable, Codable {
    /// Lowest education, e.g. `S1`.
    public var education: String?
    /// Lowest golongan ruang, e.g. `III/b`.
    public var grade: String?
    /// Whether relevant experience is required.
    public var experience: Bool?

    /// Creates qualifications.
    public init(education: String? = nil, grade: String? = nil, experience: Bool? = nil) {
        self.education = education
        self.grade = grade
        self.experience = experience
    }
}
