extension RegionProfile {
    /// Peraturan Gubernur Banten Nomor 19 Tahun 2023: the rule profile `banten`.
    public static let banten = RegionProfile(
        id: "banten",
        text: "003_a9c4be2afb80f6cd.txt",
        provisions: [
            "ppk-tier": RuleProvision("Pasal 1 angka 13"),
            "kedudukan-di-bawah-ppk": RuleProvision("Pasal 8 ayat (1)"),
            "ketua-tim-dari-pemilik-kinerja": RuleProvision("Pasal 10 ayat (6)", .warning),
            "pengajuan-sukarela-lingkup": RuleProvision("Lampiran huruf B angka 2 huruf b"),
            "isi-surat-permohonan-pelibatan": RuleProvision("Lampiran huruf B angka 2 huruf a"),
            "penolakan-dengan-alasan": RuleProvision("Lampiran huruf B angka 2 (Penugasan) huruf a (Penunjukan) angka 2) huruf d)"),
            "banten-penetapan-tim-kerja": RuleProvision("Lampiran huruf A (ketentuan pembentukan Tim Kerja) huruf a sampai c"),
            "banten-pelaksana-ketua-tim": RuleProvision("Pasal 10 ayat (3)"),
            "perencanaan-perjanjian-kinerja": RuleProvision("Lampiran huruf A angka 1 huruf b angka 1)"),
            "urutan-tahap": RuleProvision("Lampiran huruf A"),
            "evaluasi-diterima-pimpinan": RuleProvision("Lampiran huruf A angka 3"),
            "pertanggungjawaban-tim": RuleProvision("Pasal 14 ayat (1) dan (2)"),
            "penerima-laporan-ketua-tim": RuleProvision(bantenKetuaTimReport.chosen),
        ],
        acceptedBy: .head,
        conflicts: [bantenKetuaTimReport]
    )

    /// Pergub Banten 19/2023: Pasal 14 and the Lampiran name different recipients of the Ketua Tim's report; the
    /// data follows Pasal 14 ayat (2).
    static let bantenKetuaTimReport = TextConflict(
        id: "penerima-laporan-ketua-tim",
        question: "To whom the ketua tim reports the team's work.",
        passages: [
            .init("Pasal 14 ayat (2)",
                  "Ketua Tim melaporkan pelaksanaan tugas tim kerja kepada Pejabat Pemilik Kinerja secara berkala", roles: [.pimpinanUnit]),
            .init("Lampiran huruf B angka 3 (Penyesuaian dan pertanggungjawaban pelaksanaan tugas)",
                  "Pertanggungjawaban pelaksanaan tugas dilakukan kepada Pejabat Penilai Kinerja maupun Pimpinan Unit Organisasi oleh ketua tim kerja atau individu",
                  roles: [.ppk, .pimpinanUnit]),
            .init("Lampiran huruf B angka 4 (Pertanggungjawaban Pelaksanaan Tugas) huruf b angka 2",
                  "Pegawai ASN yang berperan sebagai Ketua Tim melaporkan pelaksanaan tugas tim kerja kepada Pejabat Penilai Kinerja", roles: [.ppk]),
        ],
        chosen: "Pasal 14 ayat (2)")
}
