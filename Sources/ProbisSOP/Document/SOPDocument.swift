import ProbisModel

/// The content of one SOP Administrasi Pemerintahan (PermenPANRB 35/2012), derived from a peta lintas fungsi
/// or an organization type's stage flow: the identity page's fields and the flowchart's rows, all text in
/// Bahasa Indonesia as it is printed.
public struct SOPDocument: Hashable, Sendable {
    /// The document the SOP comes from.
    public var id: DocumentID
    /// Nama SOP.
    public var nama: String
    /// The government beside the logo, e.g. "PEMERINTAH PROVINSI KALIMANTAN TIMUR".
    public var pemerintah: String
    /// The unit beside the logo.
    public var unit: String
    /// Nomor SOP ("-" when not given).
    public var nomor: String
    /// Tanggal Pembuatan, Revisi and Efektif as printed ("15 Januari 2026", or "-").
    public var tanggalPembuatan: String, tanggalRevisi: String, tanggalEfektif: String
    /// Disahkan oleh.
    public var pengesahan: SOPApproval?
    /// Dasar Hukum, one item each.
    public var dasarHukum: [String]
    /// Kualifikasi Pelaksana.
    public var kualifikasi: [String]
    /// Keterkaitan (related SOPs and maps).
    public var keterkaitan: [String]
    /// Peralatan/Perlengkapan.
    public var peralatan: [String]
    /// Peringatan.
    public var peringatan: [String]
    /// Pencatatan dan Pendataan.
    public var pencatatan: [String]
    /// The Pelaksana columns' headings, left to right (the map's lanes in order).
    public var pelaksana: [String]
    /// The flowchart's rows, top to bottom.
    public var rows: [SOPRow]
    /// Where the Waktu column comes from, printed under the flowchart.
    public var waktuNote: String

    /// Creates a document.
    public init(
        id: DocumentID, nama: String, pemerintah: String, unit: String, nomor: String, tanggalPembuatan: String,
        tanggalRevisi: String, tanggalEfektif: String, pengesahan: SOPApproval?, dasarHukum: [String],
        kualifikasi: [String], keterkaitan: [String], peralatan: [String], peringatan: [String],
        pencatatan: [String], pelaksana: [String], rows: [SOPRow], waktuNote: String
    ) {
        self.id = id
        self.nama = nama
        self.pemerintah = pemerintah
        self.unit = unit
        self.nomor = nomor
        self.tanggalPembuatan = tanggalPembuatan
        self.tanggalRevisi = tanggalRevisi
        self.tanggalEfektif = tanggalEfektif
        self.pengesahan = pengesahan
        self.dasarHukum = dasarHukum
        self.kualifikasi = kualifikasi
        self.keterkaitan = keterkaitan
        self.peralatan = peralatan
        self.peringatan = peringatan
        self.pencatatan = pencatatan
        self.pelaksana = pelaksana
        self.rows = rows
        self.waktuNote = waktuNote
    }

    /// The rows the monitoring form lists: every kegiatan and decision (not the start and end capsules).
    public var prosedur: [SOPRow] { rows.filter { $0.symbol == .box || $0.symbol == .diamond } }
}

/// The symbols of an SOP AP flowchart; the fifth, the arrow, is a ``SOPLine``.
public enum SOPSymbol: String, Hashable, Sendable, CaseIterable {
    /// Capsule: start or end.
    case capsule
    /// Box: a kegiatan.
    case box
    /// Diamond: a decision.
    case diamond
    /// Pentagon: an off-page connector (to another page, or to another map).
    case pentagon
}

/// Where a row's arrow leads: another row, with the branch's label for decisions.
public struct SOPLink: Hashable, Sendable {
    /// The target row's index in ``SOPDocument/rows``.
    public var target: Int
    /// "Ya", "Tidak", …; `nil` for plain arrows.
    public var label: String?

    /// Creates a link.
    public init(target: Int, label: String? = nil) {
        self.target = target
        self.label = label
    }
}

/// One row of the flowchart: one step of the map.
public struct SOPRow: Hashable, Sendable {
    /// The row's number in the No column (1-based).
    public var number: Int
    /// The step it shows.
    public var step: StepID
    /// Its symbol.
    public var symbol: SOPSymbol
    /// The Pelaksana column (index into ``SOPDocument/pelaksana``) the symbol stands in.
    public var column: Int
    /// The Kegiatan text.
    public var kegiatan: String
    /// Mutu Baku: Kelengkapan (what the kegiatan needs).
    public var kelengkapan: String
    /// Mutu Baku: Waktu.
    public var waktu: String
    /// Mutu Baku: Output.
    public var output: String
    /// Keterangan.
    public var keterangan: String
    /// The arrows out of the row.
    public var links: [SOPLink]
    /// Where the step was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a row.
    public init(
        number: Int, step: StepID, symbol: SOPSymbol, column: Int, kegiatan: String, kelengkapan: String,
        waktu: String, output: String, keterangan: String, links: [SOPLink], location: SourceLocation? = nil
    ) {
        self.number = number
        self.step = step
        self.symbol = symbol
        self.column = column
        self.kegiatan = kegiatan
        self.kelengkapan = kelengkapan
        self.waktu = waktu
        self.output = output
        self.keterangan = keterangan
        self.links = links
        self.location = location
    }
}
