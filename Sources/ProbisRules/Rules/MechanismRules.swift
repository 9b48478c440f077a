import ProbisModel

/// In a team whose members come from other units or instansi, the ketua tim comes from the owning unit.
public struct KetuaTimFromOwningUnitRule: RegionalRule {
    public init() {}
    public let id = "ketua-tim-dari-pemilik-kinerja"
    public let summary = "In a cross-unit or cross-instansi mechanism, a ketua-tim lane sits in the group of the unit that owns the target (the group of the lane where the flow starts). A warning where the text says 'diutamakan'."
    public func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .petaLintasFungsi(map) = document, let scope = map.mechanism?.scope, scope != .dalamUnit,
              let start = map.flow.starts.first, let owner = map.flow.lane(start.lane.id)?.group else { return [] }
        return map.flow.lanes(with: .ketuaTim).filter { $0.group != owner }.map { lane in
            context.finding(id, at: lane.location,
                "ketua tim lane '\(lane.id)' is in \(lane.group.map { "'\($0)'" } ?? "no group"), not in the unit that owns the target ('\(owner)')")
        }
    }
}

/// Pengajuan sukarela stays within the instansi: within the unit or across its units.
public struct PengajuanSukarelaScopeRule: RegionalRule {
    public init() {}
    public let id = "pengajuan-sukarela-lingkup"
    public let summary = "A pengajuan sukarela mechanism has scope 'dalam-unit' or 'lintas-unit', never across instansi."
    public func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .petaLintasFungsi(map) = document, let mechanism = map.mechanism,
              mechanism.kind == .pengajuanSukarela, let scope = mechanism.scope,
              scope != .dalamUnit, scope != .lintasUnit else { return [] }
        return [context.finding(id, at: mechanism.location,
            "pengajuan sukarela cannot be '\(scope.rawValue)': an official volunteers only within the unit or across units of the same instansi")]
    }
}

/// The surat permohonan pelibatan states purpose, competences, expected target and duration.
public struct SuratPermohonanContentsRule: RegionalRule {
    public init() {}
    public let id = "isi-surat-permohonan-pelibatan"
    public let summary = "A surat permohonan pelibatan sent in a penunjukan mechanism lists at least its purpose, the competences needed, the expected target and the duration."
    /// The four contents, each recognised by any of its words.
    static let required: [(name: String, words: [String])] = [
        ("maksud dan tujuan", ["maksud", "tujuan"]),
        ("kompetensi, keahlian, dan/atau keterampilan", ["kompetensi", "keahlian", "keterampilan"]),
        ("ekspektasi/target kinerja", ["target", "ekspektasi"]),
        ("durasi pelibatan", ["durasi", "jangka waktu", "lama"]),
    ]

    public func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .petaLintasFungsi(map) = document, map.mechanism?.kind == .penunjukan else { return [] }
        var out: [Diagnostic] = []
        for step in map.flow.steps {
            for reference in step.outputs where reference.id.rawValue.contains("surat-permohonan-pelibatan") {
                guard let letter = context.library.artifact(reference.id) else { continue }
                let text = letter.contents.joined(separator: " ").lowercased()
                let missing = Self.required.filter { item in !item.words.contains { text.contains($0) } }.map(\.name)
                guard !missing.isEmpty else { continue }
                out.append(context.finding(id, at: reference.location,
                    "letter '\(letter.id)' sent by step '\(step.id)' does not state: \(missing.joined(separator: "; "))"))
            }
        }
        return out
    }
}

/// A refused request is answered with the reasons.
public struct RefusalWithReasonsRule: RegionalRule {
    public init() {}
    public let id = "penolakan-dengan-alasan"
    public let summary = "In a cross-unit penunjukan, the 'ditolak' branch leads to a step that sends a surat jawaban giving the reasons."
    public func check(_ document: Document, in context: RuleContext) -> [Diagnostic] {
        guard case let .petaLintasFungsi(map) = document, map.mechanism?.kind == .penunjukan,
              map.mechanism?.scope == .lintasUnit else { return [] }
        var out: [Diagnostic] = []
        for decision in map.flow.steps where decision.kind == .decision {
            for branch in decision.branches where branch.meaning == .ditolak {
                let answered = map.flow.step(branch.target.id)?.outputs.contains { $0.id.rawValue.contains("surat-jawaban") } ?? false
                if !answered {
                    out.append(context.finding(id, at: branch.location ?? decision.location,
                        "the refusal branch of '\(decision.id)' leads to '\(branch.target.id)', which sends no surat jawaban with the reasons"))
                }
            }
        }
        return out
    }
}
