import ProbisSimulation

/// The simulation reports as CSV for spreadsheets: one row per value, with the mean and the bounds of its
/// 95% confidence interval; decimal points, no thousands separators.
public enum SimulationCSV {
    public static let header = "bagian,kunci,ukuran,satuan,rata_rata,ik95_bawah,ik95_atas,replikasi\n"

    public static func row(_ section: String, _ key: String, _ measure: String, _ unit: String, _ estimate: Estimate?) -> String {
        guard let estimate else { return "\(section),\(field(key)),\(measure),\(unit),,,,0\n" }
        let low = estimate.halfWidth == nil ? "" : number(estimate.lower)
        let high = estimate.halfWidth == nil ? "" : number(estimate.upper)
        return "\(section),\(field(key)),\(measure),\(unit),\(number(estimate.mean)),\(low),\(high),\(estimate.count)\n"
    }

    public static func number(_ value: Double) -> String {
        let rounded = (value * 1e6).rounded() / 1e6
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }

    public static func field(_ text: String) -> String {
        text.contains(",") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    public static func report(_ summary: SimulationSummary) -> String {
        var out = header
        let key = summary.scenario
        out += row("ringkasan", key, "kegiatan_datang", "kegiatan", summary.arrivals)
        out += row("ringkasan", key, "kegiatan_selesai", "kegiatan", summary.completed)
        out += row("ringkasan", key, "throughput", "kegiatan/tahun", summary.throughputPerYear)
        out += row("ringkasan", key, "waktu_siklus", "jam_kerja", summary.cycleWorkingHours)
        out += row("ringkasan", key, "waktu_siklus_p90", "jam_kerja", summary.cycleWorkingHoursP90)
        out += row("ringkasan", key, "waktu_siklus", "hari_kalender", summary.cycleCalendarDays)
        out += row("ringkasan", key, "pengerjaan_ulang", "proporsi", summary.reworkShare)
        out += row("ringkasan", key, "wip_rata_rata", "kegiatan", summary.wipMean)
        out += row("ringkasan", key, "lambda_w", "kegiatan", summary.littleLambdaW)
        out += row("ringkasan", key, "wip_maks", "kegiatan", summary.wipMax)
        for position in summary.positions {
            out += row("jabatan", position.id, "utilisasi", "proporsi", position.utilization)
            out += row("jabatan", position.id, "antrean_rata_rata", "permintaan", position.meanQueue)
            out += row("jabatan", position.id, "antrean_maks", "permintaan", position.maxQueue)
            out += row("jabatan", position.id, "tunggu_per_permintaan", "jam_kerja", position.meanWaitHours)
            out += row("jabatan", position.id, "tunggu_per_kegiatan", "jam_kerja", position.waitHoursPerCase)
            out += row("jabatan", position.id, "proses_per_kegiatan", "jam_kerja", position.workHoursPerCase)
        }
        for unit in summary.unitRows {
            out += row("unit", unit.id, "kegiatan_selesai", "kegiatan", unit.completed)
            out += row("unit", unit.id, "waktu_siklus", "jam_kerja", unit.cycleWorkingHours)
        }
        for resource in summary.resources {
            out += row("pegawai", resource.id, "utilisasi", "proporsi", resource.utilization)
            out += row("pegawai", resource.id, "antrean_rata_rata", "permintaan", resource.meanQueue)
            out += row("pegawai", resource.id, "tunggu_per_permintaan", "jam_kerja", resource.meanWaitHours)
            out += row("pegawai", resource.id, "tunggu_per_kegiatan", "jam_kerja", resource.waitHoursPerCase)
            out += row("pegawai", resource.id, "kegiatan_di_tangan", "kegiatan", resource.assignedMean)
            out += row("pegawai", resource.id, "menunggu_di_akhir", "permintaan", resource.waitingAtEnd)
            out += "pegawai,\(field(resource.id)),tidak_stabil,ya_tidak,\(resource.unstable ? 1 : 0),,,\(summary.replications)\n"
        }
        for step in summary.steps {
            out += row("langkah", step.activity, "dikerjakan", "kali", step.visits)
            out += row("langkah", step.activity, "tunggu", "jam_kerja", step.meanWaitHours)
            out += row("langkah", step.activity, "proses", "jam_kerja", step.meanWorkHours)
        }
        for bottleneck in summary.bottlenecks {
            out += "hambatan,\(field(bottleneck.resource)),peringkat,urutan,\(bottleneck.rank),,,\(summary.replications)\n"
        }
        for point in summary.wipOverTime {
            out += "wip_waktu,hari_\(number(point.day)),wip,kegiatan,\(number(point.cases)),,,\(summary.replications)\n"
        }
        return out
    }

    public static func overview(_ rows: [OverviewRow]) -> String {
        var out = "tipe_organisasi,skenario,waktu_siklus_jam_kerja,ik95,waktu_siklus_hari,ik95,throughput_per_tahun,ik95,hambatan_utama,utilisasi_hambatan\n"
        for row in rows {
            guard let summary = row.summary else {
                out += "\(row.organization),\(row.scenario ?? ""),,,,,,,,\n"
                continue
            }
            func pair(_ estimate: Estimate?) -> String {
                "\(estimate.map { number($0.mean) } ?? ""),\(estimate?.halfWidth.map(number) ?? "")"
            }
            let top = summary.bottlenecks.first
            out += "\(row.organization),\(summary.scenario),\(pair(summary.cycleWorkingHours)),\(pair(summary.cycleCalendarDays)),"
            out += "\(pair(summary.throughputPerYear)),\(field(top?.resource ?? "")),\(top.map { number($0.utilization) } ?? "")\n"
        }
        return out
    }

    public static func comparison(_ comparison: Comparison) -> String {
        var out = "ukuran,satuan,a_rata_rata,a_ik95,b_rata_rata,b_ik95,selisih,selisih_ik95,signifikan\n"
        for row in comparison.rows {
            func pair(_ estimate: Estimate?) -> String {
                "\(estimate.map { number($0.mean) } ?? ""),\(estimate?.halfWidth.map(number) ?? "")"
            }
            out += "\(field(row.measure)),\(row.unit),\(pair(row.a)),\(pair(row.b)),\(row.difference.map(number) ?? ""),"
            out += "\(row.halfWidth.map(number) ?? ""),\(row.difference == nil ? "" : row.significant ? "ya" : "tidak")\n"
        }
        return out
    }
}
