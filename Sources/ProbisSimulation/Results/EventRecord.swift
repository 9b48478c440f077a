/// One executed step, as the event log writes it.
public struct EventRecord: Sendable, Hashable {
    /// The case's number (from 1, in order of arrival), or -N for the planning of cycle N.
    public var owner: Int32
    /// Index into ``SimulationModel/steps``.
    public var step: Int32
    /// The resource's index in ``SimulationModel/resources``, or -1 outside the unit.
    public var pool: Int32
    /// The person within the resource (0-based; above 0 only in a pool), or -1.
    public var person: Int32
    /// When the step could start (seconds since the simulation start).
    public var enable: Int64
    /// When work started.
    public var start: Int64
    /// When work ended.
    public var end: Int64
    /// The case's unit (index into ``SimulationModel/caseUnits``), or -1 for the planning of a cycle.
    public var unit: Int32 = -1
    /// How the case is assigned: 0 individu, 1 tim kerja, 2 lintas unit; -1 for the planning of a cycle.
    public var assignment: Int8 = -1
    /// The team's size drawn for the case (people), or 0 for the planning of a cycle.
    public var teamSize: Int32 = 0
}
