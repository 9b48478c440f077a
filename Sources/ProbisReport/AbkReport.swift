import ProbisModel
import ProbisSimulation

/// The static Anjab-ABK figure for people (text in Bahasa Indonesia, Indonesian number format) and for
/// spreadsheets (CSV with decimal points): per unit and jabatan the beban kerja, kebutuhan pegawai, pegawai
/// saat ini, efisiensi jabatan and its grade.
public enum AbkReport {
    /// The text report.
    public static func text(_ analysis: AbkAnalysis, scenario: Scenario, organization: Organization) -> String {
        var out = "Analisis Beban Kerja (PermenPANRB 1/2020): \(organization.header.title)\n"
        out += "Skenario \(scenario.header.id) · tabel \(scenario.abk?.table ?? "-")\n"
        out += "Waktu kerja efektif \(IndonesianNumber.format(analysis.wkeHours, decimals: 0)) jam setahun; "
        out += "kebutuhan pegawai = beban kerja ÷ waktu kerja efektif; efisiensi jabatan = beban kerja ÷ (pegawai saat ini × waktu kerja efektif).\n"
        out += "Kategori efisiensi jabatan (pita aplikasi ABK, asumsi): A > 1,00 Sangat Baik; B 0,90–1,00 Baik; C 0,70–0,89 Cukup; D 0,50–0,69 Sedang; E < 0,50 Kurang.\n"
        let header = ["JABATAN", "BEBAN KERJA (jam)", "KEBUTUHAN PEGAWAI", "PEGAWAI SAAT INI", "EFISIENSI JABATAN", "KATEGORI"]
        let right: Set<Int> = [1, 2, 3, 4]
        for unit in analysis.units {
            out += "\n\(unit.title)\n"
            var rows = unit.positions.map(row)
            rows.append(["Jumlah unit", IndonesianNumber.format(unit.hours, decimals: 1), IndonesianNumber.format(unit.required, decimals: 2),
                         String(unit.headcount), "", ""])
            out += Table.render(header: header, rows: rows, right: right, indent: "  ")
        }
        out += "\nSeluruh organisasi menurut jabatan\n"
        out += Table.render(header: header, rows: analysis.positions.map(row), right: right, indent: "  ")
        let total = analysis.units.reduce(0) { $0 + $1.required }
        let people = analysis.units.reduce(0) { $0 + $1.headcount }
        out += "\nJumlah kebutuhan pegawai \(IndonesianNumber.format(total, decimals: 2)) orang; pegawai saat ini \(people) orang.\n"
        return out
    }

    private static func row(_ figure: AbkFigure) -> [String] {
        [figure.title, IndonesianNumber.format(figure.hours, decimals: 1), IndonesianNumber.format(figure.required, decimals: 2),
         String(figure.headcount), figure.efficiency.map { IndonesianNumber.format($0, decimals: 2) } ?? "-",
         figure.grade.map { "\($0.rawValue) (\($0.label))" } ?? "-"]
    }

    /// The CSV report: one row per unit and jabatan, then one per jabatan over the organization (unit `*`).
    public static func csv(_ analysis: AbkAnalysis) -> String {
        var out = "unit,jabatan,nama_jabatan,beban_kerja_jam,waktu_kerja_efektif_jam,kebutuhan_pegawai,pegawai_saat_ini,efisiensi_jabatan,kategori\n"
        let rows = analysis.units.flatMap(\.positions) + analysis.positions
        for figure in rows {
            out += [figure.unit?.rawValue ?? "*", figure.position.rawValue, SimulationCSV.field(figure.title),
                    SimulationCSV.number(figure.hours), SimulationCSV.number(analysis.wkeHours), SimulationCSV.number(figure.required),
                    String(figure.headcount), figure.efficiency.map(SimulationCSV.number) ?? "", figure.grade?.rawValue ?? ""]
                .joined(separator: ",") + "\n"
        }
        return out
    }
}
