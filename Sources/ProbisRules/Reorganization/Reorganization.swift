import ProbisModel

/// An organization reorganized into another type of its region by the region's penyetaraan
/// (``Penyetaraan``), with the scenario that carries its workload over to the new type's flow.
///
/// ```swift
/// let result = try Reorganization(organization: "kaltim.contoh.dinas-kesehatan", to: "kaltim.pd-tipe-1", in: library)
/// print(result.organization.header.id)   // kaltim.contoh.dinas-kesehatan.pd-tipe-1
/// ```
///
/// Pure: the caller validates the result with the library and writes it.
public struct Reorganization: Sendable {
    /// The organization before.
    public var before: Organization
    /// Its type.
    public var beforeType: OrganizationType
    /// The target type.
    public var afterType: OrganizationType
    /// The penyetaraan applied.
    public var rule: Penyetaraan
    /// The organization after: the same units and people, the converted holders in their new positions.
    public var organization: Organization
    /// People converted, per unit, in unit order.
    public var converted: [ConvertedHolders]
    /// The scenario after, when there was one before (``carryOver(_:)``).
    public var scenario: Scenario?
    /// How each activity of the after flow took its duration from the before flow.
    public var matches: [StepMatch] = []
    /// Activities of the before flow that no after activity matches: the work that disappears with the
    /// converted posts.
    public var dropped: [StepID] = []
    /// The Anjab-ABK table after, with each row's note, when the scenario carried over has one
    /// (``carryTable(_:matches:staffing:)``); the after scenario's `abk:` names it once written.
    public var abkRows: [CarriedAbkRow]?

    /// Holders of one position in one unit converted into another position.
    public struct ConvertedHolders: Hashable, Sendable, Codable {
        /// The unit.
        public var unit: UnitID
        /// The position before.
        public var from: PositionID
        /// The position after.
        public var to: PositionID
        /// How many.
        public var count: Int
    }

    /// Reorganizes an organization (or an organization type's default organization) of a library.
    ///
    /// - Parameters:
    ///   - id: an organization id, or an organization type id (its derived organization).
    ///   - target: the id of the organization type after.
    ///   - library: where both are.
    ///   - scenario: for an organization type, the scenario whose headcounts its derived organization takes.
    /// - Throws: ``ReorganizationError`` with one located diagnostic: an unknown organization or type, a
    ///   type of another region, the same type, a pair the region defines no penyetaraan for, or a
    ///   position the conversion cannot place.
    public init(organization id: String, to target: String, in library: Library, scenario: Scenario? = nil) throws(ReorganizationError) {
        let before: Organization
        switch library.document(DocumentID(id)) {
        case let .organization(found)?:
            before = found
        case let .organizationType(type)?:
            before = scenario.flatMap { library.simulated(by: $0)?.organization } ?? Organization.derived(from: type)
        default:
            let candidates = library.documents.compactMap { document -> String? in
                switch document {
                case .organization, .organizationType: document.id.rawValue
                default: nil
                }
            }
            throw ReorganizationError(.error(.reorganizeUnknownOrganization, at: nil,
                "no organization or organization type with id '\(id)'\(Suggestion.hint(for: id, in: candidates))"))
        }
        guard let beforeType = library.organizationType(before.type.id) else {
            throw ReorganizationError(.error(.reorganizeUnknownType, at: before.type.location,
                "'\(before.header.id)' names organization type '\(before.type.id)', which is not in the library"))
        }
        let (rule, afterType) = try Self.rule(from: beforeType, to: target, for: before, in: library)
        try self.init(before, type: beforeType, to: afterType, by: rule)
    }

