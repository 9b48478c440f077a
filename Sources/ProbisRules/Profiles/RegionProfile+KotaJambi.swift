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
            "kota-jambi-ditetapkan-kepala-pd": RuleProvision("Lampiran huruf B"),
            "perencanaan-perjanjian-kinerja": RuleProvision("Lampiran huruf E angka 1 huruf a"),
            "urutan-tahap": RuleProvision("Lampiran huruf E"),
            "evaluasi-diterima-pimpinan": RuleProvision("Lampiran huruf E angka 3 huruf e dan f"),
            "pertanggungjawaban-tim": RuleProvision("Pasal 12 ayat (1) dan (2)"),
        ],
        acceptedBy: .head
    )
}
