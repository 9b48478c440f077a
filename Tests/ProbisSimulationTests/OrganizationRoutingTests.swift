import ProbisModel
import ProbisReport
@testable import ProbisSimulation
import Testing

/// Kegiatan run on an organization's people: each unit's own head reviews its kegiatan (no pooling by
/// accident), a performer keeps a kegiatan from start to end, and reviews go up the performer's own chain.
struct OrganizationRoutingTests {
    /// A head, two Kepala Bidang (PPK) and pelaksana under them; a kegiatan is done by a pelaksana and
    /// reviewed by a Kepala Bidang.
    static let type = OrganizationType(
        header: DocumentHeader(id: "uji.dinas", kind: .organizationType, title: "Dinas Uji"),
        positions: [
            Position(id: "kepala", title: "Kepala Dinas", tier: .jptPratama, roles: [.pimpinanUnit, .ppk]),
            Position(id: "kabid", title: "Kepala Bidang", tier: .administrator, headcount: 2, reportsTo: Reference("kepala"), roles: [.pimpinanUnit, .ppk]),
            Position(id: "staf", title: "Pelaksana", tier: .pelaksana, headcount: 30, reportsTo: Reference("kabid")),
        ],
        flow: CrossFunctionalMap(
            lanes: [Lane(id: "kabid", title: "Kepala Bidang", positions: [Reference("kabid")]),
                    Lane(id: "pelaksana", title: "Pelaksana", positions: [Reference("staf")], role: .jfPelaksana)],
            steps: [
                FlowStep(id: "mulai", kind: .start, lane: Reference("pelaksana"), text: "Mulai", next: [Reference("kerjakan")]),
                FlowStep(id: "kerjakan", lane: Reference("pelaksana"), stage: .pelaksanaan, text: "kerjakan", next: [Reference("tinjau")]),
                FlowStep(id: "tinjau", lane: Reference("kabid"), stage: .evaluasi, text: "tinjau", next: [Reference("laporkan")]),
                FlowStep(id: "laporkan", lane: Reference("pelaksana"), stage: .evaluasi, text: "laporkan", next: [Reference("selesai")]),
                FlowStep(id: "selesai", kind: .end, lane: Reference("pelaksana"), text: "Selesai"),
            ]))

    /// Bidang A has 20 pelaksana and so two thirds of the kegiatan; bidang B has 10.
    static let organization = Organization(
        header: DocumentHeader(id: "uji.dinas.contoh", kind: .organization, title: "Dinas Contoh"), type: Reference("uji.dinas"),
        units: [
            OrganizationUnit(id: "dinas", title: "Dinas", head: Reference("kepala")),
            OrganizationUnit(id: "a", title: "Bidang A", parent: Reference("dinas"), head: Reference("kabid"), headTitle: "Kepala Bidang A",
                             staff: [UnitStaffing(position: Reference("staf"), count: 20)]),
            OrganizationUnit(id: "b", title: "Bidang B", parent: Reference("dinas"), head: Reference("kabid"), headTitle: "Kepala Bidang B",
                             staff: [UnitStaffing(position: Reference("staf"), count: 10)]),
        ])

    static func scenario(pooled: [PositionID] = [], horizonDays: Int64 = 120, replications: Int = 20) -> Scenario {
        Scenario(
            header: DocumentHeader(id: "uji.dinas.skenario", kind: .scenario, title: "Skenario"), organization: Reference("uji.dinas.contoh"),
            workload: Workload(arrivals: .interarrival(DistributionSpec(.exponential(mean: 600, truncation: .nonNegative)))),
            durations: DurationTable([
                StepDuration(step: Reference("kerjakan"), duration: DistributionSpec(.fixed(1))),
                StepDuration(step: Reference("tinjau"), duration: DistributionSpec(.exponential(mean: 480, truncation: .nonNegative))),
                StepDuration(step: Reference("laporkan"), duration: DistributionSpec(.fixed(1))),
            ]),
            calendar: .alwaysOpen(), horizon: horizonDays * 86_400, warmUp: 2 * 86_400, replications: replications, seed: 2026,
            pooled: pooled.map { Reference($0) })
    }

    static func run(_ scenario: Scenario) throws -> SimulationRun {
        let library = Library(documents: [.organizationType(type), .organization(organization), .scenario(scenario)])
        return try Simulator.run(try SimulationModel.compile(scenario, in: library), threads: 2)
    }

    @Test("Each Kepala Bidang waits as an M/M/1 queue of their own bidang's load, not as the pair's M/M/2")
    func eachHeadServesTheirOwnUnit() throws {
        let summary = try Self.run(Self.scenario()).summary
        #expect(summary.unitRows.map(\.id) == ["a", "b"])
        #expect(summary.units == "uji.dinas.contoh")
        for (unit, share) in [("a", 2.0 / 3), ("b", 1.0 / 3)] {
            let head = try #require(summary.resources.first { $0.id == "\(unit)/kabid" })
            let expected = QueueingTheory.erlangCWait(arrivalRate: share / 600, serviceRate: 1.0 / 480, servers: 1) / 3600
            let wait = try #require(head.meanWaitHours)
            #expect(wait.contains(expected), "\(head.title): \(wait.mean) ± \(wait.halfWidth ?? 0) h, M/M/1 \(expected) h")
            #expect(head.title == "Kepala Bidang \(unit.uppercased())")
        }
    }

