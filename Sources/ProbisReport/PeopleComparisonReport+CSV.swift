import ProbisSimulation

extension PeopleComparisonReport {
    /// The report as CSV: one row per unit or person and measure, with both means, the difference, the
    /// bounds of its 95% interval and whether it is significant; decimal points, no thousands separators.
    public var csv: String {
        var out = "bagian,kunci,judul,ukuran,satuan,a,b,selisih,ik95_bawah,ik95_atas,signifikan\n"
        func line(_ section: String, _ key: String, _ title: String, _ measure: String, _ row: ComparisonRow) {
            func value(_ number: Double?) -> String { number.map(SimulationCSV.number) ?? "" }
            let low = row.difference.flatMap { d in row.halfWidth.map { d - $0 } }
            let high = row.difference.flatMap { d in row.halfWidth.map { d + $0 } }
            out += [section, SimulationCSV.field(key), SimulationCSV.field(title), measure, row.unit.replacingOccurrences(of: " ", with: "_"),
                    value(row.a?.mean), value(row.b?.mean), value(row.difference), value(low), value(high),
                    row.difference == nil ? "" : row.significant ? "ya" : "tidak"].joined(separator: ",") + "\n"
        }
        for row in comparison.overall { line("organisasi", comparison.b.scenario, row.measure, "nilai", row) }
        for unit in units {
            line("unit", unit.id, unit.title, "utilisasi", unit.utilization)
            line("unit", unit.id, unit.title, "tunggu_per_kegiatan", unit.waitPerCase)
            line("unit", unit.id, unit.title, "antrean_rata_rata", unit.queue)
            line("unit", unit.id, unit.title, "kegiatan_di_tangan", unit.assigned)
            line("unit", unit.id, unit.title, "waktu_siklus", unit.cycle)
        }
        for person in people {
            line("pegawai", person.id, person.title, "utilisasi", person.utilization)
            line("pegawai", person.id, person.title, "tunggu_per_kegiatan", person.waitPerCase)
            line("pegawai", person.id, person.title, "antrean_rata_rata", person.queue)
            line("pegawai", person.id, person.title, "kegiatan_di_tangan", person.assigned)
            let (before, after) = figures(of: person)
            if before != nil || after != nil {
                // The static ABK figure: kebutuhan pegawai of the person's unit and position on each side.
                let a = before.map { SimulationCSV.number($0.required) } ?? "", b = after.map { SimulationCSV.number($0.required) } ?? ""
                let difference = before.flatMap { x in after.map { SimulationCSV.number($0.required - x.required) } } ?? ""
                out += ["pegawai", SimulationCSV.field(person.id), SimulationCSV.field(person.title), "abk_kebutuhan_pegawai", "orang",
                        a, b, difference, "", "", ""].joined(separator: ",") + "\n"
            }
        }
        return out
    }
}
