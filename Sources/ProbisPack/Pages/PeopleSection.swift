import ProbisModel
import ProbisReport
import ProbisRender
import ProbisSimulation

/// A reorganization what-if on the after organization's page: the summary to read aloud, warnings, units and
/// people before and after (the ``PeopleComparisonReport`` that `probis compare A B --people` prints, from
/// the pack's own runs), the changes of the organization with its kedudukan marked, and the heat overlay of
/// both runs on the stage flow.
struct PeopleSection {
    var pack: ReviewPack
    var pair: ScenarioPair
    var report: PeopleComparisonReport
    var svgs: [String: Result<String, RenderError>]
    var figure: String

    /// The kinds of change that concern the organization rather than the flow's steps.
    static let organizationChanges: Set<DocumentDiff.Change.Kind> = [
        .positionAdded, .positionRemoved, .positionConverted, .reportingMoved, .assessorChanged, .headcountChanged, .rolesChanged,
        .unitAdded, .unitRemoved, .unitMoved, .unitStaffChanged,
    ]

    var html: String {
        let a = report.comparison.a, b = report.comparison.b
        var out = "<p class=\"sub\">A (sebelum) = <code>\(HTML.text(a.scenario))</code>: \(HTML.text(a.unitsTitle ?? a.organizationTitle)); "
        out += "B (sesudah) = <code>\(HTML.text(b.scenario))</code>: \(HTML.text(b.unitsTitle ?? b.organizationTitle)). "
        out += "Benih \(a.seed) dan \(b.seed), \(a.replications) dan \(b.replications) replikasi, "
        out += report.comparison.paired ? "replikasi berpasangan (beban kerja sama)." : "uji Welch (replikasi tidak berpasangan)."
        out += " Sama dengan <code>probis compare \(HTML.text(a.scenario)) \(HTML.text(b.scenario)) --people</code>.</p>\n"
        out += "<h3>Ringkasan untuk dibacakan</h3>\n<div class=\"dibacakan\" id=\"ringkasan-penyetaraan\">"
        out += report.summary.map { "<p>\(HTML.text($0))</p>" }.joined() + "</div>\n"
        if !report.warnings.isEmpty {
            out += "<div class=\"gagal\" id=\"peringatan-penyetaraan\"><b>Peringatan</b>\n" + report.warnings.map(HTML.text).joined(separator: "\n") + "</div>\n"
        }
        out += "<p class=\"sub\">Nilai: rata-rata antarreplikasi; Δ = B − A ± setengah lebar selang kepercayaan 95%; * = signifikan (selang tidak memuat 0), "
        out += "baris berwarna = ada perubahan signifikan; jam = jam kerja.</p>\n"
        out += "<h3>Unit (diurutkan menurut besar perubahan tunggu per kegiatan)</h3>\n" + units()
        out += "<h3>Pegawai (diurutkan menurut besar perubahan tunggu per kegiatan)</h3>\n" + people()
        out += organization()
        out += "<h3>Panas simulasi sebelum dan sesudah</h3>\n<div class=\"berdampingan\">"
        for (index, scenario) in [pair.before, pair.after].enumerated() {
            let label = index == 0 ? "Sebelum" : "Sesudah"
            out += DiagramFigure.make(key: ReviewPack.heatKey(scenario), title: "\(label): \(scenario.rawValue)", prefix: "\(figure)h\(index + 1)-",
                                      svgs: svgs, pack: pack, overlay: "panas")
        }
        return out + "</div>\n"
    }

    /// `60% → 85%`, marked `*` when the change is significant (as ``PeopleComparisonReport/change(_:)`` marks).
    static func percents(_ row: ComparisonRow) -> String {
        PeopleComparisonReport.percents(row) + (row.significant ? " *" : "")
    }

