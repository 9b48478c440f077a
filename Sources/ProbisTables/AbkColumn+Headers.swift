import ProbisModel

extension AbkColumn {
    /// The header spellings of the column, normalized (``AbkHeaders/normalized(_:)``): the Indonesian ones
    /// seen in agency forms and ABK applications, then English ones.
    var spellings: [String] {
        switch self {
        case .unit: ["unit", "unit kerja", "unit organisasi", "nama unit", "satuan organisasi", "organisasi", "unit of organization", "organization unit", "department"]
        case .jabatan: ["jabatan", "nama jabatan", "position", "job", "job title"]
        case .uraianTugas: ["uraian tugas", "tugas", "rincian tugas", "task", "task description", "duty"]
        case .hasilKerja: ["hasil kerja", "hasil", "output", "work output"]
        case .satuan: ["satuan", "satuan hasil", "satuan hasil kerja", "output unit", "unit of output"]
        case .volume: ["volume", "jumlah", "jumlah hasil", "volume kerja", "beban", "quantity"]
        case .periode: ["periode", "periode volume", "period", "per"]
        case .normaWaktu: ["norma waktu", "waktu penyelesaian", "norma", "standard time", "time standard", "norm time"]
        case .satuanWaktu: ["satuan waktu", "satuan norma", "satuan norma waktu", "time unit"]
        case .langkah: ["langkah", "step", "kode langkah"]
        }
    }
}

/// How ABK table headers are recognized.
enum AbkHeaders {
    /// Columns that ABK applications export beside the ones probis reads; they are read past.
    static let ignored: Set<String> = [
        "no", "nomor", "no urut", "tahun", "year", "kode jabatan", "jenis jabatan", "kelas jabatan",
        "waktu kerja efektif", "wke", "beban kerja", "kebutuhan pegawai", "bezetting", "keterangan", "catatan", "note", "notes",
    ]

    /// Lower case; `_`, `-`, `.` and runs of whitespace as one space; trimmed.
    static func normalized(_ header: String) -> String {
        let spaced = header.lowercased().map { "_-.".contains($0) ? " " : $0 }
        return String(spaced).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The column a header names, if any.
    static func column(_ header: String) -> AbkColumn? {
        let key = normalized(header)
        return AbkColumn.allCases.first { $0.spellings.contains(key) }
    }

    /// Every spelling, for "did you mean".
    static var allSpellings: [String] { AbkColumn.allCases.flatMap(\.spellings) }
}

/// How ABK cell values are recognized.
enum AbkValues {
    /// A number as Indonesian or English tables write it: `1,5` and `1.5`; `1.250,5` with a thousands point.
    static func number(_ text: String) -> Double? {
        var value = text.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return nil }
        if value.contains(","), value.contains(".") {
            value = value.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        } else {
            value = value.replacingOccurrences(of: ",", with: ".")
        }
        guard value.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              let number = Double(value), number.isFinite else { return nil }
        return number
    }

    /// The spellings of each period.
    static let periods: [(AbkPeriod, [String])] = [
        (.hari, ["hari", "harian", "per hari", "day", "daily"]),
        (.minggu, ["minggu", "mingguan", "per minggu", "week", "weekly"]),
        (.bulan, ["bulan", "bulanan", "per bulan", "month", "monthly"]),
        (.tahun, ["tahun", "tahunan", "per tahun", "year", "yearly", "annual"]),
    ]

    /// The spellings of each time unit.
    static let timeUnits: [(AbkTimeUnit, [String])] = [
        (.menit, ["menit", "mnt", "minute", "minutes", "min"]),
        (.jam, ["jam", "hour", "hours", "h"]),
    ]
}
