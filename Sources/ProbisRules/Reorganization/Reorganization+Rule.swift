import ProbisModel

extension Reorganization {
    /// The penyetaraan from an organization's type to a target type, by the region's profile.
    ///
    /// - Throws: ``ReorganizationError`` located at the organization's `type:` (or at its header for a
    ///   type's derived organization): no such type, a type of another region, the same type, or no rule.
    static func rule(from beforeType: OrganizationType, to target: String, for organization: Organization,
                     in library: Library) throws(ReorganizationError) -> (Penyetaraan, OrganizationType) {
        let at = organization.type.location ?? organization.header.location ?? beforeType.header.location
        let region = beforeType.header.region?.id
        guard let afterType = library.organizationType(DocumentID(target)) else {
            let sameRegion = library.organizationTypes.filter { $0.header.region?.id == region }.map(\.header.id.rawValue)
            throw ReorganizationError(.error(.reorganizeUnknownType, at: nil,
                "--to '\(target)' is not an organization type of the library\(Suggestion.hint(for: target, in: sameRegion.isEmpty ? library.organizationTypes.map(\.header.id.rawValue) : sameRegion))"))
        }
        let afterRegion = afterType.header.region?.id
        guard afterRegion == region else {
            throw ReorganizationError(.error(.reorganizeOtherRegion, at: at,
                "'\(organization.header.id)' is a '\(beforeType.header.id)' of region '\(region?.rawValue ?? "-")'; '\(afterType.header.id)' is an organization type of region '\(afterRegion?.rawValue ?? "-")', and a penyetaraan converts between the types of one region"))
        }
        let profile = region.flatMap { library.region($0)?.profile } ?? region?.rawValue ?? ""
        let rules = Penyetaraan.standard[profile] ?? []
        let targets = rules.filter { $0.from == beforeType.header.id }.map(\.to.rawValue)
        let defined = targets.isEmpty ? "it defines none from '\(beforeType.header.id)'" : "from '\(beforeType.header.id)' it defines '\(targets.joined(separator: "', '"))'"
        guard afterType.header.id != beforeType.header.id else {
            throw ReorganizationError(.error(.reorganizeSameType, at: at,
                "'\(organization.header.id)' is already a '\(afterType.header.id)'; nothing to reorganize (\(defined))"))
        }
        guard let rule = rules.first(where: { $0.from == beforeType.header.id && $0.to == afterType.header.id }) else {
            throw ReorganizationError(.error(.reorganizeNoRule, at: at,
                "the regulation of region '\(region?.rawValue ?? "-")' defines no penyetaraan from '\(beforeType.header.id)' to '\(afterType.header.id)' (\(defined))"))
        }
        return (rule, afterType)
    }

    /// The position of the after type a before position's people hold where the scenario names a leader or
    /// a staffed position: the kept post when the conversion keeps one, else the converted position.
    func mapped(_ position: PositionID) -> PositionID? {
        let result: PositionID
        if let conversion = rule.conversion(of: position) {
            result = conversion.keep == .none ? conversion.to : conversion.keptPosition
        } else {
            result = position
        }
        return afterType.position(result) == nil ? nil : result
    }
}
