extension Position {
    /// Whether the position leads or assesses: a structural tier (JPT, administrator, pengawas), or a JF
    /// with the `pimpinan-unit`, `ppk` or `delegasi-ppk` role (a Kepala Sekolah, a unit led by a JF).
    /// The other positions — JF and pelaksana — carry out the kegiatan.
    public var leadsOrAssesses: Bool {
        tier.isStructural || has(.pimpinanUnit) || has(.ppk) || has(.delegasiPPK)
    }
}
