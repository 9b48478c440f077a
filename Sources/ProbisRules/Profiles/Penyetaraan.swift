import ProbisModel

/// One reorganization a region's text defines between two of its organization types (penyetaraan
/// jabatan): which positions of the "before" type disappear and whose people they become in the "after"
/// type. Data, per region, in `Penyetaraan+<Region>.swift`; ``Reorganization`` applies it.
///
/// A position of the before type with no conversion keeps its people under the same id in the after type.
public struct Penyetaraan: Hashable, Sendable {
    /// The organization type before, e.g. `kaltim.pd-tipe-2`.
    public var from: DocumentID
    /// The organization type after, e.g. `kaltim.pd-tipe-1`.
    public var to: DocumentID
    /// Where the text defines the after type, e.g. `Lampiran I BAB II angka 2 huruf a angka 2)`.
    public var provision: String
    /// The positions that change, in the before type's order.
    public var conversions: [PositionConversion]
    /// What of this pair is a reading of probis rather than the text (Bahasa Indonesia), if anything.
    public var assumption: String?

    /// Creates a penyetaraan.
    public init(from: DocumentID, to: DocumentID, provision: String, conversions: [PositionConversion], assumption: String? = nil) {
        self.from = from
        self.to = to
        self.provision = provision
        self.conversions = conversions
        self.assumption = assumption
    }

    /// The conversion of a before position, if it changes.
    public func conversion(of position: PositionID) -> PositionConversion? { conversions.first { $0.from == position } }

    /// The penyetaraan of every region profile, by profile id.
    public static let standard: [String: [Penyetaraan]] = ["kaltim": kaltim, "bungo": bungo]
}

/// What becomes of the people of one position of the before type.
public struct PositionConversion: Hashable, Sendable {
    /// Which holders keep a structural post instead of being converted.
    public enum Keep: Hashable, Sendable {
        /// Every holder is converted.
        case none
        /// The first holder in each unit keeps the post (as ``PositionConversion/keptAs``).
        case onePerUnit
        /// The first holder in the organization, in the order the units are written, keeps the post.
        case oneInOrganization
    }

    /// The position of the before type.
    public var from: PositionID
    /// The position of the after type its converted holders take, e.g. `jf-ahli-muda`.
    public var to: PositionID
    /// Which holders keep a post.
    public var keep: Keep
    /// The after type's position the kept holders hold (the same id when `nil`).
    public var keptAs: PositionID?
    /// Where the text states it, e.g. `Lampiran I BAB II angka 2 huruf a angka 4)`.
    public var provision: String
    /// Whether this is a reading of probis rather than the text's words (said in reports and notes).
    public var assumed: Bool

    /// Creates a conversion.
    public init(from: PositionID, to: PositionID, keep: Keep = .none, keptAs: PositionID? = nil, provision: String, assumed: Bool = false) {
        self.from = from
        self.to = to
        self.keep = keep
        self.keptAs = keptAs
        self.provision = provision
        self.assumed = assumed
    }

    /// The after position of the kept holders.
    public var keptPosition: PositionID { keptAs ?? from }
}
