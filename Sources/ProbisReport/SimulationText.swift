import Foundation
import ProbisSimulation

/// The simulation reports as text for people, in Bahasa Indonesia: numbers with a decimal comma,
/// values as mean ± half-width of the 95% confidence interval.
public enum SimulationText {
    /// `12,3 ± 0,4`, or `12,3` with one replication, or `-`. A measure that cannot be negative whose
    /// interval would reach below zero shows its interval clipped at zero instead: `0,2 (0–0,9)`.
    public static func value(_ estimate: Estimate?, decimals: Int = 1, scale: Double = 1, nonNegative: Bool = true) -> String {
        guard let estimate else { return "-" }
        let mean = IndonesianNumber.format(estimate.mean * scale, decimals: decimals)
        guard let half = estimate.halfWidth else { return mean }
        let resolution = 0.5 * pow(10, -Double(decimals)) / scale
        if nonNegative, estimate.mean >= 0, estimate.mean - half <= -resolution {
            return "\(mean) (0–\(IndonesianNumber.format((estimate.mean + half) * scale, decimals: decimals)))"
        }
        return "\(mean) ± \(IndonesianNumber.format(half * scale, decimals: decimals))"
    }

    /// `93% ± 1%` for a share.
    public static func percent(_ estimate: Estimate?) -> String {
        guard let estimate else { return "-" }
        guard let half = estimate.halfWidth else { return IndonesianNumber.percent(estimate.mean) }
        return "\(IndonesianNumber.percent(estimate.mean)) ± \(IndonesianNumber.format(half * 100, decimals: 0))%"
    }

    /// The report of one scenario.
    public static func report(_ summary: SimulationSummary) -> String {
        var out = "Simulasi \(summary.scenario): \(summary.title)\n"
        if let units = summary.units { out += "Organisasi: \(units) (\(summary.unitsTitle ?? units))\n" }
        out += "Tipe organisasi: \(summary.organization) (\(summary.organizationTitle))\n"
        let horizon = summary.horizonDays.map { "horizon \(IndonesianNumber.format($0, decimals: 0)) hari" } ?? "sampai batas kegiatan selesai"
        out += "Benih (seed) \(summary.seed) · \(summary.replications) replikasi · \(horizon) · pemanasan \(IndonesianNumber.format(summary.warmUpDays, decimals: 0)) hari\n"
        out += "Nilai: rata-rata ± setengah lebar interval kepercayaan 95% antarreplikasi; jam = jam kerja, hari = hari kalender.\n\n"
        out += "Ringkasan\n"
        out += Table.render(header: ["UKURAN", "NILAI"], rows: [
            ["Kegiatan datang", value(summary.arrivals)],
            ["Kegiatan selesai", value(summary.completed)],
            ["Throughput (kegiatan/tahun)", value(summary.throughputPerYear)],
            ["Waktu siklus (jam kerja)", value(summary.cycleWorkingHours)],
            ["Waktu siklus P90 (jam kerja)", value(summary.cycleWorkingHoursP90)],
            ["Waktu siklus (hari kalender)", value(summary.cycleCalendarDays)],
            ["Bagian pengerjaan ulang", percent(summary.reworkShare)],
            ["Pekerjaan dalam proses, rata-rata (L)", value(summary.wipMean)],
            ["Laju kedatangan × waktu dalam sistem (λW)", value(summary.littleLambdaW)],
            ["Pekerjaan dalam proses, maksimum", value(summary.wipMax)],
        ], right: [1], indent: "  ")
        out += "\nJabatan\n"
        out += Table.render(
            header: ["JABATAN", "ORANG", "UTILISASI", "ANTREAN RATA-RATA", "ANTREAN MAKS", "TUNGGU/PERMINTAAN (jam)",
                     "TUNGGU/KEGIATAN (jam)", "PROSES/KEGIATAN (jam)"],
            rows: summary.positions.map { position in
                [position.id, String(position.headcount), percent(position.utilization), value(position.meanQueue, decimals: 2),
                 value(position.maxQueue), value(position.meanWaitHours), value(position.waitHoursPerCase), value(position.workHoursPerCase)]
            }, right: [1, 2, 3, 4, 5, 6, 7], indent: "  ")
        if summary.unitRows.count > 1 {
            out += "\nUnit (kegiatan menurut unit pemiliknya)\n"
            out += Table.render(
                header: ["UNIT", "BAGIAN KEGIATAN", "SELESAI", "WAKTU SIKLUS (jam kerja)"],
                rows: summary.unitRows.map { unit in
                    [unit.title, IndonesianNumber.percent(unit.share), value(unit.completed), value(unit.cycleWorkingHours)]
                }, right: [1, 2, 3], indent: "  ")
        }
        out += "\nPegawai (orang per orang; kumpulan bila skenario menggabungkan suatu jabatan)\n"
        out += Table.render(
            header: ["PEGAWAI", "UTILISASI", "ANTREAN RATA-RATA", "TUNGGU/PERMINTAAN (jam)", "TUNGGU/KEGIATAN (jam)",
                     "KEGIATAN DI TANGAN", "CATATAN"],
            rows: summary.resources.map { resource in
                [resource.title, percent(resource.utilization), value(resource.meanQueue, decimals: 2), value(resource.meanWaitHours),
                 value(resource.waitHoursPerCase), value(resource.assignedMean), resource.unstable ? "tidak stabil: antrean terus bertambah" : ""]
            }, right: [1, 2, 3, 4, 5], indent: "  ")
        out += "\nLangkah\n"
        out += Table.render(
            header: ["LANGKAH", "TAHAP", "PELAKU", "DIKERJAKAN", "TUNGGU (jam)", "PROSES (jam)"],
            rows: summary.steps.map { step in
                [step.activity, step.stage ?? "-", step.performer, value(step.visits), value(step.meanWaitHours), value(step.meanWorkHours)]
            }, right: [3, 4, 5], indent: "  ")
        out += "\nHambatan (diurutkan menurut tambahan waktu tunggu per kegiatan)\n"
        for bottleneck in summary.bottlenecks.prefix(5) {
            out += "  \(bottleneck.rank). \(bottleneck.title): \(bottleneck.reason)\n"
        }
        if summary.bottlenecks.isEmpty { out += "  (tidak ada pegawai yang bekerja)\n" }
        let unstable = summary.resources.filter(\.unstable)
        if !unstable.isEmpty {
            out += "\nTidak stabil: antrean \(unstable.map(\.title).joined(separator: ", ")) terus bertambah sampai akhir horizon; "
            out += "waktu tunggunya bergantung pada panjang horizon, bukan nilai tetap.\n"
        }
        out += "\nPekerjaan dalam proses sepanjang waktu (kegiatan, rata-rata antarreplikasi)\n"
        let every = max(1, summary.wipOverTime.count / 13)
        let points = summary.wipOverTime.enumerated().filter { ($0.offset + 1) % every == 0 }.map(\.element)
        out += Table.render(header: ["HARI", "KEGIATAN"], rows: points.map {
            [IndonesianNumber.format($0.day, decimals: 0), IndonesianNumber.format($0.cases)]
        }, right: [0, 1], indent: "  ")
        return out
    }

