import Foundation
import ProbisModel
import ProbisTables
import Yams

extension DocumentReader {
    /// `abk: {table: FILE.csv, waktu-kerja-efektif: 1250h}`; the loader reads the table
    /// (``LibraryLoader/readingABKTable(_:file:)``).
    func abkSetting(_ node: Node, owner: String) -> AbkSetting? {
        guard let reader = MappingReader(node, what: "'abk' of \(owner)", element: ProcessMapsFormat.abk, context: context) else { return nil }
        var wke = AbkAnalysis.defaultWKEHours
        if let wkeNode = reader.node("waktu-kerja-efektif") {
            guard case let .scalar(scalar) = wkeNode, let seconds = DurationText.parse(scalar.string, allowed: ["h"]) else {
                context.error(.wrongType, at: wkeNode, "'waktu-kerja-efektif' of \(owner) must be hours a year such as '1250h', found \(DecodingContext.describe(wkeNode))")
                return nil
            }
            guard seconds > 0 else {
                context.error(.outOfRange, at: wkeNode, "'waktu-kerja-efektif' of \(owner) must be more than 0 hours a year, found '\(scalar.string)' (PermenPANRB 1/2020 uses 1250h)")
                return nil
            }
            wke = seconds / 3600
        }
        guard let path = reader.string("table") else { return nil }
        return AbkSetting(table: path, wkeHours: wke, location: reader.location,
                          wkeLocation: reader.has("waktu-kerja-efektif") ? reader.location("waktu-kerja-efektif") : nil,
                          tableLocation: reader.location("table"))
    }

    /// `availability: {position: share}`.
    func availabilityShares(_ node: Node?, owner: String) -> [PositionAvailability] {
        entries(node, what: "'availability' of \(owner)").compactMap { key, keyNode, value in
            guard let share = number(value, what: "availability of '\(key)'") else { return nil }
            guard share > 0, share <= 1 else {
                context.error(.outOfRange, at: value, "availability of '\(key)' in \(owner) must be more than 0 and at most 1, found \(DecodingContext.describe(value))")
                return nil
            }
            return PositionAvailability(position: Reference(PositionID(key), at: context.location(of: keyNode)), share: share,
                                        location: context.location(of: value))
        }
    }

    /// `seasonal: [12 weights]`.
    func seasonalProfile(_ node: Node, owner: String) -> SeasonalProfile? {
        guard case let .sequence(sequence) = node else {
            context.error(.wrongType, at: node, "'seasonal' of \(owner) must be a list of twelve weights (January first), found \(DecodingContext.describe(node))")
            return nil
        }
        guard sequence.count == 12 else {
            context.error(.outOfRange, at: node, "'seasonal' of \(owner) must give twelve weights (January to December), found \(sequence.count)")
            return nil
        }
        var weights: [Double] = []
        for (month, item) in sequence.enumerated() {
            guard let weight = number(item, what: "weight of month \(month + 1) in 'seasonal' of \(owner)") else { return nil }
            guard weight >= 0 else {
                context.error(.outOfRange, at: item, "weight of month \(month + 1) in 'seasonal' of \(owner) must be 0 or more, found \(DecodingContext.describe(item))")
                return nil
            }
            weights.append(weight)
        }
        guard weights.contains(where: { $0 > 0 }) else {
            context.error(.outOfRange, at: node, "'seasonal' of \(owner) gives every month weight 0; no kegiatan would come")
            return nil
        }
        return SeasonalProfile(weights: weights, location: context.location(of: node))
    }

}
