import Foundation
import ProbisModel
import ProbisRules
import ProbisYAML
import Testing

/// `probis reorganize` on the shipped library: each penyetaraan a region's text defines gives an
/// organization that validates against the target type, keeps every JF/pelaksana and carries the workload
/// over with steps matched by stage and role.
struct ReorganizationTests {
    static var library: Library { ShippedLibrary.library }

    /// Reorganizes, validates the result with the library, and checks what every pair must keep.
    func checked(_ organization: String, to target: String) throws -> Reorganization {
        let own = Self.library.scenarios.filter { $0.organization.id == DocumentID(organization) }
        let scenario = try #require(own.first(where: \.isDefault) ?? own.first { $0.header.id.rawValue == organization + ".bawaan" })
        var result = try Reorganization(organization: organization, to: target, in: Self.library, scenario: scenario)
        try result.carryOver(scenario)
        let after = try #require(result.scenario)
        // Validates against the target type, with the rest of the library, as written and read back.
        let documents = [Document.organization(result.organization), .scenario(after)].map { document in
            ProcessMapsDecoder.decode(text: ProcessMapsEncoder.encode(document), file: "\(document.id).yaml")
        }
        #expect(documents.flatMap(\.diagnostics).isEmpty)
        let written = documents.compactMap(\.document)
        let combined = Library(documents: Self.library.documents.filter { document in !written.contains { $0.id == document.id } } + written)
        #expect((Validator.validate(combined) + RuleBook.standard.check(combined)).filter { $0.severity == .error }.map(\.codedDescription) == [])
        #expect(result.organization.type.id == DocumentID(target))
        // Every JF and pelaksana is kept, in the same unit; the converted holders join them.
        let beforePeople = result.before.people(of: result.beforeType).persons
        let afterPeople = result.organization.people(of: result.afterType).persons
        #expect(afterPeople.count == beforePeople.count)
        func executors(_ people: [Person], _ type: OrganizationType) -> [UnitID: Int] {
            people.filter { type.position($0.position).map { !$0.leadsOrAssesses } ?? false }
                .reduce(into: [:]) { $0[$1.unit, default: 0] += 1 }
        }
        var expected = executors(beforePeople, result.beforeType)
        for item in result.converted where result.beforeType.position(item.from)?.leadsOrAssesses == true {
            expected[item.unit, default: 0] += item.count
        }
        #expect(executors(afterPeople, result.afterType) == expected)
        // The same workload, probabilities, calendar, seed and replications.
        #expect(after.workload == scenario.workload)
        #expect(after.calendar == scenario.calendar && after.seed == scenario.seed && after.replications == scenario.replications)
        #expect(after.branches.map(\.probabilities) == scenario.branches.map(\.probabilities))
        // Each activity of the after flow takes the duration of the before step it matches.
        for match in result.matches {
            let before = try #require(match.before)
            #expect(after.durations.duration(of: match.after) == scenario.durations.duration(of: before))
        }
        return result
    }