    /// `probis simulate --all`: one row per organization type.
    public static func overview(_ rows: [OverviewRow]) -> String {
        var out = "Simulasi skenario bawaan setiap tipe organisasi (rata-rata ± IK 95%)\n\n"
        out += Table.render(
            header: ["TIPE ORGANISASI", "SKENARIO", "WAKTU SIKLUS (jam kerja)", "WAKTU SIKLUS (hari)", "THROUGHPUT (/tahun)", "HAMBATAN UTAMA"],
            rows: rows.map { row in
                guard let summary = row.summary else {
                    return [row.organization, row.scenario ?? "-", "-", "-", "-", row.scenario == nil ? "tidak ada skenario bawaan" : "gagal dijalankan"]
                }
                let top = summary.bottlenecks.first.map {
                    "\($0.title) (utilisasi \(IndonesianNumber.percent($0.utilization))\($0.unstable ? ", tidak stabil" : ""))"
                } ?? "-"
                return [row.organization, row.scenario ?? "-", value(summary.cycleWorkingHours), value(summary.cycleCalendarDays),
                        value(summary.throughputPerYear), top]
            }, right: [2, 3, 4])
        return out
    }

    /// `probis compare A B`.
    public static func comparison(_ comparison: Comparison) -> String {
        var out = "Perbandingan A = \(comparison.a.scenario) (\(comparison.a.organizationTitle)) dengan B = \(comparison.b.scenario) (\(comparison.b.organizationTitle))\n"
        out += "Benih A \(comparison.a.seed), B \(comparison.b.seed) · \(comparison.a.replications) dan \(comparison.b.replications) replikasi · "
        out += comparison.paired ? "replikasi berpasangan (beban kerja sama)\n" : "uji Welch (replikasi tidak berpasangan)\n"
        out += "Selisih = B − A dengan IK 95%; signifikan bila interval tidak memuat 0.\n\n"
        out += Table.render(header: ["UKURAN", "SATUAN", "A", "B", "SELISIH (B − A)", "SIGNIFIKAN"], rows: comparison.rows.map { row in
            let percentScale = row.unit == "proporsi" ? 100.0 : 1.0
            let unit = row.unit == "proporsi" ? "%" : row.unit
            var difference = "-"
            if let value = row.difference {
                difference = IndonesianNumber.format(value * percentScale, decimals: 2)
                if let half = row.halfWidth { difference += " ± " + IndonesianNumber.format(half * percentScale, decimals: 2) }
            }
            return [row.measure, unit, value(row.a, scale: percentScale), value(row.b, scale: percentScale), difference,
                    row.difference == nil ? "-" : row.significant ? "ya" : "tidak"]
        }, right: [2, 3, 4])
        return out
    }
}

/// A plain-text table with chosen columns aligned right.
public enum Table {
    public static func render(header: [String], rows: [[String]], right: Set<Int> = [], indent: String = "") -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            var line = indent
            for (column, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                line += right.contains(column) ? pad + cell : (column == row.count - 1 ? cell : cell + pad)
                if column < row.count - 1 { line += "  " }
            }
            // An empty last column leaves no trailing blanks.
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }
}
