import ProbisSimulation

extension PeopleComparisonReport {
    /// The smallest change of waiting (or cycle time) per kegiatan the summary names, in working hours: a
    /// quarter of an hour. Smaller significant changes show in the tables (marked `*`), not in the summary.
    public static let materialHours = 0.25

    /// The sentences a Kepala Biro can read aloud: the cycle time, where the queue moves to (people whose
    /// waiting per kegiatan grows significantly by at least ``materialHours``, the largest first), the
    /// converted posts, where it shrinks, and the units whose kegiatan take significantly longer or shorter.
    static func summarize(_ comparison: PeopleComparison, units: [UnitChange], people: [PersonChange],
                          figure: (PersonChange) -> StaticFigure?) -> [String] {
        func hours(_ value: Double?) -> String { IndonesianNumber.format(value ?? 0) }
        func percent(_ value: Double?) -> String { IndonesianNumber.percent(value ?? 0) }
        func list(_ names: [String], limit: Int = 5) -> String {
            let shown = names.prefix(limit)
            let rest = names.count - shown.count
            let joined = shown.count > 1 ? shown.dropLast().joined(separator: ", ") + " dan " + shown.last! : shown.first ?? ""
            return rest > 0 ? "\(shown.joined(separator: ", ")) dan \(rest) lainnya" : joined
        }
        var out: [String] = []
        if let cycle = comparison.overall.first, let a = cycle.a?.mean, let b = cycle.b?.mean {
            let direction = b > a ? "naik" : b < a ? "turun" : "tetap"
            out.append("Waktu siklus rata-rata \(direction) dari \(hours(a)) menjadi \(hours(b)) jam kerja per kegiatan"
                + (cycle.significant ? " (signifikan)." : " (tidak signifikan)."))
        }
        let named = people.filter { $0.waitPerCase.significant && abs($0.waitPerCase.difference ?? 0) >= materialHours }
        let converted = people.filter { $0.positionBefore != nil && $0.positionAfter != nil && $0.positionBefore != $0.positionAfter }
        let up = named.filter { ($0.waitPerCase.difference ?? 0) > 0 && !converted.contains($0) }
        let down = named.filter { ($0.waitPerCase.difference ?? 0) < 0 && !converted.contains($0) }
        // "Pejabat Fungsional Ahli Muda 3" when the person stays in the unit the earlier title names.
        func withoutUnit(_ person: PersonChange) -> String {
            guard let before = person.titleBefore, let comma = before.range(of: ", ", options: .backwards),
                  person.title.hasSuffix(before[comma.lowerBound...]) else { return person.title }
            return String(person.title.dropLast(before.distance(from: comma.lowerBound, to: before.endIndex)))
        }
        func change(_ person: PersonChange) -> String {
            "\(person.title) (\(hours(person.waitPerCase.a?.mean)) → \(hours(person.waitPerCase.b?.mean)) jam)"
        }
        if let top = up.first {
            out.append("Antrean berpindah ke \(top.title): tunggu per kegiatan naik dari \(hours(top.waitPerCase.a?.mean)) menjadi "
                + "\(hours(top.waitPerCase.b?.mean)) jam kerja, utilisasi dari \(percent(top.utilization.a?.mean)) menjadi \(percent(top.utilization.b?.mean))"
                + (figure(top).map { abk in
                    " (ABK\(abk.after ? "" : " sebelum"): \(IndonesianNumber.format(abk.required)) orang dibutuhkan, ada \(abk.headcount); simulasi: utilisasi "
                        + "\(percent(top.utilization.b?.mean)), tunggu \(hours(top.waitPerCase.b?.mean)) jam kerja per kegiatan)."
                } ?? "."))
        }
        if up.count > 1 { out.append("Tunggu juga naik pada " + list(up.dropFirst().map(change)) + ".") }
        if !converted.isEmpty {
            out.append("Jabatan yang disetarakan: " + list(converted.map {
                "\($0.titleBefore ?? $0.title) kini \(withoutUnit($0)) (tunggu \(hours($0.waitPerCase.a?.mean)) → \(hours($0.waitPerCase.b?.mean)) jam)"
            }) + ".")
        }
        if !down.isEmpty { out.append("Tunggu turun pada " + list(down.map(change)) + ".") }
        let slower = units.filter { $0.cycle.significant && abs($0.cycle.difference ?? 0) >= materialHours }
        if !slower.isEmpty {
            out.append("Waktu siklus kegiatan berubah secara signifikan pada " + list(slower.map {
                "\($0.title) (\(hours($0.cycle.a?.mean)) → \(hours($0.cycle.b?.mean)) jam kerja)"
            }) + ".")
        }
        if up.isEmpty && down.isEmpty {
            out.append("Tidak ada pegawai yang tunggu per kegiatannya berubah secara signifikan (paling sedikit seperempat jam).")
        }
        return out
    }
}
