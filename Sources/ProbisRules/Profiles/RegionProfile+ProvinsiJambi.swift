extension RegionProfile {
    /// Peraturan Gubernur Jambi Nomor 9 Tahun 2024: the rule profile `prov-jambi`.
    public static let provinsiJambi = RegionProfile(
        id: "prov-jambi",
        text: "000_b5ab6e6dab46e1d6.txt",
        provisions: [
            "ppk-tier": RuleProvision("Pasal 1 angka 13"),
            "kedudukan-di-bawah-ppk": RuleProvision("Pasal 8 ayat (1)"),
            "ketua-tim-dari-pemilik-kinerja": RuleProvision("Pasal 13 ayat (3)", .warning),
            "pengajuan-sukarela-lingkup": RuleProvision("Pasal 12 ayat (1)"),
            "isi-surat-permohonan-pelibatan": RuleProvision("Pasal 11 ayat (4) huruf e angka 5"),
            "penolakan-dengan-alasan": RuleProvision("Pasal 11 ayat (3) huruf d"),
            "urutan-tahap": RuleProvision("Pasal 14 ayat (1)"),
            "evaluasi-diterima-pimpinan": RuleProvision("Pasal 14 ayat (1) huruf c angka 2 dan 3"),
            "pertanggungjawaban-tim": RuleProvision("Pasal 17 ayat (1) dan (2)"),
        ],
        // Pasal 14 ayat (1) huruf c: the Pimpinan Unit Organisasi accepts the result.
        acceptedBy: .pimpinanUnit
    )
}
