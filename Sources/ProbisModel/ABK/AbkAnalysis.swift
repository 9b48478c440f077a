/// The static Anjab-ABK figure of an organization (PermenPANRB 1/2020): per unit and jabatan the beban
/// kerja, the kebutuhan pegawai against a waktu kerja efektif, the pegawai saat ini (bezetting) and the
/// efisiensi jabatan.
///
/// - kebutuhan pegawai = Σ (volume a year × norma waktu) ÷ WKE
/// - efisiensi jabatan (EJ) = Σ beban kerja ÷ (pegawai saat ini × WKE) = kebutuhan ÷ pegawai saat ini
///
/// Computed by ``AbkAnalysis/init(table:organization:type:wkeHours:)`` from a table whose rows name units
/// and positions of the organization (``AbkTable/problems(organization:type:flow:)`` lists the rows that do not).
public struct AbkAnalysis: Hashable, Sendable, Codable {
    /// Waktu kerja efektif in hours a year (1,250 under PermenPANRB 1/2020 unless the scenario sets another).
    public var wkeHours: Double
    /// Per unit, in the organization's order; units with no row are left out.
    public var units: [AbkUnitFigure]
    /// Per position over all units, in the organization type's order.
    public var positions: [AbkFigure]

    /// The default waktu kerja efektif: 1,250 hours a year (75,000 minutes), the figure used with
    /// PermenPANRB 1/2020. Older bases still in use: 1,200 h (72,000 minutes, Perka BKN 19/2011).
    public static let defaultWKEHours: Double = 1250

    /// Creates an analysis from figures already computed.
    public init(wkeHours: Double, units: [AbkUnitFigure], positions: [AbkFigure]) {
        self.wkeHours = wkeHours
        self.units = units
        self.positions = positions
    }

    /// Computes the figure of a table; rows whose unit or jabatan does not resolve are left out (validate
    /// the table first).
    public init(table: AbkTable, organization: Organization, type: OrganizationType, wkeHours: Double = AbkAnalysis.defaultWKEHours) {
        let resolver = AbkResolver(organization: organization, type: type)
        var hours: [UnitID: [PositionID: Double]] = [:]
        var written: [UnitID: [PositionID: String]] = [:]
        for row in table.rows {
            guard let unit = resolver.unit(row.unit), let position = resolver.position(row.jabatan, in: unit) else { continue }
            hours[unit, default: [:]][position, default: 0] += row.hoursPerYear(wkeHours: wkeHours)
            // The unit's own name for the jabatan (`Kepala Seksi`), when the table writes one rather than an id.
            if written[unit]?[position] == nil, row.jabatan != position.rawValue { written[unit, default: [:]][position] = row.jabatan }
        }
        var totals: [PositionID: (hours: Double, people: Int)] = [:]
        units = organization.units.compactMap { unit -> AbkUnitFigure? in
            guard let byPosition = hours[unit.id] else { return nil }
            let order = unit.positions + type.positions.map(\.id).filter { !unit.positions.contains($0) }
            let figures = order.compactMap { position -> AbkFigure? in
                guard let load = byPosition[position] else { return nil }
                let people = unit.headcount(of: position)
                totals[position, default: (0, 0)].hours += load
                totals[position, default: (0, 0)].people += people
                let title = unit.head?.id == position ? resolver.title(of: position, in: unit) : written[unit.id]?[position] ?? resolver.title(of: position, in: unit)
                return AbkFigure(unit: unit.id, position: position, title: title,
                                 hours: load, wkeHours: wkeHours, headcount: people)
            }
            return AbkUnitFigure(unit: unit.id, title: unit.title, positions: figures, wkeHours: wkeHours)
        }
        positions = type.positions.compactMap { position in
            guard let total = totals[position.id] else { return nil }
            return AbkFigure(unit: nil, position: position.id, title: position.title, hours: total.hours,
                             wkeHours: wkeHours, headcount: total.people)
        }
        self.wkeHours = wkeHours
    }

