import ProbisSimulation

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
