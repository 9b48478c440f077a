/// A scenario's `abk:` setting: an Anjab-ABK table that gives the workload and the working time per step
/// of each jabatan, against a waktu kerja efektif (docs/abk.md).
public struct AbkSetting: Hashable, Sendable, Codable {
    /// The table's path as written, relative to the scenario file.
    public var table: String
    /// Waktu kerja efektif in hours a year (default 1,250, PermenPANRB 1/2020).
    public var wkeHours: Double
    /// The table as read, once the loader has read it; ignored by equality (it is another file's content,
    /// like a source location).
    @IgnoredByEquality public var loaded: AbkTable?
    /// Where `abk:` was written; ignored by equality.
    @IgnoredByEquality public var location: SourceLocation?
    /// Where the waktu kerja efektif was written, if it was; ignored by equality.
    @IgnoredByEquality public var wkeLocation: SourceLocation?
    /// Where the table's path was written; ignored by equality.
    @IgnoredByEquality public var tableLocation: SourceLocation?

    /// Creates a setting.
    public init(table: String, wkeHours: Double = AbkAnalysis.defaultWKEHours, loaded: AbkTable? = nil,
                location: SourceLocation? = nil, wkeLocation: SourceLocation? = nil, tableLocation: SourceLocation? = nil) {
        self.tableLocation = tableLocation
        self.table = table
        self.wkeHours = wkeHours
        self.loaded = loaded
        self.location = location
        self.wkeLocation = wkeLocation
    }
}

/// The working time of one step when a given position of a given unit does it: the durations an ABK
/// table derives (``Scenario/derivingABK(organization:type:)``). It takes precedence over the step's
/// entry in ``Scenario/durations``.
public struct PositionStepDuration: Hashable, Sendable, Codable {
    /// The step of the stage flow.
    public var step: StepID
    /// The unit of the person doing it.
    public var unit: UnitID
    /// The position of the person doing it.
    public var position: PositionID
    /// Its duration in seconds of working time.
    public var duration: DistributionSpec

    /// Creates an entry.
    public init(step: StepID, unit: UnitID, position: PositionID, duration: DistributionSpec) {
        self.step = step
        self.unit = unit
        self.position = position
        self.duration = duration
    }
}
