/// A typed identifier: a string that names one kind of model element.
///
/// Identifiers are compared by their raw text. Each kind of element has its own type, so a position id
/// cannot be passed where a step id is expected.
public protocol ModelIdentifier: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible where RawValue == String {
    /// Creates an identifier from its text.
    init(rawValue: String)
}

extension ModelIdentifier {
    public init(_ text: String) { self.init(rawValue: text) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Names a document of the library (an organization type, a map, a region, a catalog or a scenario);
/// unique across the whole library, e.g. `kaltim.pd-tipe-2`.
public struct DocumentID: ModelIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Names a position (jabatan) within one organization type, e.g. `kasubbag`.
public struct PositionID: ModelIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Names a step (node) within one peta lintas fungsi.
public struct StepID: ModelIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Names a lane within one peta lintas fungsi.
public struct LaneID: ModelIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Names an artifact (document or letter) of the library's artifact catalogs, e.g. `surat-penugasan`.
public struct ArtifactID: ModelIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Names a party of a peta relasi.
public struct PartyID: ModelIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A reference by id to another element, remembering where the reference was written so that a dangling
/// reference can be reported at the right line and column.
public struct Reference<ID: ModelIdentifier>: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The referenced id.
    public var id: ID
    /// Where the reference was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?

    /// Creates a reference.
    public init(_ id: ID, at location: SourceLocation? = nil) {
        self.id = id
        self.location = location
    }

    public var description: String { id.rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(try ID(from: decoder))
    }
    public func encode(to encoder: any Encoder) throws { try id.encode(to: encoder) }
}

/// Names a unit (Sekretariat, Bidang, Seksi, UPTD …) within one organization, e.g. `bidang-p2p`.
public struct UnitID: ModelIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Names one person of an organization: `unit/position` for a position held by one person in the unit,
/// `unit/position/2` for the second of several, e.g. `bidang-p2p/jf-ahli-pertama/2`.
public struct PersonID: ModelIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
