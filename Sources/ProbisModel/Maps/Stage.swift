/// The three stages of the work mechanism.
public enum Stage: String, CaseIterable, Hashable, Sendable, Codable {
    /// Tahap Perencanaan.
    case perencanaan
    /// Tahap Pelaksanaan.
    case pelaksanaan
    /// Tahap Evaluasi.
    case evaluasi

    /// "Tahap Perencanaan", "Tahap Pelaksanaan", "Tahap Evaluasi".
    public var title: String {
        switch self {
        case .perencanaan: "Tahap Perencanaan"
        case .pelaksanaan: "Tahap Pelaksanaan"
        case .evaluasi: "Tahap Evaluasi"
        }
    }
}

/// How often a step runs.
public enum Cadence: String, CaseIterable, Hashable, Sendable, Codable {
    /// Once per kegiatan (case); the default.
    case kegiatan
    /// Once per performance cycle (a year), e.g. setting the perjanjian kinerja and SKP.
    case siklus
}
