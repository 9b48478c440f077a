/// Resolves what an ABK table writes (ids or titles, any case and spacing) to an organization's units and
/// its type's positions.
public struct AbkResolver: Sendable {
    /// The organization.
    public let organization: Organization
    /// Its type.
    public let type: OrganizationType

    /// Units by each normalized name they answer to (first unit wins).
    private let unitsByName: [String: UnitID]
    /// Positions by each normalized name (id, title, each name joined by `/` in the title).
    private let positionsByName: [String: PositionID]
    /// Each unit's normalized head title, with the position that heads it.
    private let headsByUnit: [UnitID: (title: String, position: PositionID)]

    /// Creates a resolver; names are normalized once here, so resolving a row is a few lookups.
    public init(organization: Organization, type: OrganizationType) {
        self.organization = organization
        self.type = type
        var units: [String: UnitID] = [:]
        var heads: [UnitID: (title: String, position: PositionID)] = [:]
        for unit in organization.units {
            for name in Self.names(of: unit) where units[name] == nil { units[name] = unit.id }
            if let title = unit.headTitle, let head = unit.head?.id { heads[unit.id] = (Self.normalized(title), head) }
        }
        var positions: [String: PositionID] = [:]
        for position in type.positions {
            for name in [Self.normalized(position.id.rawValue), Self.normalized(position.title)] + Self.alternatives(of: position.title)
            where positions[name] == nil {
                positions[name] = position.id
            }
        }
        unitsByName = units
        positionsByName = positions
        headsByUnit = heads
    }

    /// Lower case, inner runs of spaces as one, trimmed: how names are compared.
    public static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The unit a cell names: by id, by title, or by its head's title without `Kepala` (`Bidang P2P` for
    /// the unit headed by the `Kepala Bidang P2P`).
    public func unit(_ written: String) -> UnitID? {
        unitsByName[Self.normalized(written)]
    }

    /// The names a unit answers to, normalized.
    static func names(of unit: OrganizationUnit) -> [String] {
        var names = [normalized(unit.id.rawValue), normalized(unit.title)]
        if let head = unit.headTitle.map(normalized), head.hasPrefix("kepala "), head.count > 7 { names.append(String(head.dropFirst(7))) }
        return names
    }

    /// The position a cell names in a unit: by the unit's head title, else by id or the type's title (or a
    /// name joined by `/` in it).
    public func position(_ written: String, in unit: UnitID) -> PositionID? {
        let key = Self.normalized(written)
        if let head = headsByUnit[unit], head.title == key { return head.position }
        return positionsByName[key]
    }

    /// The names a title joins with `/` (`Kepala Sub Bagian/Kepala Seksi/Kepala Sub Bidang`), normalized.
    static func alternatives(of title: String) -> [String] {
        title.contains("/") ? title.split(separator: "/").map { normalized(String($0)) } : []
    }

    /// How reports name a position in a unit: the unit's head title for its head, else the position's title.
    public func title(of position: PositionID, in unit: OrganizationUnit) -> String {
        if unit.head?.id == position, let title = unit.headTitle { return title }
        return type.position(position)?.title ?? position.rawValue
    }

    /// The names a unit cell may use, for "did you mean".
    public var unitNames: [String] {
        organization.units.flatMap { unit in
            [unit.id.rawValue, unit.title] + (unit.headTitle.flatMap { $0.hasPrefix("Kepala ") ? [String($0.dropFirst(7))] : nil } ?? [])
        }
    }

    /// The names a jabatan cell may use in a unit, for "did you mean".
    public func positionNames(in unit: UnitID?) -> [String] {
        let head = unit.flatMap { organization.unit($0)?.headTitle }.map { [$0] } ?? []
        return head + type.positions.flatMap { position in
            [position.id.rawValue, position.title]
                + (position.title.contains("/") ? position.title.split(separator: "/").map(String.init) : [])
        }
    }
}

extension AbkTable {
    /// The rows that do not resolve against an organization and its stage flow, as located errors: an
    /// unknown unit, a jabatan that is not a position of the organization type, a langkah that is not an
    /// activity of the flow or one the jabatan does not work in. One error per row (its first problem).
    public func problems(organization: Organization, type: OrganizationType, staffing: (Lane) -> Staffing) -> [Diagnostic] {
        let resolver = AbkResolver(organization: organization, type: type)
        var found: [Diagnostic] = []
        if rows.isEmpty {
            found.append(.error(.abkEmptyTable, at: SourceLocation(file: file, line: 1, column: 1), "ABK table '\(file)' holds no rows"))
        }
        for row in rows {
            guard let unit = resolver.unit(row.unit) else {
                let hint = Suggestion.hint(for: row.unit, in: resolver.unitNames)
                found.append(.error(.abkUnknownUnit, at: row.cells[.unit] ?? row.location,
                    "unit '\(row.unit)' is not a unit of organization '\(organization.header.id)'\(hint)"))
                continue
            }
            guard let position = resolver.position(row.jabatan, in: unit) else {
                let hint = Suggestion.hint(for: row.jabatan, in: resolver.positionNames(in: unit))
                found.append(.error(.abkUnknownJabatan, at: row.cells[.jabatan] ?? row.location,
                    "jabatan '\(row.jabatan)' is not a position of organization '\(organization.header.id)' (type '\(type.header.id)')\(hint)"))
                continue
            }
            guard let step = row.step else { continue }
            let location = row.cells[.langkah] ?? row.location
            guard let flow = type.flow else {
                found.append(.error(.abkUnknownStep, at: location, "langkah '\(step)': organization type '\(type.header.id)' has no stage flow"))
                continue
            }
            let activities = flow.steps.filter { $0.kind == .activity }
            guard let activity = activities.first(where: { $0.id == step }) else {
                let hint = Suggestion.hint(for: step.rawValue, in: activities.map(\.id.rawValue))
                found.append(.error(.abkUnknownStep, at: location,
                    "langkah '\(step)' is not an activity of the stage flow of '\(type.header.id)'\(hint)"))
                continue
            }
            let performers: [PositionID]
            if let lane = flow.lane(activity.lane.id), case let .positions(ids) = staffing(lane) { performers = ids } else { performers = [] }
            if !performers.contains(position) {
                let who = performers.isEmpty ? "nobody of the organization" : performers.map(\.rawValue).joined(separator: "/")
                found.append(.error(.abkUnknownStep, at: location,
                    "jabatan '\(row.jabatan)' does not do langkah '\(step)' (its lane '\(activity.lane.id)' is done by \(who))"))
            }
        }
        return found
    }
}
