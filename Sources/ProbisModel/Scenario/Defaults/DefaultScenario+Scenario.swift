extension DefaultScenario.Plan {
    /// The scenario of the plan's organization type with a workload, and the description that states its
    /// assumptions and the busiest position's expected utilization.
    ///
    /// - Parameters:
    ///   - id: the scenario's id.
    ///   - title: its title.
    ///   - cases: kegiatan a year.
    ///   - headcounts: people per position where they differ from the organization type.
    ///   - isDefault: whether it is the type's default scenario.
    ///   - pair: the before/after pair the scenario is the after side of, if any.
    func scenario(id: DocumentID, title: String, cases: Int, headcounts: [HeadcountOverride], isDefault: Bool,
                  pair: DefaultScenario.Pair?) -> Scenario {
        var penunjukan: Penunjukan?
        if let mechanism, let after {
            let leader = leaderLane.flatMap { staff[$0] } ?? []
            let lanes = leader.isEmpty ? [] : mechanism.flow.lanes.prefix(1).map {
                LaneStaffing(lane: Reference($0.id), staff: .positions(leader.map { Reference($0) }))
            }
            penunjukan = Penunjukan(
                mechanism: Reference(mechanism.header.id), after: Reference(after), refusal: assumptions.refusal,
                attempts: assumptions.attempts, letterDelay: DistributionSpec(assumptions.letterDelay),
                durations: DurationTable(fallback: DistributionSpec(assumptions.mechanismStep)), lanes: lanes)
        }
        var scenario = Scenario(
            header: DocumentHeader(id: id, kind: .scenario, title: title, region: type.header.region),
            organization: Reference(type.header.id), isDefault: isDefault,
            workload: Workload(arrivals: .perCycle(cases), shares: shares, teamSize: DistributionSpec(assumptions.teamSize)),
            headcounts: headcounts, lanes: laneEntries,
            durations: DurationTable(work.map { StepDuration(step: Reference($0.step), duration: DistributionSpec(assumptions.duration(of: $0.work))) }),
            branches: branches, penunjukan: penunjukan, queue: assumptions.queue, calendar: assumptions.calendar,
            horizon: assumptions.horizon, replications: assumptions.replications, seed: assumptions.seed)
        scenario.header.description = description(of: scenario, pair: pair)
        return scenario
    }

    /// The assumptions in Bahasa Indonesia, one paragraph after another. Counts, shares and probabilities
    /// come from the assumptions; the durations, team sizes, letter delays and calendar are stated as the
    /// standard assumptions have them.
    func description(of scenario: Scenario, pair: DefaultScenario.Pair?) -> String {
        let hours = Double(assumptions.calendar.workingSeconds(days: 365)) / 3600
        guard case let .perCycle(cases) = scenario.workload.arrivals else { return "" }
        let headcount = { scenario.headcount(of: $0, in: type) }
        var busiest: (position: PositionID, utilization: Double)?
        for (position, load) in hoursPerCase(headcount: headcount) {
            let utilization = Double(cases) * load / (Double(headcount(position)) * hours)
            if busiest == nil || utilization > busiest!.utilization { busiest = (position, utilization) }
        }
        func percent(_ value: Double) -> String { String(Int((value * 100).rounded(.toNearestOrEven))) }
        let shares = scenario.workload.shares
        var paragraphs = [
            "Skenario bawaan untuk \(type.header.title): asumsi seragam untuk semua tipe organisasi, dijelaskan di "
                + "docs/simulation.md; angka bukan dari teks peraturan.",
            "Beban kerja \(cases) kegiatan setahun, datang pada saat acak sepanjang jam kerja setelah perencanaan "
                + "tahunan (siklus) selesai: \(assumptions.casesPerExecutor) kegiatan per pejabat fungsional/pelaksana "
                + "setahun, sebagai individu atau anggota tim. Utilisasi pimpinan tidak dipilih, melainkan akibat struktur"
                + (busiest.map { " (perkiraan tertinggi: \($0.position), \(percent($0.utilization))% dari \(Int(hours.rounded(.toNearestOrEven))) jam kerja setahun)" } ?? "")
                + ". Antrean: yang sedang dievaluasi didahulukan, lalu pelaksanaan, lalu yang lain.",
            "Bentuk penugasan: "
                + (mechanism != nil
                    ? "\(percent(shares.individu))% individu, \(percent(shares.timKerja))% tim kerja dalam unit, "
                        + "\(percent(shares.lintasUnit))% tim kerja lintas unit melalui penunjukan lintas unit (surat 1-5 hari "
                        + "kalender, \(percent(assumptions.refusal))% permohonan ditolak, paling banyak \(assumptions.attempts) "
                        + "permohonan; bila disetujui satu anggota tim berasal dari unit lain)."
                    : "\(percent(shares.individu))% individu, \(percent(shares.timKerja))% tim kerja.")
                + " Tim beranggota 2, 3 atau 4 orang (30/40/30%).",
            "Durasi (jam kerja): perencanaan tahunan 4-8-16 jam; arahan dan strategi pimpinan 0,5-1-3 jam; "
                + "penyusunan rencana dan rincian oleh JF/pelaksana 2-4-8 jam; pelaksanaan individu lognormal rata-rata "
                + "24 jam (sd 10, maks 80); pekerjaan tiap anggota tim lognormal 16 jam (sd 6, maks 48); laporan ketua tim "
                + "2-3-6 jam; monitoring 0,5-1-2 jam; peninjauan tiap jenjang 0,5-1-3 jam (segitiga min-modus-maks).",
            "Hasil yang tidak sesuai target kembali untuk perbaikan dengan peluang \(percent(assumptions.perbaikan))%. "
                + "Kalender: jam kerja pemerintah (Senin-Kamis 07.30-16.00, Jumat 07.30-16.30), libur nasional tetap dan "
                + "perkiraan libur 2026. Satu tahun, \(assumptions.replications) replikasi, benih \(assumptions.seed).",
        ]
        if let pair {
            let before = DefaultScenario.id(for: pair.before)
            paragraphs.append(
                "Pasangan sebelum/sesudah: beban kerja, durasi, peluang dan benih sama dengan \(before); orang yang sama, "
                    + "jabatan " + pair.conversions.map { "\($0.from) disetarakan menjadi \($0.to)" }.joined(separator: ", ")
                    + ". Bandingkan dengan: probis compare \(before) \(pair.scenario).")
        }
        return paragraphs.joined(separator: " ")
    }
}
