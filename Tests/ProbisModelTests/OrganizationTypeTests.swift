import ProbisModel
import Testing

struct OrganizationTypeTests {
    static let type = OrganizationType(
        header: DocumentHeader(id: "contoh.pd", kind: .organizationType, title: "Perangkat Daerah"),
        positions: [
            Position(id: "kepala", title: "Kepala Perangkat Daerah", tier: .jptPratama, roles: [.pimpinanUnit, .ppk]),
            Position(id: "kabid", title: "Kepala Bidang", tier: .administrator, headcount: 4, reportsTo: Reference("kepala"), roles: [.ppk]),
            Position(id: "kasi", title: "Kepala Seksi", tier: .pengawas, reportsTo: Reference("kabid"), roles: [.koordinator]),
            Position(id: "jf", title: "Pejabat Fungsional", tier: .jfAhliPertama, headcount: 8, reportsTo: Reference("kasi")),
            Position(id: "madya", title: "JF Ahli Madya", tier: .jfAhliMadya, reportsTo: Reference("kepala")),
            Position(id: "staf", title: "Pelaksana", tier: .pelaksana, reportsTo: Reference("kasi"), assessor: Reference("kepala")),
        ])

    @Test func reportingLines() {
        #expect(Self.type.heads.map(\.id) == ["kepala"])
        #expect(Self.type.subordinates(of: "kepala").map(\.id) == ["kabid", "madya"])
        #expect(Self.type.superiors(of: "jf").map(\.id) == ["kasi", "kabid", "kepala"])
        #expect(Self.type.levels.map { $0.map(\.id) } == [["kepala"], ["kabid", "madya"], ["kasi"], ["jf", "staf"]])
    }

    @Test func assessorIsTheNearestPPKUnlessNamed() {
        // A coordinating Kasi is not a PPK: the JF under it are assessed by the Kepala Bidang.
        #expect(Self.type.assessor(of: "jf")?.id == "kabid")
        #expect(Self.type.assessor(of: "staf")?.id == "kepala")
        #expect(Self.type.assessor(of: "kepala") == nil)
    }

    @Test func tiers() {
        #expect(JabatanTier.administrator.isAtLeast(.pengawas))
        #expect(!JabatanTier.jfAhliMuda.isAtLeast(.pengawas))
        #expect(JabatanTier.jfKeterampilan.isFunctional && !JabatanTier.pelaksana.isFunctional)
        #expect(JabatanTier.allCases.filter(\.isStructural) == [.jptMadya, .jptPratama, .administrator, .pengawas])
    }

    @Test func suggestions() {
        #expect(Suggestion.closest(to: "kasubag", in: ["kepala-pd", "kasubbag", "jf"]) == "kasubbag")
        #expect(Suggestion.closest(to: "xyz", in: ["kepala-pd", "kasubbag"]) == nil)
        #expect(Suggestion.editDistance("pengawas", "pengawass") == 1)
    }

    @Test func locationsDoNotAffectEquality() {
        var moved = Self.type
        moved.positions[0].location = SourceLocation(file: "a.yaml", line: 3, column: 5)
        moved.positions[1].reportsTo = Reference("kepala", at: SourceLocation(file: "b.yaml", line: 9, column: 1))
        #expect(moved == Self.type)
    }
}
