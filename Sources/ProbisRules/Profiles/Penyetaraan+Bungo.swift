import ProbisModel

extension Penyetaraan {
    /// Perbup Bungo 15/2024, Pasal 26–29: Dinas/Badan with more than 2, 2 or 1 structure levels. The text
    /// defines the levels, not a conversion between them; going down one level converts the Pengawas of
    /// each bidang that the lower level no longer has into JF Ahli Muda (the reading of PermenPANRB 17/2021
    /// that Kaltim's text states), which is an assumption of probis.
    static let bungo: [Penyetaraan] = [
        Penyetaraan(
            from: "bungo.dinas-badan-lebih-2-level", to: "bungo.dinas-badan-2-level", provision: "Pasal 26 huruf b, Pasal 28",
            conversions: [
                PositionConversion(from: "kepala-seksi", to: "jf-ahli-muda", keep: .onePerUnit, keptAs: "pengawas-bidang",
                                   provision: "Pasal 28 ayat (2) huruf d", assumed: true),
            ],
            assumption: """
                Satu Kepala Seksi per bidang tetap sebagai Pejabat Pengawas (ketua tim menurut Pasal 9 ayat (2)); \
                Kepala Seksi lainnya disetarakan menjadi Pejabat Fungsional Ahli Muda. Asumsi probis, bukan teks.
                """),
        Penyetaraan(
            from: "bungo.dinas-badan-2-level", to: "bungo.dinas-badan-1-level", provision: "Pasal 26 huruf a, Pasal 27",
            conversions: [
                PositionConversion(from: "pengawas-bidang", to: "jf-ahli-muda", provision: "Pasal 27 ayat (2)", assumed: true),
            ],
            assumption: """
                Pejabat Pengawas di bidang disetarakan menjadi Pejabat Fungsional Ahli Muda; Kepala Subbagian di \
                Sekretariat tetap (Pasal 27 ayat (2) huruf c). Asumsi probis, bukan teks.
                """),
    ]
}
