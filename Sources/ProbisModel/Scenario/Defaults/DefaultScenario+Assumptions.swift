extension DefaultScenario {
    /// What the default scenarios assume; none of it comes from the regulations. `docs/simulation.md` gives
    /// the reasons.
    public struct Assumptions: Hashable, Sendable {
        /// Kegiatan a year per Pejabat Fungsional and Pelaksana (as an individual or a team member).
        public var casesPerExecutor: Int
        /// The fewest kegiatan a year of any scenario.
        public var minimumCases: Int
        /// Assignment shares when the region has a penunjukan lintas unit mechanism.
        public var sharesWithMechanism: AssignmentShares
        /// Assignment shares when it has none.
        public var sharesWithoutMechanism: AssignmentShares
        /// Anggota per team.
        public var teamSize: Distribution
        /// Step durations by the kind of work, in seconds of working time.
        public var durations: [StepWork: Distribution]
        /// Probability that a result goes back for perbaikan.
        public var perbaikan: Double
        /// Probability that the other unit refuses a penunjukan request.
        public var refusal: Double
        /// Penunjukan requests a kegiatan makes before it goes on without outside help.
        public var attempts: Int
        /// Calendar seconds a penunjukan letter takes.
        public var letterDelay: Distribution
        /// Seconds of working time of each step of the penunjukan mechanism.
        public var mechanismStep: Distribution
        /// The order in which a position serves waiting work.
        public var queue: QueueDiscipline
        /// Working hours and holidays.
        public var calendar: WorkCalendar
        /// Calendar seconds of a run.
        public var horizon: Int64
        /// Replications of a run.
        public var replications: Int
        /// The seed of every scenario.
        public var seed: UInt64

        /// Creates assumptions.
        public init(
            casesPerExecutor: Int, minimumCases: Int, sharesWithMechanism: AssignmentShares,
            sharesWithoutMechanism: AssignmentShares, teamSize: Distribution, durations: [StepWork: Distribution],
            perbaikan: Double, refusal: Double, attempts: Int, letterDelay: Distribution, mechanismStep: Distribution,
            queue: QueueDiscipline, calendar: WorkCalendar, horizon: Int64, replications: Int, seed: UInt64
        ) {
            self.casesPerExecutor = casesPerExecutor
            self.minimumCases = minimumCases
            self.sharesWithMechanism = sharesWithMechanism
            self.sharesWithoutMechanism = sharesWithoutMechanism
            self.teamSize = teamSize
            self.durations = durations
            self.perbaikan = perbaikan
            self.refusal = refusal
            self.attempts = attempts
            self.letterDelay = letterDelay
            self.mechanismStep = mechanismStep
            self.queue = queue
            self.calendar = calendar
            self.horizon = horizon
            self.replications = replications
            self.seed = seed
        }

        /// The duration of a kind of work; an unlisted kind takes that of ``StepWork/lain``, or nothing.
        public func duration(of work: StepWork) -> Distribution {
            durations[work] ?? durations[.lain] ?? .fixed(0)
        }

        /// The library's assumptions: 10 kegiatan a year per JF/pelaksana, 60/30/10% individu / tim kerja /
        /// lintas unit, 20% perbaikan and refusals, evaluation served first, government hours and the
        /// holidays of 2026, one year, 30 replications, seed 20260101.
        public static let standard: Assumptions = {
            let minute = 60.0, hour = 3600.0, day = 86_400.0
            func triangular(_ min: Double, _ mode: Double, _ max: Double) -> Distribution {
                .triangular(min: min * hour, mode: mode * hour, max: max * hour)
            }
            func lognormal(mean: Double, sd: Double, max: Double) -> Distribution {
                .lognormal(mean: mean * hour, sd: sd * hour, truncation: Truncation(upper: max * hour))
            }
            // Moving national holidays and cuti bersama of 2026: approximate dates, to adjust to the SKB 3 Menteri.
            let holidays = [(1, 16), (2, 17), (3, 19), (3, 20), (3, 21), (3, 23), (3, 24), (4, 3), (5, 14), (5, 27),
                            (5, 31), (6, 16), (8, 25)].map { CalendarDate(year: 2026, month: $0.0, day: $0.1) }
            return Assumptions(
                casesPerExecutor: 10, minimumCases: 20,
                sharesWithMechanism: AssignmentShares(individu: 0.6, timKerja: 0.3, lintasUnit: 0.1),
                sharesWithoutMechanism: AssignmentShares(individu: 0.65, timKerja: 0.35),
                teamSize: .empirical(values: [2, 3, 4], weights: [0.3, 0.4, 0.3]),
                durations: [
                    .siklus: triangular(4, 8, 16),
                    .arahan: triangular(0.5, 1, 3),
                    .susunRencana: triangular(2, 4, 8),
                    .pelaksanaanIndividu: lognormal(mean: 24, sd: 10, max: 80),
                    .pelaksanaanAnggota: lognormal(mean: 16, sd: 6, max: 48),
                    .laporanTim: triangular(2, 3, 6),
                    .monitoring: triangular(0.5, 1, 2),
                    .tinjau: triangular(0.5, 1, 3),
                    .lain: triangular(1, 2, 4),
                ],
                perbaikan: 0.2, refusal: 0.2, attempts: 3,
                letterDelay: .triangular(min: 1 * day, mode: 2 * day, max: 5 * day),
                mechanismStep: .triangular(min: 30 * minute, mode: 1 * hour, max: 2 * hour),
                queue: .priority([QueueRank(key: Stage.evaluasi.rawValue, rank: 1), QueueRank(key: Stage.pelaksanaan.rawValue, rank: 2)]),
                calendar: WorkCalendar(holidays: holidays, start: CalendarDate(year: 2026, month: 1, day: 1)),
                horizon: 365 * 86_400, replications: 30, seed: 20_260_101)
        }()
    }

    /// The kind of work a step of a stage flow is, which sets its default duration.
    public enum StepWork: String, CaseIterable, Hashable, Sendable {
        /// Once a year: the perjanjian kinerja and SKP (`cadence: siklus`).
        case siklus
        /// A leader's direction or strategy in planning.
        case arahan
        /// JF/pelaksana drafting the plan or the rincian.
        case susunRencana = "susun-rencana"
        /// One official carrying out the kegiatan (the target of an `individu` branch).
        case pelaksanaanIndividu = "pelaksanaan-individu"
        /// Each anggota tim's part of a team's work.
        case pelaksanaanAnggota = "pelaksanaan-anggota"
        /// The ketua tim's steps: joining the members' work and reporting it.
        case laporanTim = "laporan-tim"
        /// A leader monitoring implementation.
        case monitoring
        /// A review in evaluation (and an executor's step outside planning and implementation).
        case tinjau
        /// Anything else: a leader's step in no stage.
        case lain
    }
}
