import ProbisModel
@testable import ProbisSimulation

/// A small office with every construct of the process semantics: a siklus planning step, a decision by
/// assignment type, a team that splits and joins, a perbaikan loop, and a cross-unit penunjukan with letters
/// and refusals, on the government calendar.
enum OfficeFixture {
    static let type: OrganizationType = {
        let positions = [
            Position(id: "kepala", title: "Kepala", tier: .jptPratama, roles: [.pimpinanUnit, .ppk]),
            Position(id: "staf", title: "Staf", tier: .pelaksana, headcount: 3, reportsTo: Reference("kepala")),
        ]
        let lanes = [
            Lane(id: "kepala", title: "Kepala", positions: [Reference("kepala")]),
            Lane(id: "jf-pelaksana", title: "Staf", positions: [Reference("staf")], role: .jfPelaksana),
            Lane(id: "ketua-tim", title: "Ketua Tim", positions: [Reference("staf")], role: .ketuaTim),
            Lane(id: "anggota-tim", title: "Anggota Tim", positions: [Reference("staf")], role: .anggotaTim),
        ]
        func step(_ id: StepID, _ lane: LaneID, _ stage: Stage?, next: StepID?, cadence: Cadence = .kegiatan) -> FlowStep {
            FlowStep(id: id, lane: Reference(lane), stage: stage, text: id.rawValue, next: next.map { [Reference($0)] } ?? [], cadence: cadence)
        }
        let steps = [
            FlowStep(id: "mulai", kind: .start, lane: Reference("kepala"), text: "Mulai", next: [Reference("rencana")]),
            step("rencana", "kepala", .perencanaan, next: "arahan", cadence: .siklus),
            step("arahan", "kepala", .perencanaan, next: "susun"),
            step("susun", "jf-pelaksana", .pelaksanaan, next: "bentuk"),
            FlowStep(id: "bentuk", kind: .decision, lane: Reference("kepala"), text: "Individu atau tim?", branches: [
                Branch(label: "Individu", target: Reference("kerjakan"), meaning: .individu),
                Branch(label: "Tim", target: Reference("anggota"), meaning: .timKerja),
            ]),
            step("kerjakan", "jf-pelaksana", .pelaksanaan, next: "tinjau"),
            step("anggota", "anggota-tim", .pelaksanaan, next: "laporan"),
            step("laporan", "ketua-tim", .pelaksanaan, next: "tinjau"),
            step("tinjau", "kepala", .evaluasi, next: "sesuai"),
            FlowStep(id: "sesuai", kind: .decision, lane: Reference("kepala"), text: "Sesuai target?", branches: [
                Branch(label: "Ya", target: Reference("selesai"), meaning: .diterima),
                Branch(label: "Tidak", target: Reference("susun"), meaning: .perbaikan),
            ]),
            FlowStep(id: "selesai", kind: .end, lane: Reference("kepala"), text: "Selesai"),
        ]
        return OrganizationType(header: DocumentHeader(id: "uji.kantor", kind: .organizationType, title: "Kantor Uji"),
                                positions: positions, flow: CrossFunctionalMap(lanes: lanes, steps: steps))
    }()

    static let mechanism = LintasFungsiMap(
        header: DocumentHeader(id: "uji.penunjukan", kind: .petaLintasFungsi, title: "Penunjukan Lintas Unit"),
        mechanism: Mechanism(kind: .penunjukan, scope: .lintasUnit, mode: .timKerja),
        flow: CrossFunctionalMap(
            lanes: [Lane(id: "pemilik", title: "Pemilik", role: .pimpinanUnit), Lane(id: "dituju", title: "Dituju", role: .pimpinanUnit)],
            steps: [
                FlowStep(id: "mulai", kind: .start, lane: Reference("pemilik"), text: "Mulai", next: [Reference("kirim")]),
                FlowStep(id: "kirim", lane: Reference("pemilik"), text: "kirim surat", outputs: [Reference("surat-permohonan")], next: [Reference("setuju")]),
                FlowStep(id: "setuju", kind: .decision, lane: Reference("dituju"), text: "Setuju?", branches: [
                    Branch(label: "Ya", target: Reference("tugaskan"), meaning: .disetujui),
                    Branch(label: "Tidak", target: Reference("tolak"), meaning: .ditolak),
                ]),
                FlowStep(id: "tugaskan", lane: Reference("dituju"), text: "surat penugasan", outputs: [Reference("surat-penugasan")], next: [Reference("selesai")]),
                FlowStep(id: "tolak", lane: Reference("dituju"), text: "jawab", outputs: [Reference("surat-penugasan")], next: [Reference("ditolak")]),
                FlowStep(id: "selesai", kind: .end, lane: Reference("pemilik"), text: "Selesai"),
                FlowStep(id: "ditolak", kind: .end, lane: Reference("pemilik"), text: "Ditolak"),
            ]))

    static let catalog = ArtifactCatalog(
        header: DocumentHeader(id: "uji.dokumen", kind: .artifactCatalog, title: "Dokumen Uji"),
        artifacts: [Artifact(id: "surat-permohonan", title: "Surat Permohonan", kind: .surat),
                    Artifact(id: "surat-penugasan", title: "Surat Penugasan", kind: .surat)])

    static func scenario(cases: Int = 6, perbaikan: Double = 0.3, seed: UInt64 = 7) -> Scenario {
        func hours(_ h: Double) -> Double { h * 3600 }
        let durations: [(StepID, Distribution)] = [
            ("rencana", .fixed(hours(4))), ("arahan", .fixed(hours(0.5))),
            ("susun", .triangular(min: hours(1), mode: hours(2), max: hours(4))),
            ("kerjakan", .exponential(mean: hours(6), truncation: .nonNegative)),
            ("anggota", .uniform(min: hours(2), max: hours(6))), ("laporan", .fixed(hours(1))), ("tinjau", .fixed(hours(1))),
        ]
        return Scenario(
            header: DocumentHeader(id: "uji.kantor.skenario", kind: .scenario, title: "Skenario Kantor Uji"),
            organization: Reference("uji.kantor"),
            workload: Workload(arrivals: .interarrival(DistributionSpec(.exponential(mean: hours(3), truncation: .nonNegative))), limit: cases,
                               shares: AssignmentShares(individu: 0.4, timKerja: 0.3, lintasUnit: 0.3), teamSize: DistributionSpec(.fixed(2))),
            durations: DurationTable(durations.map { StepDuration(step: Reference($0.0), duration: DistributionSpec($0.1)) }),
            branches: [BranchProbabilities(decision: Reference("sesuai"), probabilities: [
                BranchProbability(branch: "diterima", probability: 1 - perbaikan), BranchProbability(branch: "perbaikan", probability: perbaikan)])],
            penunjukan: Penunjukan(mechanism: Reference("uji.penunjukan"), after: Reference("arahan"), refusal: 0.4, attempts: 2,
                                   letterDelay: DistributionSpec(.uniform(min: 86_400, max: 3 * 86_400)),
                                   durations: DurationTable(fallback: DistributionSpec(.fixed(hours(0.5)))),
                                   lanes: [LaneStaffing(lane: Reference("pemilik"), staff: .positions([Reference("kepala")]))]),
            calendar: WorkCalendar(recurringHolidays: [], start: CalendarDate(year: 2026, month: 1, day: 5)),
            horizon: nil, replications: 3, seed: seed)
    }

    static func library(_ scenario: Scenario) -> Library {
        Library(documents: [.organizationType(type), .petaLintasFungsi(mechanism), .artifactCatalog(catalog), .scenario(scenario)])
    }
}
