/// An Anjab-ABK table (Analisis Jabatan dan Analisis Beban Kerja, PermenPANRB 1/2020) as read from a file:
/// one row per uraian tugas of a jabatan in a unit, with its hasil kerja, volume per period and norma waktu.
///
/// The table is a pure value; `ProbisTables` reads it from CSV. Unit and jabatan are kept as written (an id
/// or a title) and resolved against an organization by ``AbkAnalysis``.
public struct AbkTable: Hashable, Sendable, Codable {
    /// The file as the user gave it.
    public var file: String
    /// The rows, in file order.
    public var rows: [AbkRow]

    /// Creates a table.
    public init(file: String, rows: [AbkRow]) {
        self.file = file
        self.rows = rows
    }
}

/// One uraian tugas of one jabatan in one unit.
public struct AbkRow: Hashable, Sendable, Codable {
    /// The unit as written: an id of the organization's units or a unit's title.
    public var unit: String
    /// The jabatan as written: a position id of the organization type, the position's title, or the unit's
    /// head title (e.g. `Kepala Bidang P2P`).
    public var jabatan: String
    /// The uraian tugas (task description).
    public var uraianTugas: String
    /// The hasil kerja (work output), e.g. `Laporan surveilans`.
    public var hasilKerja: String
    /// The satuan hasil (unit of output), e.g. `dokumen`.
    public var satuan: String
    /// Volume of hasil kerja per ``period`` (0 or more).
    public var volume: Double
    /// The period the volume is counted over.
    public var period: AbkPeriod
    /// Norma waktu (waktu penyelesaian) per hasil kerja, in minutes (a value in hours is converted on reading).
    public var normaMinutes: Double
    /// The step of the organization type's stage flow this uraian tugas is done in, if the table maps it
    /// (the `langkah` column); rows without one count in the static ABK figure only.
    public var step: StepID?
    /// Where the row was read (its first cell); ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?
    /// Where each cell was read, by column; ignored by equality.
    @IgnoredByEquality public var cells: [AbkColumn: SourceLocation] = [:]

    /// Creates a row.
    public init(unit: String, jabatan: String, uraianTugas: String, hasilKerja: String = "", satuan: String = "",
                volume: Double, period: AbkPeriod, normaMinutes: Double, step: StepID? = nil,
                location: SourceLocation? = nil, cells: [AbkColumn: SourceLocation] = [:]) {
        self.unit = unit
        self.jabatan = jabatan
        self.uraianTugas = uraianTugas
        self.hasilKerja = hasilKerja
        self.satuan = satuan
        self.volume = volume
        self.period = period
        self.normaMinutes = normaMinutes
        self.step = step
        self.location = location
        self.cells = cells
    }

    /// Volume a year under a waktu kerja efektif (``AbkPeriod/perYear(wkeHours:)``).
    public func volumePerYear(wkeHours: Double) -> Double { volume * period.perYear(wkeHours: wkeHours) }

    /// Beban kerja in hours a year: volume a year × norma waktu.
    public func hoursPerYear(wkeHours: Double) -> Double { volumePerYear(wkeHours: wkeHours) * normaMinutes / 60 }
}

/// The columns of an Anjab-ABK table.
public enum AbkColumn: String, Hashable, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    case unit = "unit"
    case jabatan = "jabatan"
    case uraianTugas = "uraian-tugas"
    case hasilKerja = "hasil-kerja"
    case satuan = "satuan"
    case volume = "volume"
    case periode = "periode"
    case normaWaktu = "norma-waktu"
    case satuanWaktu = "satuan-waktu"
    case langkah = "langkah"

    /// Whether a table must have the column.
    public var isRequired: Bool {
        switch self {
        case .unit, .jabatan, .uraianTugas, .volume, .periode, .normaWaktu: true
        case .hasilKerja, .satuan, .satuanWaktu, .langkah: false
        }
    }
}

/// The period an ABK volume is counted over.
///
/// A volume per period is turned into a volume a year with the per-period waktu kerja efektif of the
/// agency forms (300 minutes a day, 1,500 a week: 5 working hours a day, 5 days a week): a year has
/// WKE ÷ 5 h working days and WKE ÷ 25 h working weeks (250 and 50 under 1,250 h; 240 and 48 under
/// 1,200 h) and 12 months. The 5-hour day is the forms' figure, not a regulation's text (assumption).
public enum AbkPeriod: String, Hashable, Sendable, Codable, CaseIterable {
    case hari, minggu, bulan, tahun

    /// How many of this period a year holds under a waktu kerja efektif in hours a year.
    public func perYear(wkeHours: Double) -> Double {
        switch self {
        case .hari: wkeHours / 5
        case .minggu: wkeHours / 25
        case .bulan: 12
        case .tahun: 1
        }
    }
}

/// The unit a norma waktu is written in.
public enum AbkTimeUnit: String, Hashable, Sendable, Codable, CaseIterable {
    case menit, jam

    /// Minutes per unit.
    public var minutes: Double { self == .jam ? 60 : 1 }
}