    @Test("Pooled Kepala Bidang (asked for) wait as one M/M/2 queue")
    func pooledHeadsAreOneQueue() throws {
        let summary = try Self.run(Self.scenario(pooled: ["kabid"])).summary
        let pool = try #require(summary.resources.first { $0.id == "kumpulan/kabid" })
        #expect(pool.headcount == 2)
        let expected = QueueingTheory.erlangCWait(arrivalRate: 1.0 / 600, serviceRate: 1.0 / 480, servers: 2) / 3600
        let wait = try #require(pool.meanWaitHours)
        #expect(wait.contains(expected), "pool: \(wait.mean) ± \(wait.halfWidth ?? 0) h, M/M/2 \(expected) h")
    }

    @Test("A performer keeps a kegiatan, and its review goes to the Kepala Bidang of the performer's own bidang")
    func performerContinuityAndChainRouting() throws {
        let scenario = Self.scenario(horizonDays: 10, replications: 1)
        let library = Library(documents: [.organizationType(Self.type), .organization(Self.organization), .scenario(scenario)])
        let model = try SimulationModel.compile(scenario, in: library)
        let (_, log) = try Simulator.replicate(model, replication: 0, eventLog: true)
        let rows = model.eventLogCSV(try #require(log)).split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        let cases = Dictionary(grouping: rows, by: { $0[0] })
        #expect(cases.count > 1000)
        var performers: Set<String> = []
        for (caseID, steps) in cases where steps.contains(where: { $0[1] == "laporkan" }) {
            let own = steps.filter { $0[1] == "kerjakan" || $0[1] == "laporkan" }.map { $0[3] }
            #expect(Set(own).count == 1, "kegiatan \(caseID) changed hands: \(own)")
            let unit = own.first.map { String($0.prefix { $0 != "/" }) } ?? "?"
            let reviewers = steps.filter { $0[1] == "tinjau" }.map { $0[3] }
            #expect(reviewers == ["\(unit)/kabid"], "kegiatan \(caseID) of \(unit) reviewed by \(reviewers)")
            performers.formUnion(own)
        }
        // Every one of the 30 pelaksana gets kegiatan: least assigned work first.
        #expect(performers.count == 30)
    }

    @Test("People named in with: are held for the step: each Kepala Bidang is busy for their own bidang's joint work")
    func participantsAreHeld() throws {
        var type = Self.type
        type.flow = CrossFunctionalMap(
            lanes: type.flow!.lanes,
            steps: [
                FlowStep(id: "mulai", kind: .start, lane: Reference("pelaksana"), text: "Mulai", next: [Reference("rapat")]),
                FlowStep(id: "rapat", lane: Reference("pelaksana"), participants: [Reference("kabid")], stage: .pelaksanaan,
                         text: "membahas bersama Kepala Bidang", next: [Reference("selesai")]),
                FlowStep(id: "selesai", kind: .end, lane: Reference("pelaksana"), text: "Selesai"),
            ])
        var scenario = Self.scenario(horizonDays: 200, replications: 10)
        scenario.workload = Workload(arrivals: .interarrival(DistributionSpec(.exponential(mean: 3000, truncation: .nonNegative))))
        scenario.durations = DurationTable([StepDuration(step: Reference("rapat"), duration: DistributionSpec(.fixed(600)))])
        let library = Library(documents: [.organizationType(type), .organization(Self.organization), .scenario(scenario)])
        let summary = try Simulator.run(try SimulationModel.compile(scenario, in: library), threads: 2).summary
        for (unit, share) in [("a", 2.0 / 3), ("b", 1.0 / 3)] {
            let head = try #require(summary.resources.first { $0.id == "\(unit)/kabid" })
            let utilization = try #require(head.utilization)
            let expected = share / 3000 * 600
            #expect(utilization.contains(expected), "\(head.title): \(utilization.mean) ± \(utilization.halfWidth ?? 0), expected \(expected)")
        }
    }

    @Test("The workload's kegiatan per unit set each unit's share")
    func unitWorkloadsSetShares() throws {
        var scenario = Self.scenario(horizonDays: 60, replications: 5)
        scenario.workload.units = [UnitWorkload(unit: Reference("a"), perYear: 100), UnitWorkload(unit: Reference("b"), perYear: 300)]
        let summary = try Self.run(scenario).summary
        #expect(summary.unitRows.map(\.share) == [0.25, 0.75])
        let a = try #require(summary.unitRows[0].completed?.mean), b = try #require(summary.unitRows[1].completed?.mean)
        #expect(abs(b / a - 3) < 0.3, "completed \(a) and \(b)")
    }

    @Test("Arrivals in calendar time come at night and over the weekend; in working time they do not")
    func calendarArrivals() throws {
        func enableHours(calendar: Bool) throws -> [Int] {
            var scenario = Self.scenario(horizonDays: 30, replications: 1)
            scenario.calendar = WorkCalendar()
            scenario.workload.calendarArrivals = calendar
            let library = Library(documents: [.organizationType(Self.type), .organization(Self.organization), .scenario(scenario)])
            let model = try SimulationModel.compile(scenario, in: library)
            let (_, log) = try Simulator.replicate(model, replication: 0, eventLog: true)
            let rows = model.eventLogCSV(try #require(log)).split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
            // The hour at which each kegiatan's first step could start: its arrival.
            return rows.filter { $0[1] == "kerjakan" }.compactMap { Int($0[4].dropFirst(11).prefix(2)) }
        }
        let working = try enableHours(calendar: false)
        let around = try enableHours(calendar: true)
        #expect(!working.isEmpty && working.allSatisfy { (7...16).contains($0) })
        #expect(around.contains { $0 < 7 || $0 > 16 })
    }

    @Test("A position with its own calendar works only in its own hours")
    func positionCalendars() throws {
        var scenario = Self.scenario(horizonDays: 20, replications: 1)
        scenario.calendar = WorkCalendar()
        var mornings = WorkCalendar()
        mornings.week = (0..<7).map { $0 < 5 ? [WorkingPeriod(start: 8 * 3600, end: 12 * 3600)] : [] }
        scenario.positionCalendars = [PositionCalendar(position: Reference("kabid"), calendar: mornings)]
        scenario.durations = DurationTable([
            StepDuration(step: Reference("kerjakan"), duration: DistributionSpec(.fixed(1800))),
            StepDuration(step: Reference("tinjau"), duration: DistributionSpec(.fixed(1800))),
            StepDuration(step: Reference("laporkan"), duration: DistributionSpec(.fixed(60))),
        ])
        scenario.workload = Workload(arrivals: .perCycle(2000))
        let library = Library(documents: [.organizationType(Self.type), .organization(Self.organization), .scenario(scenario)])
        let model = try SimulationModel.compile(scenario, in: library)
        let (_, log) = try Simulator.replicate(model, replication: 0, eventLog: true)
        let rows = model.eventLogCSV(try #require(log)).split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        func clock(_ stamp: String) -> Int { Int(stamp.dropFirst(11).prefix(2))! * 60 + Int(stamp.dropFirst(14).prefix(2))! }
        let reviews = rows.filter { $0[1] == "tinjau" }
        let work = rows.filter { $0[1] == "kerjakan" }
        #expect(reviews.count > 50 && work.count > 50)
        #expect(reviews.allSatisfy { clock($0[5]) >= 8 * 60 && clock($0[6]) <= 12 * 60 })
        #expect(work.contains { clock($0[5]) >= 12 * 60 })
    }
}

/// A cross-unit team takes its outside anggota from another unit of the organization.
struct CrossUnitTeamTests {
    @Test("After an approved penunjukan lintas unit, one anggota of each team is a performer of another unit")
    func outsideMemberComesFromAnotherUnit() throws {
        let organization = Organization(
            header: DocumentHeader(id: "uji.kantor.dua-unit", kind: .organization, title: "Kantor Dua Unit"), type: Reference("uji.kantor"),
            units: [
                OrganizationUnit(id: "kantor", title: "Kantor", head: Reference("kepala")),
                OrganizationUnit(id: "a", title: "Unit A", parent: Reference("kantor"), staff: [UnitStaffing(position: Reference("staf"), count: 3)]),
                OrganizationUnit(id: "b", title: "Unit B", parent: Reference("kantor"), staff: [UnitStaffing(position: Reference("staf"), count: 3)]),
            ])
        var scenario = OfficeFixture.scenario(cases: 12)
        scenario.organization = Reference("uji.kantor.dua-unit")
        scenario.workload.shares = AssignmentShares(individu: 0, timKerja: 0, lintasUnit: 1)
        scenario.penunjukan?.refusal = 0
        let library = Library(documents: OfficeFixture.library(scenario).documents + [.organization(organization)])
        let model = try SimulationModel.compile(scenario, in: library)
        let (_, log) = try Simulator.replicate(model, replication: 0, eventLog: true)
        let rows = model.eventLogCSV(try #require(log)).split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        let cases = Dictionary(grouping: rows.filter { Int($0[0]) != nil }, by: { $0[0] })
        #expect(cases.count == 12)
        for (caseID, steps) in cases {
            let unit = steps.first { $0[1] == "susun" }.map { String($0[3].prefix { $0 != "/" }) }
            let members = steps.filter { $0[1] == "anggota" }.map { String($0[3].prefix { $0 != "/" }) }
            #expect(!members.isEmpty && members.contains { $0 != unit }, "kegiatan \(caseID) of \(unit ?? "?"): anggota from \(members)")
        }
    }
}
