import ProbisSimulation

extension PeopleComparisonReport {
    /// The report as text in Bahasa Indonesia: summary, warnings, the organization's cycle time, then units
    /// and people sorted by the size of the change in waiting per kegiatan. A change is `B − A ± half-width`
    /// of its 95% interval, marked `*` when significant.
    public var text: String {
        let a = comparison.a, b = comparison.b
        var out = "Di mana pekerjaan mengantre, dan pada siapa\n"
        out += "A (sebelum) = \(a.scenario): \(a.unitsTitle ?? a.organizationTitle) (\(a.organizationTitle))\n"
        out += "B (sesudah) = \(b.scenario): \(b.unitsTitle ?? b.organizationTitle) (\(b.organizationTitle))\n"
        out += "Benih A \(a.seed), B \(b.seed) · \(a.replications) dan \(b.replications) replikasi · "
        out += comparison.paired ? "replikasi berpasangan (beban kerja sama)\n" : "uji Welch (replikasi tidak berpasangan)\n"
        out += "Nilai: rata-rata antarreplikasi; Δ = B − A ± setengah lebar IK 95%; * = signifikan (IK tidak memuat 0); jam = jam kerja.\n"
        out += "\nRingkasan\n" + summary.map { "  \($0)\n" }.joined()
        if !warnings.isEmpty { out += "\nPeringatan\n" + warnings.map { "  \($0)\n" }.joined() }
        out += "\nOrganisasi\n"
        out += Table.render(header: ["UKURAN", "SATUAN", "A", "B", "Δ"], rows: comparison.overall.map { row in
            [row.measure, row.unit, Self.mean(row.a), Self.mean(row.b), Self.change(row)]
        }, right: [2, 3, 4], indent: "  ")
        out += "\nUnit (diurutkan menurut besar perubahan tunggu per kegiatan)\n"
        out += Table.render(
            header: ["UNIT", "UTILISASI A→B", "TUNGGU/KEGIATAN A→B (jam)", "Δ TUNGGU", "ANTREAN A→B", "DI TANGAN A→B", "WAKTU SIKLUS A→B (jam)", "Δ SIKLUS"],
            rows: units.map { unit in
                [unit.title, Self.percents(unit.utilization), Self.pair(unit.waitPerCase), Self.change(unit.waitPerCase),
                 Self.pair(unit.queue, decimals: 2), Self.pair(unit.assigned), Self.pair(unit.cycle), Self.change(unit.cycle)]
            }, right: [1, 2, 3, 4, 5, 6, 7], indent: "  ")
        let abk = !figures.isEmpty
        out += "\nPegawai (diurutkan menurut besar perubahan tunggu per kegiatan)\n"
        out += Table.render(
            header: ["PEGAWAI", "JABATAN A→B", "UTILISASI A→B", "TUNGGU/KEGIATAN A→B (jam)", "Δ TUNGGU", "ANTREAN A→B", "DI TANGAN A→B"]
                + (abk ? [hasFiguresOnBothSides ? "ABK: DIBUTUHKAN/ADA A→B" : "ABK: DIBUTUHKAN/ADA"] : []) + ["CATATAN"],
            rows: people.map { person in
                let note = Self.notes(person)
                let figure: String?
                if hasFiguresOnBothSides {
                    let (before, after) = figures(of: person)
                    let text = { (figure: StaticFigure?) in figure.map { IndonesianNumber.format($0.required, decimals: 1) + "/" + String($0.headcount) } ?? "-" }
                    figure = "\(text(before)) → \(text(after))"
                } else {
                    figure = self.figure(of: person).map {
                        IndonesianNumber.format($0.required, decimals: 1) + "/" + String($0.headcount) + ($0.after ? "" : " (A)")
                    }
                }
                return [person.title, Self.positions(person), Self.percents(person.utilization), Self.pair(person.waitPerCase),
                        Self.change(person.waitPerCase), Self.pair(person.queue, decimals: 2), Self.pair(person.assigned)]
                    + (abk ? [figure ?? "-"] : []) + [note.joined(separator: ", ")]
            }, right: abk ? [2, 3, 4, 5, 6, 7] : [2, 3, 4, 5, 6], indent: "  ")
        return out
    }

    /// `1,2` or `-`.
    public static func mean(_ estimate: Estimate?, decimals: Int = 1) -> String {
        estimate.map { IndonesianNumber.format($0.mean, decimals: decimals) } ?? "-"
    }

    /// `1,2 → 3,4`.
    public static func pair(_ row: ComparisonRow, decimals: Int = 1) -> String {
        "\(mean(row.a, decimals: decimals)) → \(mean(row.b, decimals: decimals))"
    }

    /// `60% → 85%`.
    public static func percents(_ row: ComparisonRow) -> String {
        "\(row.a.map { IndonesianNumber.percent($0.mean) } ?? "-") → \(row.b.map { IndonesianNumber.percent($0.mean) } ?? "-")"
    }

    /// `+2,2 ± 0,5 *`, or `-` when one side is missing.
    public static func change(_ row: ComparisonRow) -> String {
        guard let difference = row.difference else { return "-" }
        var text = (difference > 0 ? "+" : "") + IndonesianNumber.format(difference)
        if text == "-0,0" { text = "0,0" }
        if let half = row.halfWidth { text += " ± " + IndonesianNumber.format(half) }
        return text + (row.significant ? " *" : "")
    }

    /// `kasubbag → -`, or the position once when it did not change.
    public static func positions(_ person: PersonChange) -> String {
        person.positionBefore == person.positionAfter ? (person.positionAfter ?? "-")
            : "\(person.positionBefore ?? "-") → \(person.positionAfter ?? "-")"
    }

    /// What the people table notes about a person: new, gone, the earlier title, unstable or stable again.
    public static func notes(_ person: PersonChange) -> [String] {
        var note: [String] = []
        if person.positionBefore == nil { note.append("baru") }
        if person.positionAfter == nil { note.append("tidak ada lagi") }
        if let before = person.titleBefore { note.append("dahulu \(before)") }
        if person.unstableAfter { note.append("tidak stabil") } else if person.unstableBefore { note.append("stabil kembali") }
        return note
    }
}
