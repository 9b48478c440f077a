extension RegionProfile {
    /// Peraturan Bupati Bungo Nomor 15 Tahun 2024: the rule profile `bungo`.
    public static let bungo = RegionProfile(
        id: "bungo",
        text: "002_1e57fa4463b1ba41.txt",
        provisions: [
            "ppk-tier": RuleProvision("Pasal 1 angka 19"),
            "kedudukan-di-bawah-ppk": RuleProvision("Pasal 4 ayat (3)"),
            "bungo-ahli-madya-di-bawah-pimpinan": RuleProvision("Pasal 16 ayat (2) huruf a, Pasal 19 ayat (2) huruf a, Pasal 22 ayat (2) huruf a dan Pasal 25 ayat (2) huruf a"),
            "ketua-tim-dari-pemilik-kinerja": RuleProvision("Pasal 9 ayat (3)"),
            "pengajuan-sukarela-lingkup": RuleProvision("Pasal 7 ayat (1)"),
            "isi-surat-permohonan-pelibatan": RuleProvision("Pasal 6 ayat (5)"),
            "penolakan-dengan-alasan": RuleProvision("Pasal 6 ayat (3) huruf d"),
            "perencanaan-perjanjian-kinerja": RuleProvision("Pasal 18 ayat (2), Pasal 21 ayat (2), Pasal 24 ayat (2) huruf a dan Pasal 30 ayat (2) huruf a"),
            "urutan-tahap": RuleProvision("Pasal 18 ayat (1), Pasal 21 ayat (1), Pasal 24 ayat (1) dan Pasal 30 ayat (1)"),
            "evaluasi-diterima-pimpinan": RuleProvision("Pasal 18 ayat (4), Pasal 21 ayat (4) huruf c, Pasal 24 ayat (4) huruf c dan Pasal 30 ayat (4) huruf c"),
            "pertanggungjawaban-tim": RuleProvision("Pasal 12 ayat (1)"),
            "bungo-pengawas-ketua-tim": RuleProvision("Pasal 9 ayat (2)"),
        ],
        acceptedBy: .head
    )
}