    @Test("Kaltim Tipe 2 → Tipe 1: every Kasubbag becomes a JF Ahli Muda of the same bidang; the Tipe 2 review by the Kasubbag drops out")
    func tipe2to1() throws {
        let result = try checked("kaltim.contoh.dinas-kesehatan", to: "kaltim.pd-tipe-1")
        #expect(result.converted.map { "\($0.unit): \($0.count) \($0.from) → \($0.to)" } == [
            "sekretariat: 1 kasubbag → jf-ahli-muda", "kesmas: 1 kasubbag → jf-ahli-muda", "p2p: 1 kasubbag → jf-ahli-muda",
            "yankes: 1 kasubbag → jf-ahli-muda", "sdk: 1 kasubbag → jf-ahli-muda",
        ])
        #expect(result.organization.units.map { unit in
            "\(unit.id) \(unit.head?.id.rawValue ?? "-") " + unit.staff.map { "\($0.position.id)=\($0.count)" }.joined(separator: ",")
        } == [
            "dinas kepala-pd ",
            "sekretariat kepala-bidang jf-ahli-muda=2,jf-ahli-pertama=2,pelaksana=6",
            "kesmas kepala-bidang jf-ahli-muda=2,jf-ahli-pertama=3,pelaksana=2",
            "p2p kepala-bidang jf-ahli-muda=3,jf-ahli-pertama=6,pelaksana=4",
            "yankes kepala-bidang jf-ahli-muda=2,jf-ahli-pertama=4,pelaksana=3",
            "sdk kepala-bidang jf-ahli-muda=1,jf-ahli-pertama=2,pelaksana=2",
        ])
        #expect(result.matches.map { "\($0.after)←\($0.before?.rawValue ?? "-") \($0.kind.rawValue)" } == [
            "rencana-1←rencana-1 tahap-dan-peran", "rencana-2←rencana-2 tahap-dan-peran", "rencana-3←rencana-3 tahap-dan-peran",
            "rencana-4←rencana-4 tahap-dan-peran", "rencana-5←rencana-5 tahap-dan-peran", "rencana-6←rencana-6 tahap-dan-peran",
            "laksana-1←laksana-1 tahap-dan-peran", "laksana-2←laksana-2 tahap", "laksana-3←laksana-3 tahap-dan-peran",
            "laksana-4←laksana-4 tahap-dan-peran", "laporan-tim←laporan-tim tahap-dan-peran",
            "evaluasi-1←evaluasi-2 tahap-dan-peran", "evaluasi-2←evaluasi-3 tahap-dan-peran",
        ])
        #expect(result.dropped == ["evaluasi-1"])
    }

    @Test("Kaltim Tipe 2 → Tipe 3: Kepala Bidang become JF Ahli Madya but one Sekretaris; one Pengawas stays under him")
    func tipe2to3() throws {
        let result = try checked("kaltim.contoh.dinas-kesehatan", to: "kaltim.pd-tipe-3")
        #expect(result.organization.units.map { unit in
            "\(unit.id)<\(unit.parent?.id.rawValue ?? "-") \(unit.head?.id.rawValue ?? "-") " + unit.staff.map { "\($0.position.id)=\($0.count)" }.joined(separator: ",")
        } == [
            "dinas<- kepala-pd ",
            "sekretariat<dinas sekretaris kasubbag=1,jf=3,pelaksana=6",
            "kesmas<sekretariat - jf-ahli-madya=1,jf=5,pelaksana=2",
            "p2p<sekretariat - jf-ahli-madya=1,jf=9,pelaksana=4",
            "yankes<sekretariat - jf-ahli-madya=1,jf=6,pelaksana=3",
            "sdk<sekretariat - jf-ahli-madya=1,jf=3,pelaksana=2",
        ])
    }

    @Test("Kaltim Tipe 1 → Tipe 3, from the type's default organization")
    func tipe1to3() throws {
        let result = try checked("kaltim.pd-tipe-1", to: "kaltim.pd-tipe-3")
        #expect(result.organization.headcount(of: "sekretaris") == 1)
        #expect(result.organization.headcount(of: "jf-ahli-madya") == 3)
    }

    @Test("Kaltim UPTD Tipe A → Tipe B: the Kepala Sub Bagian/Seksi become JF Ahli Muda")
    func uptdAtoB() throws {
        let result = try checked("kaltim.uptd-tipe-a", to: "kaltim.uptd-tipe-b")
        let before = result.before.headcount(of: "kasubbag-seksi") + result.before.headcount(of: "jf-ahli-muda")
        #expect(result.organization.headcount(of: "jf-ahli-muda") == before)
        #expect(result.organization.headcount(of: "kasubbag-seksi") == 0)
        #expect(result.dropped == ["evaluasi-1"])
    }

    @Test("Bungo: more than 2 structure levels → 2 → 1")
    func bungoLevels() throws {
        let three = try checked("bungo.dinas-badan-lebih-2-level", to: "bungo.dinas-badan-2-level")
        #expect(three.organization.headcount(of: "pengawas-bidang") == 4)
        #expect(three.organization.headcount(of: "jf-ahli-muda") == 6 + 4)
        let two = try checked("bungo.dinas-badan-2-level", to: "bungo.dinas-badan-1-level")
        #expect(two.organization.headcount(of: "jf-ahli-muda") == 6 + 4)
    }

    @Test("Conversions the text does not define are located one-line errors", arguments: [
        ("kaltim.contoh.dinas-kesehatan", "bungo.dinas-badan-1-level",
         "ProcessMaps/kaltim/contoh/dinas-kesehatan.yaml:11:7: error[reorganize-other-region]: 'kaltim.contoh.dinas-kesehatan' is a 'kaltim.pd-tipe-2' of region 'kaltim'; 'bungo.dinas-badan-1-level' is an organization type of region 'bungo', and a penyetaraan converts between the types of one region"),
        ("kaltim.contoh.dinas-kesehatan", "kaltim.pd-tipe-9",
         "probis: error[reorganize-unknown-type]: --to 'kaltim.pd-tipe-9' is not an organization type of the library (did you mean 'kaltim.pd-tipe-1'?)"),
        ("kaltim.contoh.dinas-kesehatan", "kaltim.pd-tipe-2",
         "ProcessMaps/kaltim/contoh/dinas-kesehatan.yaml:11:7: error[reorganize-same-type]: 'kaltim.contoh.dinas-kesehatan' is already a 'kaltim.pd-tipe-2'; nothing to reorganize (from 'kaltim.pd-tipe-2' it defines 'kaltim.pd-tipe-1', 'kaltim.pd-tipe-3')"),
        ("kaltim.contoh.dinas-kesehatan.pd-tipe-1", "kaltim.pd-tipe-2",
         "ProcessMaps/kaltim/contoh/dinas-kesehatan.pd-tipe-1.yaml:6:7: error[reorganize-no-rule]: the regulation of region 'kaltim' defines no penyetaraan from 'kaltim.pd-tipe-1' to 'kaltim.pd-tipe-2' (from 'kaltim.pd-tipe-1' it defines 'kaltim.pd-tipe-3')"),
        ("kaltim.contoh.dinas-kesehatn", "kaltim.pd-tipe-1",
         "probis: error[reorganize-unknown-organization]: no organization or organization type with id 'kaltim.contoh.dinas-kesehatn' (did you mean 'kaltim.contoh.dinas-kesehatan'?)"),
    ])
    func errors(_ organization: String, _ target: String, _ expected: String) {
        do {
            _ = try Reorganization(organization: organization, to: target, in: Self.library)
            Issue.record("no error")
        } catch {
            let line = error.description.replacingOccurrences(of: ShippedLibrary.repository.path + "/", with: "")
            #expect(line == expected)
        }
    }
}