    /// The figure of a position in a unit, if the table has rows for it.
    public func figure(of position: PositionID, in unit: UnitID) -> AbkFigure? {
        units.first { $0.unit == unit }?.positions.first { $0.position == position }
    }
}

/// The ABK figure of one jabatan: in one unit, or over the whole organization (``unit`` `nil`).
public struct AbkFigure: Hashable, Sendable, Codable {
    /// The unit, or `nil` for a position over all units.
    public var unit: UnitID?
    /// The position.
    public var position: PositionID
    /// How reports name it: the unit's head title for its head, else the name the table gives the jabatan
    /// in the unit (over all units: the position's title).
    public var title: String
    /// Beban kerja: Σ volume a year × norma waktu, in hours a year.
    public var hours: Double
    /// Kebutuhan pegawai: beban kerja ÷ WKE (a fraction of a person is kept, e.g. 1.2).
    public var required: Double
    /// Pegawai saat ini (bezetting): the holders in the organization.
    public var headcount: Int
    /// Efisiensi jabatan: beban kerja ÷ (pegawai saat ini × WKE); `nil` when nobody holds the position.
    public var efficiency: Double?

    /// Computes a figure.
    public init(unit: UnitID?, position: PositionID, title: String, hours: Double, wkeHours: Double, headcount: Int) {
        self.unit = unit
        self.position = position
        self.title = title
        self.hours = hours
        self.required = wkeHours > 0 ? hours / wkeHours : 0
        self.headcount = headcount
        self.efficiency = headcount > 0 && wkeHours > 0 ? hours / (Double(headcount) * wkeHours) : nil
    }

    /// The prestasi kerja jabatan grade of the efisiensi jabatan, if there is one.
    /// Graded on the efisiensi jabatan rounded to two decimals, as the reports show it.
    public var grade: AbkGrade? { efficiency.map { AbkGrade(efficiency: ($0 * 100).rounded() / 100) } }
}

/// The ABK figure of one unit: its positions and their sum.
public struct AbkUnitFigure: Hashable, Sendable, Codable {
    /// The unit.
    public var unit: UnitID
    /// Its title.
    public var title: String
    /// Its positions with rows, the head first, then in the unit's order.
    public var positions: [AbkFigure]
    /// Beban kerja of the unit in hours a year.
    public var hours: Double
    /// Kebutuhan pegawai of the unit (the sum of its positions').
    public var required: Double
    /// Pegawai saat ini in the unit, over its positions with rows.
    public var headcount: Int

    /// Creates a unit's figure from its positions'.
    public init(unit: UnitID, title: String, positions: [AbkFigure], wkeHours: Double) {
        self.unit = unit
        self.title = title
        self.positions = positions
        self.hours = positions.reduce(0) { $0 + $1.hours }
        self.required = positions.reduce(0) { $0 + $1.required }
        self.headcount = positions.reduce(0) { $0 + $1.headcount }
    }
}

/// The prestasi kerja jabatan grade of an efisiensi jabatan, as agency ABK applications band it:
/// A above 1.00, B 0.90–1.00, C 0.70–0.89, D 0.50–0.69, E below 0.50. The bands and their names are the
/// applications' (after Kep MenPAN 75/2004), not stated in PermenPANRB 1/2020's text (assumption).
public enum AbkGrade: String, Hashable, Sendable, Codable, CaseIterable {
    case a = "A", b = "B", c = "C", d = "D", e = "E"

    /// The grade of an efisiensi jabatan.
    public init(efficiency: Double) {
        switch efficiency {
        case let value where value > 1.0: self = .a
        case let value where value >= 0.9: self = .b
        case let value where value >= 0.7: self = .c
        case let value where value >= 0.5: self = .d
        default: self = .e
        }
    }

    /// The grade's name in Bahasa Indonesia.
    public var label: String {
        switch self {
        case .a: "Sangat Baik"
        case .b: "Baik"
        case .c: "Cukup"
        case .d: "Sedang"
        case .e: "Kurang"
        }
    }
}
