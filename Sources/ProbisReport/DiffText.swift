import ProbisModel

/// `probis diff` as text for people, in Bahasa Indonesia: one line per change, grouped by what changed.
public enum DiffText {
    public static func report(_ diff: DocumentDiff, from revision: String?) -> String {
        let title = revision.map { "Perubahan \(diff.b) sejak revisi \($0)" } ?? "Perubahan dari \(diff.a) ke \(diff.b)"
        guard !diff.isEmpty else { return title + ": tidak ada perubahan\n" }
        var out = title + " (\(diff.changes.count) perubahan)\n"
        for kind in DocumentDiff.Change.Kind.allCases {
            let changes = diff.changes.filter { $0.kind == kind }
            guard !changes.isEmpty else { continue }
            out += "\n\(label(kind).prefix(1).uppercased() + label(kind).dropFirst()) (\(changes.count))\n"
            for change in changes {
                switch (change.before, change.after) {
                case let (nil, after?): out += "  + \(change.element): \(after)\n"
                case let (before?, nil): out += "  - \(change.element): \(before)\n"
                case let (before, after): out += "  ~ \(change.element): \(before ?? "-") → \(after ?? "-")\n"
                }
            }
        }
        return out
    }

    /// The kind of change in words.
    public static func label(_ kind: DocumentDiff.Change.Kind) -> String {
        switch kind {
        case .stepAdded: "langkah ditambah"
        case .stepRemoved: "langkah dihapus"
        case .stepRenumbered: "langkah diberi id baru"
        case .actorChanged: "pelaku berubah"
        case .participantsChanged: "yang terlibat (bersama) berubah"
        case .stageChanged: "tahap berubah"
        case .reworded: "rumusan berubah"
        case .artifactsChanged: "dokumen masuk/keluar berubah"
        case .rerouted: "alur berubah"
        case .kindChanged: "jenis simbol berubah"
        case .laneAdded: "lajur ditambah"
        case .laneRemoved: "lajur dihapus"
        case .positionAdded: "jabatan ditambah"
        case .positionRemoved: "jabatan dihapus"
        case .positionConverted: "jabatan disetarakan"
        case .reportingMoved: "atasan langsung berubah"
        case .assessorChanged: "pejabat penilai kinerja berubah"
        case .headcountChanged: "jumlah pemangku berubah"
        case .rolesChanged: "peran berubah"
        case .unitAdded: "unit ditambah"
        case .unitRemoved: "unit dihapus"
        case .unitMoved: "unit dipindah"
        case .unitStaffChanged: "pegawai unit berubah"
        }
    }
}
