import ProbisModel

extension Penyetaraan {
    /// Pergub Kaltim 50/2023, Lampiran I BAB II angka 2 huruf a: Perangkat Daerah Tipe 1, 2 and 3 and UPTD Tipe A
    /// and B are defined by which Jabatan Pengawas and Administrator were converted (disetarakan).
    static let kaltim: [Penyetaraan] = [
        Penyetaraan(
            from: "kaltim.pd-tipe-2", to: "kaltim.pd-tipe-1", provision: "Lampiran I BAB II angka 2 huruf a angka 2)",
            conversions: [
                // "semua Jabatan Pengawas disetarakan menjadi Jabatan Fungsional Ahli Muda di masing-masing bidang/bagian"
                PositionConversion(from: "kasubbag", to: "jf-ahli-muda", provision: "Lampiran I BAB II angka 2 huruf a angka 2)"),
            ]),
        Penyetaraan(
            from: "kaltim.pd-tipe-2", to: "kaltim.pd-tipe-3", provision: "Lampiran I BAB II angka 2 huruf a angka 4)",
            conversions: [
                // "seluruh Jabatan Administrator disetarakan menjadi Jabatan Fungsional Ahli Madya dan hanya menyisakan
                // satu Jabatan Administrator, yaitu Sekretaris"
                PositionConversion(from: "kepala-bidang", to: "jf-ahli-madya", keep: .oneInOrganization, keptAs: "sekretaris",
                                   provision: "Lampiran I BAB II angka 2 huruf a angka 4)"),
                // "serta satu Jabatan Pengawas di bawahnya"; the other Pengawas become JF Ahli Muda as in Tipe 1.
                PositionConversion(from: "kasubbag", to: "jf", keep: .oneInOrganization,
                                   provision: "Lampiran I BAB II angka 2 huruf a angka 4)", assumed: true),
                // Tipe 3 has one position for every Pejabat Fungsional under the Sekretaris.
                PositionConversion(from: "jf-ahli-muda", to: "jf", provision: "Lampiran I BAB II angka 2 huruf a angka 4) huruf b) angka (5)", assumed: true),
                PositionConversion(from: "jf-ahli-pertama", to: "jf", provision: "Lampiran I BAB II angka 2 huruf a angka 4) huruf b) angka (5)", assumed: true),
            ],
            assumption: """
                Sekretaris yang tetap adalah Kepala Bagian/Bidang pertama menurut urutan unit (Sekretariat ditulis \
                pertama), dan Jabatan Pengawas yang tetap adalah yang pertama, di bawah Sekretaris; Jabatan Pengawas \
                lainnya disetarakan menjadi Pejabat Fungsional seperti pada Tipe 1; bidang yang kepalanya disetarakan \
                tetap sebagai kelompok kerja di bawah Sekretariat. Asumsi probis, bukan teks.
                """),
        Penyetaraan(
            from: "kaltim.pd-tipe-1", to: "kaltim.pd-tipe-3", provision: "Lampiran I BAB II angka 2 huruf a angka 4)",
            conversions: [
                PositionConversion(from: "kepala-bidang", to: "jf-ahli-madya", keep: .oneInOrganization, keptAs: "sekretaris",
                                   provision: "Lampiran I BAB II angka 2 huruf a angka 4)"),
                PositionConversion(from: "jf-ahli-muda", to: "jf", provision: "Lampiran I BAB II angka 2 huruf a angka 4) huruf b) angka (5)", assumed: true),
                PositionConversion(from: "jf-ahli-pertama", to: "jf", provision: "Lampiran I BAB II angka 2 huruf a angka 4) huruf b) angka (5)", assumed: true),
            ],
            assumption: """
                Sekretaris yang tetap adalah Kepala Bagian/Bidang pertama menurut urutan unit; Tipe 1 tidak lagi \
                memiliki Jabatan Pengawas, sehingga Jabatan Pengawas di bawah Sekretaris tidak terisi. Bidang yang \
                kepalanya disetarakan tetap sebagai kelompok kerja di bawah Sekretariat. Asumsi probis, bukan teks.
                """),
        Penyetaraan(
            from: "kaltim.uptd-tipe-a", to: "kaltim.uptd-tipe-b", provision: "Lampiran I BAB II angka 2 huruf a angka 9)",
            conversions: [
                // UPTD Tipe B has no Kepala Sub Bagian/Kepala Seksi; they become JF Ahli Muda as in Perangkat Daerah Tipe 1.
                PositionConversion(from: "kasubbag-seksi", to: "jf-ahli-muda", provision: "Lampiran I BAB II angka 2 huruf a angka 9)", assumed: true),
            ],
            assumption: "Kepala Sub Bagian/Kepala Seksi disetarakan menjadi Pejabat Fungsional Ahli Muda seperti pada Tipe 1. Asumsi probis, bukan teks."),
    ]
}
