extension ProcessMapsFormat {
    /// A civil date as SOPs and calendars write it.
    static let date = FormatValue.pattern(#"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, example: "2026-01-15")

    /// The `sop:` key of a flow and of a peta lintas fungsi.
    static let sopKey = FormatKey("sop", .element("sop"), "The SOP AP identity data (PermenPANRB 35/2012) the map cannot supply; `probis sop` derives the rest.")

    /// The `waktu:` key of a step.
    static let waktuKey = FormatKey("waktu", .text, "The SOP's Waktu for the step as SOPs write it, e.g. `15 menit`, `2 jam`, `3 hari kerja`; a scenario's durations replace it when `probis sop --scenario` is given.")

    /// `sop:` of a flow or a peta lintas fungsi.
    public static let sop = FormatElement("sop", "The identity of an SOP Administrasi Pemerintahan (PermenPANRB 35/2012) drawn from the map.", keys: [
        FormatKey("nomor", .text, "Nomor SOP."),
        FormatKey("unit", .text, "The unit named beside the logo; the region and the document title when absent."),
        FormatKey("dibuat", date, "Tanggal Pembuatan, e.g. `2026-01-15`."),
        FormatKey("direvisi", date, "Tanggal Revisi."),
        FormatKey("efektif", date, "Tanggal Efektif."),
        FormatKey("disahkan-oleh", .element("disahkan-oleh"), "Who signs the SOP off."),
        FormatKey("peralatan", .texts, "Peralatan/Perlengkapan."),
        FormatKey("peringatan", .texts, "Peringatan: what follows when the SOP is not carried out."),
        FormatKey("pencatatan", .texts, "Pencatatan dan Pendataan: what is recorded and filed."),
    ])

    /// `disahkan-oleh:` of an SOP block.
    public static let sopApproval = FormatElement("disahkan-oleh", "The official who signs an SOP off.", keys: [
        FormatKey("jabatan", .text, required: true, "The position, e.g. `Kepala Dinas Kesehatan`."),
        FormatKey("nama", .text, "The holder's name."),
        FormatKey("nip", .pattern(#"^[0-9]{18}$"#, example: "197001012000031001"), "The holder's NIP (18 digits)."),
    ])
}
