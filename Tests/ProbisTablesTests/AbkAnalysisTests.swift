import ProbisModel
import Testing

/// The static ABK figure of the shipped example table, against sums worked out by hand from its rows
/// (volume × periods a year × norma waktu; a year has 250 working days, 50 weeks, 12 months under 1,250 h).
struct AbkAnalysisTests {
    /// (unit, position, beban kerja in hours a year as summed by hand, pegawai saat ini).
    static let byHand: [(String, String, Double, Int)] = [
        ("dinas", "kepala-pd", 1 * 16 + 1 * 8 + 6 * 50 * 45 / 60 + 6 * 50 * 40 / 60 + 4 * 50 * 2 + 20 * 250 * 3 / 60, 1),
        ("sekretariat", "kepala-bidang", 4 * 12 * 2 + 1 * 50 * 1 + 20 * 12 * 1 + 12 * 10 + 1 * 250 * 2, 1),
        ("sekretariat", "kasubbag", 20 * 12 * 1.5 + 8 * 250 * 15 / 60 + 12 * 16, 1),
        ("sekretariat", "jf-ahli-muda", 3 * 12 * 20 + 4 * 3 + 2 * 120 + 4 * 60, 1),
        ("sekretariat", "jf-ahli-pertama", 5 * 12 * 4 + 6 * 12 * 16 + 12 * 40, 2),
        ("sekretariat", "pelaksana", 20 * 12 * 12 + 2 * 12 * 6 + 20 * 250 * 5 / 60 + 10 * 250 * 15 / 60, 6),
        ("kesmas", "kepala-bidang", 3 * 12 * 2 + 12 * 12 * 1 + 1 * 50 * 3, 1),
        ("kesmas", "kasubbag", 12 * 12 * 1.5 + 2 * 50 * 3, 1),
        ("kesmas", "jf-ahli-muda", 3 * 12 * 24, 1),
        ("kesmas", "jf-ahli-pertama", 12 * 12 * 14 + 1 * 12 * 10 + 12 * 24, 3),
        ("kesmas", "pelaksana", 12 * 12 * 5 + 4 * 250 * 30 / 60, 2),
        ("p2p", "kepala-bidang", 6 * 12 * 2 + 2 * 50 * 45 / 60 + 30 * 12 * 75 / 60 + 2 * 50 * 3, 1),
        ("p2p", "kasubbag", 30 * 12 * 2 + 12 * 24, 1),
        ("p2p", "jf-ahli-muda", 6 * 12 * 20 + 1 * 12 * 3, 2),
        ("p2p", "jf-ahli-pertama", 30 * 12 * 14 + 4 * 12 * 8, 6),
        ("p2p", "pelaksana", 30 * 12 * 4 + 8 * 250 * 30 / 60, 4),
        ("yankes", "kepala-bidang", 4 * 12 * 2 + 20 * 12 * 1 + 1 * 50 * 3, 1),
        ("yankes", "kasubbag", 20 * 12 * 1.5 + 2 * 250 * 30 / 60, 1),
        ("yankes", "jf-ahli-muda", 3 * 12 * 30, 1),
        ("yankes", "jf-ahli-pertama", 20 * 12 * 12, 4),
        ("yankes", "pelaksana", 20 * 12 * 4 + 2 * 12 * 8 + 3 * 250 * 30 / 60, 3),
        ("sdk", "kepala-bidang", 2 * 12 * 2 + 6 * 12 * 1 + 1 * 50 * 3, 1),
        ("sdk", "kasubbag", 6 * 12 * 1.5 + 1 * 250 * 1, 1),
        ("sdk", "jf-ahli-pertama", 6 * 12 * 20 + 1 * 250 * 1, 2),
        ("sdk", "pelaksana", 6 * 12 * 4 + 6 * 12 * 10 + 12 * 16, 2),
    ]

    @Test func kebutuhanPegawaiOfEveryPositionEqualsTheHandSums() throws {
        let (scenario, type, organization) = try ExampleLibrary.abkScenario()
        let table = try #require(scenario.abk?.loaded)
        #expect(table.problems(organization: organization, type: type) { scenario.staffing(of: $0, in: type) }.isEmpty)
        let analysis = AbkAnalysis(table: table, organization: organization, type: type, wkeHours: 1250)
        let figures = analysis.units.flatMap(\.positions)
        #expect(figures.map { "\($0.unit!.rawValue)/\($0.position.rawValue)" } == Self.byHand.map { "\($0.0)/\($0.1)" })
        for (figure, (unit, position, hours, people)) in zip(figures, Self.byHand) {
            #expect(abs(figure.hours - hours) < 1e-9, "\(unit)/\(position) beban kerja")
            #expect(abs(figure.required - hours / 1250) < 1e-12, "\(unit)/\(position) kebutuhan pegawai")
            #expect(figure.headcount == people, "\(unit)/\(position) pegawai saat ini")
            #expect(abs(figure.efficiency! - hours / 1250 / Double(people)) < 1e-12, "\(unit)/\(position) efisiensi jabatan")
        }
        // Two whole values worked out on paper: P2P's Ahli Pertama need 5,424 h ÷ 1,250 h = 4.3392 people
        // (EJ 0.7232, grade C); the Kepala Dinas 1,099 h ÷ 1,250 h = 0.8792 (grade C).
        let p2p = try #require(analysis.figure(of: "jf-ahli-pertama", in: "p2p"))
        #expect(p2p.title == "Pejabat Fungsional Ahli Pertama")
        #expect(abs(p2p.required - 4.3392) < 1e-12 && p2p.grade == .c)
        let head = try #require(analysis.figure(of: "kepala-pd", in: "dinas"))
        #expect(head.title == "Kepala Dinas Kesehatan" && abs(head.required - 0.8792) < 1e-12 && head.grade == .c)
        // Over the organization: each position's hours and people summed over its units.
        let totals = Dictionary(grouping: Self.byHand, by: \.1).mapValues { rows in (rows.reduce(0) { $0 + $1.2 }, rows.reduce(0) { $0 + $1.3 }) }
        #expect(analysis.positions.map(\.position.rawValue) == ["kepala-pd", "kepala-bidang", "kasubbag", "jf-ahli-muda", "jf-ahli-pertama", "pelaksana"])
        for figure in analysis.positions {
            let (hours, people) = try #require(totals[figure.position.rawValue])
            #expect(abs(figure.hours - hours) < 1e-9 && figure.headcount == people)
        }
    }

    @Test func theOlderBaseOf1200HoursGivesMoreDays() throws {
        let (scenario, type, organization) = try ExampleLibrary.abkScenario()
        let table = try #require(scenario.abk?.loaded)
        let analysis = AbkAnalysis(table: table, organization: organization, type: type, wkeHours: 1200)
        // 240 days and 48 weeks a year: 20 × 240 × 3 min = 240 h of signing, 4 × 48 × 2 h = 384 h of meetings.
        let head = try #require(analysis.figure(of: "kepala-pd", in: "dinas"))
        let planning: Double = 16 + 8, review: Double = 6 * 48 * 45 / 60 + 6 * 48 * 40 / 60
        let other: Double = 4 * 48 * 2 + 20 * 240 * 3 / 60
        let hours = planning + review + other
        #expect(abs(head.hours - hours) < 1e-9 && abs(head.required - hours / 1200) < 1e-12)
    }

    @Test func gradesFollowTheApplicationsBands() {
        #expect([1.2, 1.0, 0.9, 0.89, 0.7, 0.69, 0.5, 0.49].map { AbkGrade(efficiency: $0) } == [.a, .b, .b, .c, .c, .d, .d, .e])
    }
}
