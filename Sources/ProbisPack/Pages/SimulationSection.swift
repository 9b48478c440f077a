import ProbisReport
import ProbisDOT
import ProbisModel
import ProbisRender
import ProbisSimulation

/// One scenario's results on a document page: key figures, the bottleneck named, the heat overlay on the
/// swimlane with its legend, and the step, people and bottleneck tables.
struct SimulationSection {
    var pack: ReviewPack
    var result: ScenarioResult
    var svgs: [String: Result<String, RenderError>]
    /// Prefix of the heat diagram's ids on the page.
    var figure: String

    var html: String {
        let scenario = result.scenario
        var out = "<h3 id=\"\(HTML.text("skenario-" + scenario.header.id.rawValue))\">\(HTML.text(scenario.header.title))</h3>\n"
        out += "<p class=\"sub\"><code>\(HTML.text(scenario.header.id.rawValue))</code>\(scenario.isDefault ? " · skenario bawaan" : "")</p>\n"
        guard let summary = result.summary else {
            return out + "<p class=\"gagal\">\(HTML.lines(result.failure ?? "Skenario tidak berjalan."))</p>\n"
        }
        out += "<p class=\"sub\">\(HTML.number(Double(summary.replications), decimals: 0)) replikasi, benih \(summary.seed); rata-rata ± selang kepercayaan 95%. Durasi dan beban kerja adalah asumsi skenario, bukan teks peraturan.</p>\n"
        out += "<div class=\"ringkas\">"
        out += card(HTML.estimate(summary.cycleWorkingHours), "waktu siklus (jam kerja)")
        out += card(HTML.estimate(summary.cycleCalendarDays), "waktu siklus (hari)")
        out += card(HTML.estimate(summary.throughputPerYear), "throughput (/tahun)")
        out += card(HTML.estimate(summary.reworkShare, decimals: 0, scale: 100) + "%", "pengerjaan ulang")
        out += card(HTML.estimate(summary.wipMean), "kegiatan dalam proses")
        out += "</div>\n"
        if let worst = summary.bottlenecks.first {
            out += "<p class=\"catatan\"><b>Hambatan utama: \(HTML.text(worst.title))</b> — \(HTML.text(worst.reason)).</p>\n"
        }
        let key = ReviewPack.heatKey(scenario.header.id)
        out += DiagramFigure.make(key: key, title: "Panas simulasi pada alur tahapan", prefix: figure, svgs: svgs, pack: pack,
                                  overlay: "panas", legend: legend())
        out += "<details><summary>Langkah (\(summary.steps.count))</summary>\n"
        out += HTML.table(["Langkah", "Kegiatan", "Pelaksana", "Kali/replikasi", "Tunggu (jam)", "Kerja (jam)"], summary.steps.map { step in
            [HTML.text(step.activity), HTML.text(step.text), HTML.text(step.performer), HTML.estimate(step.visits),
             HTML.estimate(step.meanWaitHours), HTML.estimate(step.meanWorkHours)]
        }, numeric: [3, 4, 5]) + "</details>\n"
        out += "<details><summary>Pegawai (\(summary.resources.count))</summary>\n"
        out += HTML.table(["Pegawai", "Utilisasi", "Antrean rata-rata", "Tunggu/kegiatan (jam)", "Catatan"], summary.resources.map { resource in
            [HTML.text(resource.title), HTML.estimate(resource.utilization, decimals: 0, scale: 100) + "%", HTML.estimate(resource.meanQueue, decimals: 2),
             HTML.estimate(resource.waitHoursPerCase), resource.unstable ? "<span class=\"galat\">tidak stabil</span>" : ""]
        }, numeric: [1, 2, 3]) + "</details>\n"
        out += "<details><summary>Hambatan (\(min(summary.bottlenecks.count, 5)) teratas)</summary><ol>"
        out += summary.bottlenecks.prefix(5).map { "<li><b>\(HTML.text($0.title))</b>: \(HTML.text($0.reason))</li>" }.joined()
        out += "</ol></details>\n"
        return out
    }

    private func card(_ value: String, _ label: String) -> String { "<div><b>\(value)</b>\(HTML.text(label))</div>" }

    /// What the heat colours mean.
    private func legend() -> String {
        var out = "<div class=\"legenda\"><span>Langkah, menurut waktu tunggu terhadap yang terlama:</span>"
        for (index, fill) in HeatScale.stepFills.enumerated() {
            out += "<span><i style=\"background:\(fill)\"></i>\(index * 20)–\((index + 1) * 20)%</span>"
        }
        out += "</div><div class=\"legenda\"><span>Lajur, menurut utilisasi jabatan tersibuk:</span>"
        let bounds = HeatScale.laneBounds
        for (index, fill) in HeatScale.laneFills.enumerated() {
            let upper = index + 1 < bounds.count ? "\(Int(bounds[index + 1] * 100))%" : "100%"
            out += "<span><i style=\"background:\(fill)\"></i>\(Int(bounds[index] * 100))–\(upper)</span>"
        }
        return out + "</div>\n"
    }
}

/// A before/after pair on the after document's page: the simulated comparison and the changes marked on
/// the diagram.
struct ComparisonSection {
    var pack: ReviewPack
    var pair: ScenarioPair
    var svgs: [String: Result<String, RenderError>]
    var figure: String

    var html: String {
        var out = "<h3>\(HTML.text(pair.before.rawValue)) → \(HTML.text(pair.after.rawValue))</h3>\n"
        if let failure = pair.failure { out += "<p class=\"gagal\">\(HTML.text(failure))</p>\n" }
        if let comparison = pair.comparison {
            out += "<p class=\"sub\">Selisih = sesudah − sebelum; bermakna bila selang kepercayaan 95% selisih tidak memuat 0\(comparison.paired ? " (replikasi berpasangan)" : "").</p>\n"
            out += HTML.table(["Ukuran", "Satuan", "Sebelum", "Sesudah", "Selisih", "Bermakna"], comparison.rows.map { row in
                let scale = row.unit == "proporsi" ? 100.0 : 1
                let unit = row.unit == "proporsi" ? "%" : row.unit
                let difference = row.difference.map { HTML.number($0 * scale) + (row.halfWidth.map { " ± " + HTML.number($0 * scale) } ?? "") } ?? "-"
                return [HTML.text(row.measure), HTML.text(unit), HTML.estimate(row.a, scale: scale), HTML.estimate(row.b, scale: scale),
                        difference, row.significant ? "<b>ya</b>" : "tidak"]
            }, numeric: [2, 3, 4])
        }
        if let diff = pair.diff {
            out += "<h3>Perubahan \(HTML.text(diff.a.rawValue)) → \(HTML.text(diff.b.rawValue)) (\(diff.changes.count))</h3>\n"
            out += HTML.table(["Perubahan", "Elemen", "Sebelum", "Sesudah"], diff.changes.map { change in
                [HTML.text(DiffText.label(change.kind)), HTML.text(change.element), HTML.text(change.before ?? "-"), HTML.text(change.after ?? "-")]
            })
            let legend = "<div class=\"legenda\"><span><i style=\"background:\(DiffColour.addedFill)\"></i>ditambah</span>"
                + "<span><i style=\"background:\(DiffColour.changedFill)\"></i>berubah</span></div>\n"
            out += DiagramFigure.make(key: ReviewPack.diffKey(pair.after), title: "Perubahan ditandai pada diagram \(diff.b.rawValue)",
                                      prefix: figure, svgs: svgs, pack: pack, overlay: "beda", legend: legend)
        }
        return out
    }
}
