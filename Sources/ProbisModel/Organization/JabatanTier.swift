/// The tier (jenjang) of a jabatan after penyederhanaan birokrasi, highest first.
public enum JabatanTier: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// Jabatan Pimpinan Tinggi Madya, e.g. the provincial Sekretaris Daerah.
    case jptMadya = "jpt-madya"
    /// Jabatan Pimpinan Tinggi Pratama: Kepala Dinas/Badan, Asisten, Kepala Biro, Direktur RSUD.
    case jptPratama = "jpt-pratama"
    /// Jabatan Administrator: Sekretaris, Kepala Bidang, Kepala Bagian, Inspektur Pembantu, Wakil Direktur.
    case administrator
    /// Jabatan Pengawas: Kepala Sub Bagian, Kepala Seksi, Kepala Sub Bidang, Kepala UPTD Tipe B.
    case pengawas
    /// Jabatan Fungsional Ahli Utama.
    case jfAhliUtama = "jf-ahli-utama"
    /// Jabatan Fungsional Ahli Madya.
    case jfAhliMadya = "jf-ahli-madya"
    /// Jabatan Fungsional Ahli Muda.
    case jfAhliMuda = "jf-ahli-muda"
    /// Jabatan Fungsional Ahli Pertama.
    case jfAhliPertama = "jf-ahli-pertama"
    /// Jabatan Fungsional Keterampilan (terampil, mahir, penyelia).
    case jfKeterampilan = "jf-keterampilan"
    /// Jabatan Pelaksana.
    case pelaksana

    /// Whether the tier is a jabatan struktural (JPT, administrator or pengawas).
    public var isStructural: Bool {
        switch self {
        case .jptMadya, .jptPratama, .administrator, .pengawas: true
        default: false
        }
    }

    /// Whether the tier is a jabatan fungsional.
    public var isFunctional: Bool {
        switch self {
        case .jfAhliUtama, .jfAhliMadya, .jfAhliMuda, .jfAhliPertama, .jfKeterampilan: true
        default: false
        }
    }

    /// The name used in the regulations, e.g. "Pejabat Fungsional Ahli Muda".
    public var title: String {
        switch self {
        case .jptMadya: "Jabatan Pimpinan Tinggi Madya"
        case .jptPratama: "Jabatan Pimpinan Tinggi Pratama"
        case .administrator: "Jabatan Administrator"
        case .pengawas: "Jabatan Pengawas"
        case .jfAhliUtama: "Jabatan Fungsional Ahli Utama"
        case .jfAhliMadya: "Jabatan Fungsional Ahli Madya"
        case .jfAhliMuda: "Jabatan Fungsional Ahli Muda"
        case .jfAhliPertama: "Jabatan Fungsional Ahli Pertama"
        case .jfKeterampilan: "Jabatan Fungsional Keterampilan"
        case .pelaksana: "Jabatan Pelaksana"
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self)! }

    /// Higher tiers sort first: `.jptMadya < .pengawas`.
    public static func < (lhs: JabatanTier, rhs: JabatanTier) -> Bool { lhs.rank < rhs.rank }

    /// Whether this tier is at least as high as another, e.g. `.administrator.isAtLeast(.pengawas)`.
    public func isAtLeast(_ other: JabatanTier) -> Bool { rank <= other.rank }
}
