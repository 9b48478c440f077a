import ProbisModel
import Testing

/// Organizations: units instantiate a type's positions; reporting lines follow the units.
struct OrganizationTests {
    /// Kaltim Tipe 2 in small: four Kepala Bidang (PPK), one coordinating Pengawas per bidang, JF and
    /// pelaksana reporting to the Kepala Bidang, a JF Ahli Madya under the head.
    static let type = OrganizationType(
        header: DocumentHeader(id: "uji.pd", kind: .organizationType, title: "Perangkat Daerah Uji"),
        positions: [
            Position(id: "kepala", title: "Kepala Perangkat Daerah", tier: .jptPratama, roles: [.pimpinanUnit, .ppk]),
            Position(id: "kabid", title: "Kepala Bidang", tier: .administrator, headcount: 4, reportsTo: Reference("kepala"), roles: [.pimpinanUnit, .ppk]),
            Position(id: "kasi", title: "Kepala Seksi", tier: .pengawas, headcount: 4, reportsTo: Reference("kabid"), roles: [.koordinator]),
            Position(id: "jf", title: "Pejabat Fungsional", tier: .jfAhliPertama, headcount: 10, reportsTo: Reference("kabid")),
            Position(id: "madya", title: "JF Ahli Madya", tier: .jfAhliMadya, reportsTo: Reference("kepala")),
        ])

    @Test func theDerivedOrganizationGivesEachUnitHeadItsOwnUnitAndSharesTheRestEvenly() {
        let derived = Organization.derived(from: Self.type)
        let summary = derived.units.map { unit in
            "\(unit.id) < \(unit.parent?.id.rawValue ?? "-") head \(unit.head?.id.rawValue ?? "-"): "
                + unit.staff.map { "\($0.position.id)×\($0.count)" }.joined(separator: " ")
        }
        #expect(summary == [
            "organisasi < - head kepala: madya×1",
            "kabid-1 < organisasi head kabid: kasi×1 jf×3",
            "kabid-2 < organisasi head kabid: kasi×1 jf×3",
            "kabid-3 < organisasi head kabid: kasi×1 jf×2",
            "kabid-4 < organisasi head kabid: kasi×1 jf×2",
        ])
        #expect(derived.units.map(\.title)[0...1] == ["Perangkat Daerah Uji", "Unit 1"])
        #expect(Self.type.positions.allSatisfy { derived.headcount(of: $0.id) == $0.headcount })
    }

    @Test func everyPersonReportsToASpecificPersonOfTheirOwnChain() {
        let people = Organization.derived(from: Self.type).people(of: Self.type)
        #expect(people.withoutSuperior.isEmpty)
        #expect(people.persons.count == 1 + 4 + 4 + 10 + 1)
        let jf = people.person("kabid-3/jf/2")
        #expect(jf?.superior == "kabid-3/kabid")
        #expect(jf?.coordinator == "kabid-3/kasi")
        #expect(people.superiors(of: "kabid-3/jf/2").map(\.id) == ["kabid-3/kabid", "organisasi/kepala"])
        #expect(people.person("organisasi/madya")?.superior == "organisasi/kepala")
        #expect(people.person("organisasi/madya")?.coordinator == nil)
        #expect(people.person("kabid-1/kasi")?.coordinator == nil)
    }

    @Test func severalSuperiorsInOneUnitShareTheirSubordinatesInBlocks() {
        let organization = Organization(
            header: DocumentHeader(id: "uji.org", kind: .organization, title: "Uji"), type: Reference("uji.pd"),
            units: [
                OrganizationUnit(id: "dinas", title: "Dinas", head: Reference("kepala")),
                OrganizationUnit(id: "bidang", title: "Bidang", parent: Reference("dinas"), head: Reference("kabid"), headTitle: "Kepala Bidang Uji",
                                 staff: [UnitStaffing(position: Reference("kasi"), count: 2), UnitStaffing(position: Reference("jf"), count: 5)]),
            ])
        let people = organization.people(of: Self.type)
        #expect(people.members(of: "bidang").map { "\($0.id) → \($0.coordinator?.rawValue ?? "-")" } == [
            "bidang/kabid → -", "bidang/kasi/1 → -", "bidang/kasi/2 → -",
            "bidang/jf/1 → bidang/kasi/1", "bidang/jf/2 → bidang/kasi/1", "bidang/jf/3 → bidang/kasi/1",
            "bidang/jf/4 → bidang/kasi/2", "bidang/jf/5 → bidang/kasi/2",
        ])
        #expect(people.person("bidang/kabid")?.title == "Kepala Bidang Uji")
        #expect(people.person("bidang/jf/4")?.title == "Pejabat Fungsional 4, Bidang")
    }
}
