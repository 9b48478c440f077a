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
        ],
        acceptedBy: .head
    )
}
