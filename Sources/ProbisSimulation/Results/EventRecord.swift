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
}

extension SimulationModel {
    /// The event log as CSV with the columns process-mining tools read: `case_id, activity, position,
    /// resource (the person, e.g. `p2p/jf-ahli-pertama/2`), enable_time, start_time, end_time` (ISO 8601 local times), one row per executed step in
    /// order of completion.
    public func eventLogCSV(_ records: [EventRecord]) -> String {
        var out = "case_id,activity,position,resource,enable_time,start_time,end_time\n"
        out.reserveCapacity(records.count * 96)
        for record in records {
            let caseID = record.owner > 0 ? String(record.owner) : "siklus-\(-record.owner)"
            let resource = record.pool >= 0 ? resources[Int(record.pool)] : nil
            let position = resource?.position ?? "eksternal"
            let name = resource.map { $0.headcount > 1 ? "\($0.id)/\(record.person + 1)" : $0.id } ?? "eksternal"
            out += "\(caseID),\(steps[Int(record.step)].activity),\(position),\(name),"
            out += "\(calendar.timestamp(record.enable)),\(calendar.timestamp(record.start)),\(calendar.timestamp(record.end))\n"
        }
        return out
    }
}
