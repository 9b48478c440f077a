import ProbisModel
import ProbisSimulation

extension SimulationModel {
    /// The event log as XES (IEEE 1849-2016), written without the XES namespace so that it validates
    /// against the standard's schema, which has no target namespace.
    ///
    /// One trace per kegiatan (named by its number, in order of arrival) with its unit (`unit`, `unit:id`),
    /// its assignment type (`assignment`: individu, tim-kerja or lintas-unit) and team size (`team_size`,
    /// 1 for individu); one trace per performance cycle's planning (`siklus-N`). Each executed step gives
    /// a `start` and a `complete` event with `concept:name` (the step), `org:resource` (the person, as in
    /// the CSV log), `org:role` (the position) and `time:timestamp` (local time of the scenario's calendar,
    /// without a zone offset). Events of a trace are in time order; at equal times, in the order the steps completed (a step's
    /// `start` before its `complete`).
    /// - Parameter records: the run's event records (``SimulationRun/eventLog``).
    /// - Returns: the XML text; the same records give the same bytes.
    public func eventLogXES(_ records: [EventRecord]) -> String {
        var traces: [Int32: [Int]] = [:]
        for (index, record) in records.enumerated() { traces[record.owner, default: []].append(index) }
        // Kegiatan in order of arrival, then cycles' planning in cycle order.
        let owners = traces.keys.sorted { ($0 < 0 ? 1 : 0, abs($0)) < ($1 < 0 ? 1 : 0, abs($1)) }
        var w = XMLWriter()
        w.open("log", [("xes.version", "1849.2016"), ("xes.features", "nested-attributes")])
        for (name, prefix) in [("Concept", "concept"), ("Lifecycle", "lifecycle"), ("Organizational", "org"), ("Time", "time")] {
            w.empty("extension", [("name", name), ("prefix", prefix), ("uri", "http://www.xes-standard.org/\(prefix).xesext")])
        }
        w.open("global", [("scope", "trace")])
        w.empty("string", [("key", "concept:name"), ("value", "__INVALID__")])
        w.close("global")
        w.open("global", [("scope", "event")])
        w.empty("string", [("key", "concept:name"), ("value", "__INVALID__")])
        w.empty("string", [("key", "lifecycle:transition"), ("value", "complete")])
        w.empty("date", [("key", "time:timestamp"), ("value", "1970-01-01T00:00:00")])
        w.close("global")
        w.empty("classifier", [("name", "Activity"), ("keys", "concept:name")])
        w.empty("classifier", [("name", "Activity_and_transition"), ("keys", "concept:name lifecycle:transition")])
        w.empty("string", [("key", "concept:name"), ("value", scenario.header.id.rawValue)])
        w.empty("string", [("key", "source"), ("value", "probis")])
        for owner in owners {
            let indices = traces[owner]!
            let first = records[indices[0]]
            w.open("trace")
            w.empty("string", [("key", "concept:name"), ("value", owner > 0 ? String(owner) : "siklus-\(-owner)")])
            if owner > 0, first.unit >= 0, Int(first.unit) < caseUnits.count {
                w.empty("string", [("key", "unit"), ("value", caseUnits[Int(first.unit)].title)])
                w.empty("string", [("key", "unit:id"), ("value", caseUnits[Int(first.unit)].id)])
            }
            if owner > 0 {
                let assignment = ["individu", "tim-kerja", "lintas-unit"][Int(max(0, min(2, first.assignment)))]
                w.empty("string", [("key", "assignment"), ("value", assignment)])
                w.empty("int", [("key", "team_size"), ("value", String(first.assignment == 0 ? 1 : first.teamSize))])
            } else {
                w.empty("string", [("key", "assignment"), ("value", "siklus")])
            }
            var events: [(time: Int64, order: Int, record: EventRecord, transition: String)] = []
            for (order, index) in indices.enumerated() {
                let record = records[index]
                events.append((record.start, 2 * order, record, "start"))
                events.append((record.end, 2 * order + 1, record, "complete"))
            }
            // Records come in order of completion, so at equal times the earlier step's events come first.
            events.sort { ($0.time, $0.order) < ($1.time, $1.order) }
            for event in events { writeEvent(&w, event.record, transition: event.transition, time: event.time) }
            w.close("trace")
        }
        w.close("log")
        return w.text
    }

    private func writeEvent(_ w: inout XMLWriter, _ record: EventRecord, transition: String, time: Int64) {
        let resource = record.pool >= 0 ? resources[Int(record.pool)] : nil
        let name = resource.map { $0.headcount > 1 ? "\($0.id)/\(record.person + 1)" : $0.id } ?? "eksternal"
        w.open("event")
        w.empty("string", [("key", "concept:name"), ("value", steps[Int(record.step)].activity)])
        w.empty("string", [("key", "lifecycle:transition"), ("value", transition)])
        w.empty("date", [("key", "time:timestamp"), ("value", calendar.timestamp(time))])
        w.empty("string", [("key", "org:resource"), ("value", name)])
        w.empty("string", [("key", "org:role"), ("value", resource?.position ?? "eksternal")])
        w.close("event")
    }
}
