import Foundation
import ProbisModel

/// Writes an Anjab-ABK table as CSV that ``AbkTableReader`` reads back to the same rows: the Indonesian
/// headers of the example tables, comma-separated, cells quoted when they hold a comma, a quote or a line
/// break. Norma waktu is written in minutes (the unit rows are kept in), numbers with a decimal point and
/// no trailing zeros. An optional Keterangan column (read past by the reader) holds one note per row.
public enum AbkTableWriter {
    /// The CSV text of rows, with a `keterangan` column when `notes` holds any note.
    ///
    /// - Parameters:
    ///   - rows: the rows, in order.
    ///   - notes: one note per row (`nil` for none); ignored when shorter than `rows`.
    public static func csv(_ rows: [AbkRow], notes: [String?] = []) -> String {
        let withNotes = notes.count >= rows.count && notes.contains { $0 != nil }
        var header = ["unit", "jabatan", "uraian tugas", "hasil kerja", "satuan", "volume", "periode", "norma waktu", "satuan waktu", "langkah"]
        if withNotes { header.append("keterangan") }
        var lines = [header.joined(separator: ",")]
        for (index, row) in rows.enumerated() {
            var cells = [row.unit, row.jabatan, row.uraianTugas, row.hasilKerja, row.satuan, row.volume.plainText,
                         row.period.rawValue, row.normaMinutes.plainText, AbkTimeUnit.menit.rawValue, row.step?.rawValue ?? ""]
            if withNotes { cells.append(notes[index] ?? "") }
            lines.append(cells.map(quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A cell, quoted (inner quotes doubled) when it holds a delimiter, a quote or a line break.
    static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
