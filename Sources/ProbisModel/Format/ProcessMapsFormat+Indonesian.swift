extension ProcessMapsFormat {
    /// Keys as an analyst may write them in Bahasa Indonesia, with the format's key each means: an unknown
    /// key found here is answered with "did you mean" even when its spelling is nowhere near the key.
    public static let indonesianKeys: [String: String] = [
        "jenis": "kind", "judul": "title", "nama": "title", "wilayah": "region", "sumber": "source",
        "kutipan": "cite", "dasar": "cite", "keterangan": "description", "deskripsi": "description", "catatan": "note",
        "jabatan": "positions", "posisi": "positions", "alur": "flow", "lajur": "lanes", "langkah": "steps",
        "tingkat": "tier", "jenjang": "tier", "jumlah": "headcount", "atasan": "reports-to", "penilai": "assessor",
        "peran": "roles", "kualifikasi": "qualifications", "tahap": "stage", "pelaku": "lane", "bersama": "with",
        "kegiatan": "action", "pertanyaan": "question", "label": "label", "masukan": "inputs", "keluaran": "outputs",
        "berikutnya": "next", "lanjut": "next", "cabang": "branches", "tujuan": "to", "arti": "means",
        "unit": "units", "induk": "parent", "kepala": "head", "tipe": "type",
        "organisasi": "organization", "bawaan": "default", "beban": "workload", "beban-kerja": "workload",
        "kedatangan": "arrivals", "per-tahun": "per-year", "durasi": "durations", "lama": "durations",
        "peluang": "branches", "antrean": "queue", "kalender": "calendar", "jam-kerja": "hours", "libur": "holidays",
        "horison": "horizon", "pemanasan": "warm-up", "replikasi": "replications", "benih": "seed",
        "penugasan": "assignment", "gabungan": "pooled", "batas": "limit", "ukuran-tim": "team-size",
        "porsi": "shares", "penolakan": "refusal", "percobaan": "attempts", "mekanisme": "mechanism",
        "lingkup": "scope", "mode": "mode", "tingkat-peta": "level", "proses": "processes", "kode": "code",
        "kategori": "category", "rincian": "detail", "anak": "children", "pihak": "parties", "relasi": "relations",
        "dari": "from", "ke": "to", "dokumen": "artifacts", "isi": "contents",
    ]

    /// The format's key an Indonesian word for it stands for, if the element has that key.
    public static func key(forIndonesian word: String, in keys: [String]) -> String? {
        indonesianKeys[word.lowercased()].flatMap { keys.contains($0) ? $0 : nil }
    }
}
