extension RegionProfile {
    /// Peraturan Wali Kota Jambi Nomor 13 Tahun 2025: the rule profile `kota-jambi`.
    public static let kotaJambi = RegionProfile(
        id: "kota-jambi",
        text: "001_a4520ef57136d051.txt",
        provisions: [
            "ppk-tier": RuleProvision("Pasal 1 angka 14"),
            "kedudukan-di-bawah-ppk": RuleProvision("Pasal 7 ayat (1)"),
            "ketua-tim-dari-pemilik-kinerja": RuleProvision("Pasal 8 ayat (3)", .warning),
            "pengajuan-sukarela-lingkup": RuleProvision("Lampiran huruf B angka 2"),
            "isi-surat-permohonan-pelibatan": RuleProvision("Lampiran huruf B angka 1 huruf c"),
            "penolakan-dengan-alasan": RuleProvision("Lampiran huruf B angka 1 huruf b angka 4)"),
            "kota-jambi-ditetapkan-kepala-pd": RuleProvision(kotaJambiAssignmentFixing.chosen),
            "perencanaan-perjanjian-kinerja": RuleProvision("Lampiran huruf E angka 1 huruf a"),
            "urutan-tahap": RuleProvision("Lampiran huruf E"),
            "evaluasi-diterima-pimpinan": RuleProvision("Lampiran huruf E angka 3 huruf e dan f"),
            "pertanggungjawaban-tim": RuleProvision("Pasal 12 ayat (1) dan (2)"),
        ],
        acceptedBy: .head,
        conflicts: [kotaJambiAssignmentFixing]
    )

    /// Perwal Kota Jambi 13/2025: Pasal 9 ayat (4) and Lampiran huruf B name different officials who fix an
    /// assignment; the data follows Lampiran huruf B.
    static let kotaJambiAssignmentFixing = TextConflict(
        id: "penetapan-penugasan",
        question: "Who fixes (menetapkan) an assignment made by penunjukan or pengajuan sukarela.",
        passages: [
            .init("Pasal 9 ayat (4)",
                  "Penugasan sebagaimana dimaksud pada ayat (1) ditetapkan oleh Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi",
                  roles: [.ppk, .pimpinanUnit]),
            .init("Lampiran huruf B",
                  "Penugasan kepada tim kerja ditetapkan oleh kepala perangkat daerah; penunjukan dan pengajuan sukarela ditetapkan oleh Kepala Perangkat Daerah",
                  roles: [.kepalaPerangkatDaerah]),
        ],
        chosen: "Lampiran huruf B")
}
