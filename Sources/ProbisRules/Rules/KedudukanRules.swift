import ProbisModel

/// Pejabat Penilai Kinerja is at least a Pengawas, or an official with delegated authority.
public struct PPKTierRule: RegionalRule {
    public init() {}
    public let id = "ppk-tier"
    public let summary = "A position with role 'ppk' is at least a Pengawas, or holds delegated authority ('delegasi-ppk')."
    public func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .organizationType(type) = document else { return [] }
        return type.positions
            .filter { $0.has(.ppk) && !$0.tier.isAtLeast(.pengawas) && !$0.has(.delegasiPPK) }
            .map { position in
                context.finding(id, at: position.location,
                    "position '\(position.id)' is Pejabat Penilai Kinerja, but a \(position.tier.title) is below Pengawas and it has no delegated authority (role 'delegasi-ppk')")
            }
    }
}

/// Every Pejabat Fungsional and Pelaksana sits under a Pejabat Penilai Kinerja.
public struct KedudukanUnderPPKRule: RegionalRule {
    public init() {}
    public let id = "kedudukan-di-bawah-ppk"
    public let summary = "Every Jabatan Fungsional and Pelaksana position has a Pejabat Penilai Kinerja: an assessor, or a superior with role 'ppk' or 'delegasi-ppk'."
    public func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .organizationType(type) = document else { return [] }
        return type.positions
            .filter { ($0.tier.isFunctional || $0.tier == .pelaksana) && type.assessor(of: $0.id) == nil }
            .filter { !$0.has(.pimpinanUnit) } // a JF leading a unit kerja mandiri (Kepala Sekolah) is its own head
            .map { position in
                context.finding(id, at: position.location,
                    "position '\(position.id)' (\(position.tier.title)) sits under no Pejabat Penilai Kinerja: no position above it has role 'ppk' and it names no 'assessor'")
            }
    }
}

/// Bungo: Pejabat Fungsional Ahli Madya sit directly under the head of the organization.
public struct BungoAhliMadyaUnderHeadRule: RegionalRule {
    public init() {}
    public let id = "bungo-ahli-madya-di-bawah-pimpinan"
    public let summary = "A Jabatan Fungsional Ahli Madya position reports directly to the head of the organization (Sekretaris Daerah, Sekretaris DPRD, Inspektur, Kepala Dinas/Badan)."
    public func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .organizationType(type) = document else { return [] }
        let heads = Set(type.heads.map(\.id))
        return type.positions
            .filter { $0.tier == .jfAhliMadya && !heads.contains($0.id) }
            .filter { position in position.reportsTo.map { !heads.contains($0.id) } ?? false }
            .map { position in
                context.finding(id, at: position.reportsTo?.location ?? position.location,
                    "position '\(position.id)' (Jabatan Fungsional Ahli Madya) reports to '\(position.reportsTo!.id)', not to the head of '\(type.header.id)'")
            }
    }
}