    private func units() -> String {
        var marked: [Int: String] = [:]
        let rows = report.units.enumerated().map { index, unit -> [String] in
            if unit.waitPerCase.significant || unit.cycle.significant || unit.utilization.significant { marked[index] = "bermakna" }
            return [HTML.text(unit.title), HTML.text(Self.percents(unit.utilization)), HTML.text(PeopleComparisonReport.pair(unit.waitPerCase)),
                    HTML.text(PeopleComparisonReport.change(unit.waitPerCase)), HTML.text(PeopleComparisonReport.pair(unit.queue, decimals: 2)),
                    HTML.text(PeopleComparisonReport.pair(unit.assigned)), HTML.text(PeopleComparisonReport.pair(unit.cycle)),
                    HTML.text(PeopleComparisonReport.change(unit.cycle))]
        }
        return HTML.table(["Unit", "Utilisasi A → B", "Tunggu/kegiatan A → B (jam)", "Δ tunggu", "Antrean A → B", "Di tangan A → B",
                           "Waktu siklus A → B (jam)", "Δ siklus"], rows, numeric: [1, 2, 3, 4, 5, 6, 7], id: "tabel-unit", rowClasses: marked)
    }

    private func people() -> String {
        let abk = !report.figures.isEmpty
        var marked: [Int: String] = [:]
        let rows = report.people.enumerated().map { index, person -> [String] in
            if person.waitPerCase.significant || person.utilization.significant { marked[index] = "bermakna" }
            var notes = PeopleComparisonReport.notes(person).map(HTML.text)
            if person.unstableAfter { notes = notes.map { $0 == "tidak stabil" ? "<span class=\"galat\">tidak stabil</span>" : $0 } }
            var row = [HTML.text(person.title), HTML.text(PeopleComparisonReport.positions(person)), HTML.text(Self.percents(person.utilization)),
                       HTML.text(PeopleComparisonReport.pair(person.waitPerCase)), HTML.text(PeopleComparisonReport.change(person.waitPerCase)),
                       HTML.text(PeopleComparisonReport.pair(person.queue, decimals: 2)), HTML.text(PeopleComparisonReport.pair(person.assigned))]
            if abk {
                row.append(report.figure(of: person).map {
                    HTML.text("\(IndonesianNumber.format($0.required)) dibutuhkan, ada \($0.headcount)\($0.after ? "" : " (A)")")
                } ?? "-")
            }
            return row + [notes.joined(separator: ", ")]
        }
        return HTML.table(["Pegawai", "Jabatan A → B", "Utilisasi A → B", "Tunggu/kegiatan A → B (jam)", "Δ tunggu", "Antrean A → B", "Di tangan A → B"]
                          + (abk ? ["ABK: kebutuhan pegawai"] : []) + ["Catatan"],
                          rows, numeric: abk ? [2, 3, 4, 5, 6, 7] : [2, 3, 4, 5, 6], id: "tabel-pegawai", rowClasses: marked)
    }

    /// The organization's changes (positions, units, reporting lines) and the marked kedudukan.
    private func organization() -> String {
        guard let diff = pair.diff else { return "" }
        let changes = diff.changes.filter { Self.organizationChanges.contains($0.kind) }
        var out = "<h3>Perubahan organisasi \(HTML.text(diff.a.rawValue)) → \(HTML.text(diff.b.rawValue)) (\(changes.count))</h3>\n"
        out += HTML.table(["Perubahan", "Elemen", "Sebelum", "Sesudah"], changes.map { change in
            [HTML.text(DiffText.label(change.kind)), HTML.text(change.element), HTML.text(change.before ?? "-"), HTML.text(change.after ?? "-")]
        }, id: "tabel-perubahan-organisasi")
        let legend = "<div class=\"legenda\"><span><i style=\"background:\(DiffColour.addedFill)\"></i>unit, jabatan atau garis atasan baru</span>"
            + "<span><i style=\"background:\(DiffColour.changedFill)\"></i>jumlah pemangku berubah</span></div>\n"
        out += DiagramFigure.make(key: ReviewPack.kedudukanDiffKey(pair.after), title: "Kedudukan sesudah, perubahan ditandai",
                                  prefix: "\(figure)k-", svgs: svgs, pack: pack, overlay: "beda", legend: legend)
        return out
    }
}
