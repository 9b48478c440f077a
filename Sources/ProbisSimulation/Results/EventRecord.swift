/// One executed step, as the event log writes it.
public struct EventRecord: Sendable, Hashable {
    /// The case's number (from 1, in order of arrival), or -N for the planning of cycle N.
    public var owner: Int32
    /// Index into ``SimulationModel/steps``.
    public var step: Int32
    /// The position's index, or -1 outside the unit.
    public var pool: Int32
    /// The person within the position (0-based), or -1.
    public var person: Int32
    /// When the step could start (seconds since the simulation start).
    public var enable: Int64
    /// When work started.
    public var start: Int64
    /// When work ended.
    public var end: Int64
}

extension SimulationModel {
    /// The event log as CSV with the columns process-mining tools read: `case_id, activity, position,
    /// resource, enable_time, start_time, end_time` (ISO 8601 local times), one row per executed step in
    /// order of completion.
    public func eventLogCSV(_ records: [EventRecord]) -> String {
        var out = "case_id,activity,position,resource,enable_time,start_time,end_time\n"
        out.reserveCapacity(records.count * 96)
        for record in records {
            let caseID = record.owner > 0 ? String(record.owner) : "siklus-\(-record.owner)"
            let position = record.pool >= 0 ? positions[Int(record.pool)].id : "eksternal"
            let resource = record.pool >= 0 ? "\(position)-\(record.person + 1)" : "eksternal"
            out += "\(caseID),\(steps[Int(record.step)].activity),\(position),\(resource),"
            out += "\(calendar.timestamp(record.enable)),\(calendar.timestamp(record.start)),\(calendar.timestamp(record.end))\n"
        }
        return out
    }
}
