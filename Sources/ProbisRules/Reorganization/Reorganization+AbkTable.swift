import ProbisModel

/// One row of an Anjab-ABK table after a penyetaraan, with the note that explains what changed.
public struct CarriedAbkRow: Hashable, Sendable {
    /// The row after: the same uraian tugas, hasil kerja, volume and norma waktu; the jabatan and the
    /// langkah of the after organization.
    public var row: AbkRow
    /// The Keterangan cell (Bahasa Indonesia): the jabatan before a conversion, a langkah that no longer
    /// exists; `nil` when the row is unchanged.
    public var note: String?
}

extension Reorganization {
    /// Carries an Anjab-ABK table of the before organization over to the after organization: every row is
    /// kept with its workload (uraian tugas, hasil kerja, volume, norma waktu); its jabatan becomes the
    /// position the penyetaraan converts the holders of that unit into (a Kasubbag of bidang P2P becomes a
    /// JF Ahli Muda of P2P), else stays; its langkah becomes the first after step that matches it by stage
    /// and role (``StepMatch``, the scenario carry-over's matching) and that the new jabatan works in. A row
    /// whose langkah has no such step keeps its hours in the static ABK figure only: its langkah is emptied
    /// and its note says why.
    ///
    /// - Parameters:
    ///   - table: the before table.
    ///   - matches: the step matches of the carry-over.
    ///   - staffing: who works each lane of the after flow (the after scenario's staffing).
    /// - Throws: ``ReorganizationError`` `reorganize-abk-jabatan`, located at the row's cell, for the first
    ///   row whose unit or jabatan is not of the before organization, or whose jabatan has no place in the
    ///   after type.
    public func carryTable(_ table: AbkTable, matches: [StepMatch], staffing: (Lane) -> Staffing) throws(ReorganizationError) -> [CarriedAbkRow] {
        let old = AbkResolver(organization: before, type: beforeType)
        let new = AbkResolver(organization: organization, type: afterType)
        let flow = afterType.flow
        var rows: [CarriedAbkRow] = []
        for row in table.rows {
            guard let unit = old.unit(row.unit) else {
                throw ReorganizationError(.error(.reorganizeAbkJabatan, at: row.cells[.unit] ?? row.location,
                    "unit '\(row.unit)' is not a unit of organization '\(before.header.id)'\(Suggestion.hint(for: row.unit, in: old.unitNames))"))
            }
            guard let position = old.position(row.jabatan, in: unit) else {
                throw ReorganizationError(.error(.reorganizeAbkJabatan, at: row.cells[.jabatan] ?? row.location,
                    "jabatan '\(row.jabatan)' is not a position of organization '\(before.header.id)' (type '\(beforeType.header.id)')\(Suggestion.hint(for: row.jabatan, in: old.positionNames(in: unit)))"))
            }
            let conversion = converted.first { $0.unit == unit && $0.from == position }
            guard let target = conversion?.to ?? (afterType.position(position) == nil ? nil : position) else {
                throw ReorganizationError(.error(.reorganizeAbkJabatan, at: row.cells[.jabatan] ?? row.location,
                    "jabatan '\(row.jabatan)' (\(position)) of unit '\(unit)' has no place in '\(afterType.header.id)': it is not a position of that type and \(rule.provision) converts no holder of it in this unit"))
            }
            var out = row
            out.location = nil
            out.cells = [:]
            out.jabatan = Self.name(of: target, written: row.jabatan, in: unit, resolver: new)
            var notes: [String] = []
            if conversion != nil {
                notes.append("Jabatan semula: \(row.jabatan); penyetaraan menurut \(rule.provision)")
            }
            if let step = row.step {
                let candidates = matches.filter { $0.before == step }.map(\.after)
                let done = candidates.first { after in
                    guard let activity = flow?.steps.first(where: { $0.id == after }), let lane = flow?.lane(activity.lane.id),
                          case let .positions(ids) = staffing(lane) else { return false }
                    return ids.contains(target)
                }
                out.step = done
                if done == nil {
                    notes.append("Langkah semula \(step) tidak ada lagi untuk jabatan ini pada alur \(afterType.header.title); beban kerjanya tetap dihitung dalam angka ABK statis")
                }
            }
            rows.append(CarriedAbkRow(row: out, note: notes.isEmpty ? nil : notes.joined(separator: "; ")))
        }
        return rows
    }

    /// How the after table writes a jabatan: as the before table did when that still names the position
    /// in the unit, else the position's title, else its id.
    static func name(of position: PositionID, written: String, in unit: UnitID, resolver: AbkResolver) -> String {
        if resolver.position(written, in: unit) == position { return written }
        if let title = resolver.type.position(position)?.title, resolver.position(title, in: unit) == position { return title }
        return position.rawValue
    }
}
