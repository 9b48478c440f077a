extension RegionProfile {
    /// Peraturan Gubernur Kalimantan Timur Nomor 50 Tahun 2023: the rule profile `kaltim`.
    public static let kaltim = RegionProfile(
        id: "kaltim",
        text: "004_c6d99ee64fe95462.txt",
        provisions: [
            "ppk-tier": RuleProvision("Pasal 1 angka 14"),
            "kedudukan-di-bawah-ppk": RuleProvision("Pasal 9 ayat (1)"),
            "ketua-tim-dari-pemilik-kinerja": RuleProvision("Pasal 12 ayat (11)", .warning),
            "pengajuan-sukarela-lingkup": RuleProvision("Pasal 15 ayat (1)"),
            "isi-surat-permohonan-pelibatan": RuleProvision("Lampiran I BAB II angka 2 huruf b angka 1) huruf d)"),
            "penolakan-dengan-alasan": RuleProvision("Lampiran I BAB II angka 2 huruf b angka 1) huruf b) angka (4)"),
            "perencanaan-perjanjian-kinerja": RuleProvision("Lampiran I BAB II angka 1 huruf a angka 1)"),
            "urutan-tahap": RuleProvision("Lampiran I BAB II angka 1"),
            "evaluasi-diterima-pimpinan": RuleProvision("Lampiran I BAB II angka 1 huruf c"),
            "pertanggungjawaban-tim": RuleProvision("Pasal 18 ayat (2)"),
            "penerima-laporan-ketua-tim": RuleProvision(kaltimKetuaTimReport.chosen),
        ],
        acceptedBy: .head,
        conflicts: [kaltimKetuaTimReport]
    )

    /// Pergub Kaltim 50/2023: Pasal 18 and the Lampiran name different recipients of the ketua tim's report; the
    /// data follows the Lampiran.
    static let kaltimKetuaTimReport = TextConflict(
        id: "penerima-laporan-ketua-tim",
        question: "To whom the ketua tim reports the team's work.",
        passages: [
            .init("Pasal 18 ayat (2) huruf b",
                  "ketua tim melaporkan pelaksanaan tugas tim kerja kepada Pejabat Penilai Kinerja secara berkala", roles: [.ppk]),
            .init("Lampiran I BAB II angka 2 huruf d angka 2) huruf b)",
                  "ketua tim kemudian melaporkan pelaksanaan tugas tim kerja kepada Pimpinan Unit Organisasi", roles: [.pimpinanUnit]),
        ],
        chosen: "Lampiran I BAB II angka 2 huruf d angka 2) huruf b)")
}
