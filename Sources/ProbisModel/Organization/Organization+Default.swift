extension Organization {
    /// The id of the top unit of a derived organization.
    public static let topUnit: UnitID = "organisasi"

    /// The organization an organization type implies when the library has none of its own: the type's
    /// positions placed in units, so that scenarios of the type run on units and reporting chains too.
    ///
    /// - The type's head heads the top unit (`organisasi`), titled as the type.
    /// - Going down the reporting tree, a structural position with role `pimpinan-unit` and headcount n
    ///   heads n units of its own (`kepala-bidang` with headcount 4 → `kepala-bidang-1` … `-4`), shared in
    ///   contiguous blocks among the units its superior is placed in.
    /// - Every other position's headcount is shared evenly among the units its superior is placed in, the
    ///   remainder going to the first units (8 Pejabat Fungsional under 4 Kepala Bidang → 2 per bidang).
    ///
    /// The unit titles (`Unit 1`, `Unit 2` …) and the even shares are assumptions of probis, not the
    /// regulation's; an organization document says what a real Perangkat Daerah has.
    public static func derived(from type: OrganizationType) -> Organization {
        let header = DocumentHeader(id: type.header.id, kind: .organization, title: type.header.title, region: type.header.region)
        guard let head = type.heads.first else {
            return Organization(header: header, type: Reference(type.header.id), units: [])
        }
        var units = [OrganizationUnit(id: topUnit, title: type.header.title, head: Reference(head.id))]
        // A head position held by several (a line of service counters, not a hierarchy): the others sit beside.
        if head.headcount > 1 { units[0].staff.append(UnitStaffing(position: Reference(head.id), count: head.headcount - 1)) }
        var placed: [PositionID: [Int]] = [head.id: [0]]
        for position in type.levels.joined() where position.id != head.id {
            // Under a superior nobody holds (headcount 0), the position sits in the top unit.
            let above = position.reportsTo.flatMap { placed[$0.id] }.flatMap { $0.isEmpty ? nil : $0 } ?? [0]
            let count = position.headcount
            if position.has(.pimpinanUnit) && !position.tier.isFunctional && position.tier != .pelaksana {
                var own: [Int] = []
                for number in 0..<count {
                    let parent = above[number * above.count / count]
                    let id = UnitID(count > 1 ? "\(position.id)-\(number + 1)" : position.id.rawValue)
                    let title = count > 1 ? "Unit \(number + 1)" : "Unit \(position.title.shortAlternative)"
                    own.append(units.count)
                    units.append(OrganizationUnit(id: id, title: title, parent: Reference(units[parent].id), head: Reference(position.id)))
                }
                placed[position.id] = own
            } else {
                var into: [Int] = []
                for (offset, unit) in above.enumerated() {
                    let share = count / above.count + (offset < count % above.count ? 1 : 0)
                    guard share > 0 else { continue }
                    units[unit].staff.append(UnitStaffing(position: Reference(position.id), count: share))
                    into.append(unit)
                }
                placed[position.id] = into.isEmpty ? above : into
            }
        }
        return Organization(header: header, type: Reference(type.header.id), units: units)
    }
}
