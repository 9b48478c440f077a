/// The identity data of an SOP Administrasi Pemerintahan (PermenPANRB 35/2012) that a map cannot supply:
/// the `sop:` block of a peta lintas fungsi or of an organization type's stage flow.
///
/// Everything else on the SOP's identity page is derived from the map: dasar hukum from the citations,
/// kualifikasi pelaksana from the positions' qualifications, keterkaitan from connectors and related maps,
/// and the flowchart's mutu baku from the steps' inputs, outputs and waktu.
public struct SOPInfo: Hashable, Sendable, Codable {
    /// Nomor SOP, e.g. `800/123/Org`.
    public var nomor: String?
    /// The unit shown beside the logo, e.g. "Biro Organisasi Sekretariat Daerah"; the document's region and
    /// title when absent.
    public var unit: String?
    /// Tanggal Pembuatan.
    public var dibuat: CalendarDate?
    /// Tanggal Revisi.
    public var direvisi: CalendarDate?
    /// Tanggal Efektif.
    public var efektif: CalendarDate?
    /// Who signs it off (Disahkan oleh).
    public var pengesahan: SOPApproval?
    /// Peralatan/Perlengkapan, one item each.
    public var peralatan: [String]
    /// Peringatan: what happens when the SOP is not followed.
    public var peringatan: [String]
    /// Pencatatan dan Pendataan: what is recorded and filed.
    public var pencatatan: [String]
    /// Where the block was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates an SOP block.
    public init(
        nomor: String? = nil, unit: String? = nil, dibuat: CalendarDate? = nil, direvisi: CalendarDate? = nil,
        efektif: CalendarDate? = nil, pengesahan: SOPApproval? = nil, peralatan: [String] = [],
        peringatan: [String] = [], pencatatan: [String] = [], location: SourceLocation? = nil
    ) {
        self.nomor = nomor
        self.unit = unit
        self.dibuat = dibuat
        self.direvisi = direvisi
        self.efektif = efektif
        self.pengesahan = pengesahan
        self.peralatan = peralatan
        self.peringatan = peringatan
        self.pencatatan = pencatatan
        self.location = location
    }
}

/// Disahkan oleh: the official who signs an SOP off.
public struct SOPApproval: Hashable, Sendable, Codable {
    /// The position, e.g. "Kepala Dinas Kesehatan".
    public var jabatan: String
    /// The holder's name.
    public var nama: String?
    /// The holder's NIP (Nomor Induk Pegawai, 18 digits).
    public var nip: String?

    /// Creates a sign-off.
    public init(jabatan: String, nama: String? = nil, nip: String? = nil) {
        self.jabatan = jabatan
        self.nama = nama
        self.nip = nip
    }
}