    /// Applies a penyetaraan to an organization.
    /// - Throws: ``ReorganizationError`` when a placed position is neither in the after type nor converted.
    public init(_ before: Organization, type beforeType: OrganizationType, to afterType: OrganizationType, by rule: Penyetaraan) throws(ReorganizationError) {
        self.before = before
        self.beforeType = beforeType
        self.afterType = afterType
        self.rule = rule
        var kept: Set<PositionID> = []
        var converted: [ConvertedHolders] = []
        var units: [OrganizationUnit] = []
        var lostHead: [Int: PositionID] = [:]
        var keptUnit: [PositionID: UnitID] = [:]
        // Whether the next holder of a converted position keeps its post.
        func keeps(_ conversion: PositionConversion, alreadyInUnit: Bool) -> Bool {
            switch conversion.keep {
            case .none: return false
            case .onePerUnit: return !alreadyInUnit
            case .oneInOrganization: return kept.insert(conversion.from).inserted
            }
        }
        for unit in before.units {
            var after = unit
            after.staff = []
            after.location = nil
            var keptHere: Set<PositionID> = []
            func add(_ position: PositionID, _ count: Int) {
                guard count > 0 else { return }
                if let index = after.staff.firstIndex(where: { $0.position.id == position }) {
                    after.staff[index].count += count
                } else {
                    after.staff.append(UnitStaffing(position: Reference(position), count: count))
                }
            }
            if let head = unit.head?.id, let conversion = rule.conversion(of: head) {
                if keeps(conversion, alreadyInUnit: false) {
                    after.head = Reference(conversion.keptPosition)
                    keptHere.insert(head)
                    keptUnit[head] = unit.id
                } else {
                    after.head = nil
                    after.headTitle = nil
                    lostHead[units.count] = head
                    add(conversion.to, 1)
                    converted.append(ConvertedHolders(unit: unit.id, from: head, to: conversion.to, count: 1))
                }
            } else if let head = unit.head {
                guard afterType.position(head.id) != nil else { throw Self.unplaced(head.id, in: unit, at: head.location, afterType, rule) }
                after.head = Reference(head.id)
            }
            for staffing in unit.staff {
                let position = staffing.position.id
                guard let conversion = rule.conversion(of: position) else {
                    guard afterType.position(position) != nil else { throw Self.unplaced(position, in: unit, at: staffing.position.location, afterType, rule) }
                    add(position, staffing.count)
                    continue
                }
                var moving = staffing.count
                if moving > 0, keeps(conversion, alreadyInUnit: keptHere.contains(position)) {
                    keptHere.insert(position)
                    add(conversion.keptPosition, 1)
                    moving -= 1
                }
                add(conversion.to, moving)
                if moving > 0 { converted.append(ConvertedHolders(unit: unit.id, from: position, to: conversion.to, count: moving)) }
            }
            after.note = nil
            units.append(after)
        }
        // A unit whose head was converted stays as a working group under the unit of the holder kept.
        for (index, head) in lostHead.sorted(by: { $0.key < $1.key }) {
            let to = rule.conversion(of: head)?.to.rawValue ?? ""
            if let parent = keptUnit[head] { units[index].parent = Reference(parent) }
            let under = keptUnit[head].flatMap { id in units.first { $0.id == id }?.title }.map { " di bawah \($0)" } ?? ""
            units[index].note = "Kepala unit disetarakan menjadi \(afterType.position(PositionID(to))?.title ?? to); unit tetap sebagai kelompok kerja\(under) (asumsi probis, bukan teks)."
        }
        self.converted = converted
        let suffix = afterType.header.id.rawValue.split(separator: ".").last.map(String.init) ?? afterType.header.id.rawValue
        var header = DocumentHeader(id: DocumentID("\(before.header.id).\(suffix)"), kind: .organization,
                                    title: "\(before.header.title) sebagai \(afterType.header.title)", region: before.header.region)
        header.description = Self.description(before: before, beforeType: beforeType, afterType: afterType, rule: rule, converted: converted)
        organization = Organization(header: header, type: Reference(afterType.header.id), units: units)
    }

    /// The description of the after organization: where it comes from, the rule, what was converted, and
    /// the assumptions.
    static func description(before: Organization, beforeType: OrganizationType, afterType: OrganizationType,
                            rule: Penyetaraan, converted: [ConvertedHolders]) -> String {
        var totals: [(PositionConversion, Int)] = []
        for item in converted {
            guard let conversion = rule.conversion(of: item.from) else { continue }
            if let index = totals.firstIndex(where: { $0.0 == conversion }) { totals[index].1 += item.count } else { totals.append((conversion, item.count)) }
        }
        let list = totals.map { conversion, count in
            let from = beforeType.position(conversion.from)?.title ?? conversion.from.rawValue
            let to = afterType.position(conversion.to)?.title ?? conversion.to.rawValue
            return "\(count) \(from) menjadi \(to) (\(conversion.provision)\(conversion.assumed ? ", asumsi" : ""))"
        }
        var text = "Hasil probis reorganize dari \(before.header.id) (\(beforeType.header.title)) menjadi \(afterType.header.title) "
        text += "menurut penyetaraan jabatan \(rule.provision): \(list.isEmpty ? "tidak ada jabatan yang disetarakan" : list.joined(separator: "; ")). "
        text += "Unit, jumlah pegawai dan pejabat fungsional/pelaksana tetap sama."
        if let assumption = rule.assumption { text += " " + assumption }
        return text
    }

    static func unplaced(_ position: PositionID, in unit: OrganizationUnit, at location: SourceLocation?,
                         _ afterType: OrganizationType, _ rule: Penyetaraan) -> ReorganizationError {
        ReorganizationError(.error(.reorganizeUnplaced, at: location ?? unit.location,
            "position '\(position)' in unit '\(unit.id)' has no place in '\(afterType.header.id)': it is not a position of that type and the penyetaraan \(rule.from) → \(rule.to) does not convert it"))
    }
}

/// Why a reorganization cannot be made: one located diagnostic.
public struct ReorganizationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The diagnostic.
    public var diagnostic: Diagnostic

    /// Creates an error.
    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    /// `file:line:col: error[code]: message`.
    public var description: String { diagnostic.codedDescription }
}
