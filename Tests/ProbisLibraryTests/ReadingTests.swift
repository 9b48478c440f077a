import ProbisModel
import Testing

/// Readings of the regulation texts that a review questioned, each asserted against the text's wording.
struct ReadingTests {
    static var library: Library { ShippedLibrary.library }

    /// The lane title of a step of a peta lintas fungsi.
    static func laneTitle(of step: String, in map: DocumentID) throws -> String? {
        let document = try #require(library.document(map))
        guard case let .petaLintasFungsi(lintasFungsi) = document else { return nil }
        let found = try #require(lintasFungsi.flow.step(StepID(step)))
        return lintasFungsi.flow.lane(found.lane.id)?.title
    }

    /// Perbup Bungo 15/2024 Pasal 7 ayat (3) huruf b: "apabila permohonan disetujui, maka pimpinan unit organisasi
    /// menyusun surat penugasan untuk menugaskan … kinerja yang berada di Pimpinan Unit Organisasi dituju" — read,
    /// like the same sentence of Pergub Jambi 9/2024 Pasal 12 ayat (3) huruf b, as the official's own unit.
    @Test func bungoPengajuanSukarelaLintasUnitIsDraftedByTheOwnUnit() throws {
        #expect(try Self.laneTitle(of: "susun-surat-penugasan", in: "bungo.pengajuan-sukarela-lintas-unit")
            == "Pimpinan Unit Organisasi bersangkutan")
        #expect(try Self.laneTitle(of: "susun-surat-penugasan", in: "prov-jambi.pengajuan-sukarela-lintas-unit")
            == "Pimpinan Unit Organisasi bersangkutan")
    }

    /// Perbup Bungo 15/2024 Pasal 9 ayat (4): "Penunjukan ketua dan anggota tim ditetapkan dengan tugas Kepala
    /// Perangkat Daerah/Unit Kerja."
    @Test func bungoTeamIsFixedByTheHead() throws {
        let document = try #require(Self.library.document("bungo.penunjukan-tim-kerja"))
        guard case let .petaLintasFungsi(map) = document else { Issue.record("not a peta lintas fungsi"); return }
        let fixing = try #require(map.flow.step("tetapkan"))
        #expect(map.flow.lane(fixing.lane.id)?.title == "Kepala Perangkat Daerah/Unit Kerja")
        #expect(map.flow.lane(fixing.lane.id)?.role == .kepalaPerangkatDaerah)
        #expect(fixing.citation?.item == "Pasal 9 ayat (4)")
        #expect(fixing.text == "menetapkan penunjukan ketua dan anggota tim dengan surat tugas")
    }

    /// Perbup Bungo 15/2024 Pasal 17 ayat (2) huruf a: "Sekretaris Daerah menetapkan kinerja Kepala Bagian"; ayat (1):
    /// the Kepala Bagian is Pejabat Penilai Kinerja and Pimpinan Unit Organisasi, the Asisten neither.
    @Test func bungoSekretariatDaerahKepalaBagianIsSetBySekretarisDaerah() throws {
        let type = try #require(Self.library.organizationType("bungo.sekretariat-daerah"))
        #expect(type.assessor(of: "kepala-bagian")?.id == "sekda")
        #expect(type.position("asisten")?.roles == [])
        #expect(type.position("kepala-bagian")?.roles == [.pimpinanUnit, .ppk])
    }

    /// Perbup Bungo 15/2024 Pasal 16, 19, 22 and 25 ayat (2) huruf a: Pejabat Fungsional Ahli Madya sit directly under
    /// the head, so they are not in the lanes that a Kepala Bagian/Kepala Bidang/Sekretaris reviews.
    @Test func bungoAhliMadyaAreNotInLanesReviewedByAnAdministrator() {
        let types = Self.library.organizationTypes.filter { $0.header.id.rawValue.hasPrefix("bungo.") }
        #expect(types.count == 6)
        let placed = types.flatMap { type in
            (type.flow?.lanes ?? []).flatMap { lane in
                lane.positions.filter { type.position($0.id)?.tier == .jfAhliMadya }.map { "\(type.header.id) \(lane.id) \($0.id)" }
            }
        }
        #expect(placed == [])
    }

    /// Perbup Bungo 15/2024 Pasal 9 ayat (2): "struktur organisasi dari 2 (dua) level" is applied to exactly two
    /// levels, and the data names the competing reading ("lebih dari 2 (dua) level").
    @Test func bungoTwoLevelReadingIsStated() throws {
        for id in ["bungo.dinas-badan-2-level", "bungo.dinas-badan-lebih-2-level"] {
            let type = try #require(Self.library.organizationType(DocumentID(id)))
            #expect(type.header.description?.contains("\"lebih\" (\"lebih dari 2 (dua) level\")") == true, "\(id)")
        }
        let twoLevel = try #require(Self.library.organizationType("bungo.dinas-badan-2-level"))
        #expect(twoLevel.structureLevels == 2)
    }

    /// Perwal Kota Jambi 13/2025 Lampiran huruf A: "Kelompok Jabatan Fungsional dan pelaksana berkedudukan di bawah
    /// Kepala Bagian/Kepala Bidang/Sekretaris selaku Pejabat Penilai Kinerja"; a Kepala Subbagian who remains only
    /// coordinates "seperti ketua tim". Every JF and pelaksana therefore reports to a Pejabat Penilai Kinerja.
    @Test func kotaJambiFunctionalOfficialsSitUnderTheirAssessor() {
        let types = Self.library.organizationTypes.filter { $0.header.id.rawValue.hasPrefix("kota-jambi.") }
        #expect(types.count == 13)
        let misplaced = types.flatMap { type in
            type.positions.filter { $0.tier.isFunctional || $0.tier == .pelaksana }.compactMap { position -> String? in
                guard let superior = position.reportsTo.flatMap({ type.position($0.id) }) else { return nil }
                return superior.has(.ppk) ? nil : "\(type.header.id) \(position.id) → \(superior.id)"
            }
        }
        #expect(misplaced == [])
    }

    /// Pergub Banten 19/2023 Lampiran huruf A angka 2 huruf c: the Ketua Tim hands the result to the Pejabat Administrasi,
    /// who with "Pejabat Administrasi dan/atau Ketua Tim" (huruf b) monitors it; so the ketua-tim lanes hold no
    /// Administrator or Pengawas, and every type states the competing reading of Pasal 1 angka 20 ("Ketua Tim Kerja
    /// adalah Pejabat Fungsional atau Pejabat Administrasi").
    @Test func bantenKetuaTimLanesAndTheCompetingReading() {
        let types = Self.library.organizationTypes.filter { $0.header.id.rawValue.hasPrefix("banten.") }
        #expect(types.count == 6)
        let structural = types.flatMap { type -> [String] in
            (type.flow?.lanes ?? []).filter { $0.role == .ketuaTim }.flatMap(\.positions).compactMap { reference in
                let tier = type.position(reference.id)?.tier
                return tier == .administrator || tier == .pengawas ? "\(type.header.id) \(reference.id)" : nil
            }
        }
        #expect(structural == [])
        let unstated = types.filter { !($0.header.description ?? "").contains("Bacaan lain: Administrator atau Pengawas juga dapat menjadi Ketua Tim (Pasal 1 angka 20)") }
        #expect(unstated.map(\.header.id.rawValue) == [])
    }
}
