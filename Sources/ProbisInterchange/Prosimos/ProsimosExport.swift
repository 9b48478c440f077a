import Foundation
import ProbisModel
import ProbisSimulation

/// A scenario as the input pair of the Prosimos simulator: the organization type's stage flow as BPMN
/// (``BPMNProcess``) and the simulation parameters as Prosimos's JSON.
///
/// What maps one to one: each lane becomes a resource pool of as many interchangeable people as its
/// positions hold in the scenario (at least one); each activity's duration distribution; the arrival
/// distribution; the scenario's weekly working hours as every pool's calendar and the arrival calendar;
/// each decision's branch probabilities (from the scenario's probabilities, the assignment shares for
/// individu / tim kerja branches, the refusal probability for approvals, equal shares when undecided).
/// What Prosimos cannot express is listed in ``Export/notes``: holidays, team work done by every member in
/// parallel, steps run once per performance cycle (written as 0 s per case), the penunjukan sub-flow,
/// triangular and empirical durations (written as fixed at their mean), and per-cycle arrival counts
/// (written as exponential inter-arrival times over the calendar's working hours, which is how Prosimos
/// reads its arrival calendar).
public enum ProsimosExport {
    /// The two files' contents and what was approximated.
    public struct Export: Sendable {
        /// The BPMN process (write it with ``BPMNProcess/xml(id:diagram:)``).
        public var process: BPMNProcess
        /// The simulation parameters as JSON text (keys sorted, so the same scenario gives the same bytes).
        public var parameters: String
        /// One sentence per approximation, in English, for the command's output.
        public var notes: [String]
    }

    /// Builds the pair for a compiled scenario.
    public static func export(_ model: SimulationModel, artifactTitle: (ArtifactID) -> String? = { _ in nil }) -> Export {
        let scenario = model.scenario
        let flow = model.organization.flow ?? CrossFunctionalMap(lanes: [], steps: [])
        let process = BPMNProcess(map: flow, name: scenario.header.title, participants: false, artifactTitle: artifactTitle)
        var notes: [String] = []
        let calendarID = "kalender-kerja"
        let headcount = Dictionary(model.positions.map { ($0.id, $0.headcount) }, uniquingKeysWith: +)

        var pools: [JSON] = []
        for lane in flow.lanes {
            let amount = max(1, lane.positions.reduce(0) { $0 + (headcount[$1.id.rawValue] ?? 0) })
            let resource: JSON = .object([
                "id": .string("sumber_" + lane.id.rawValue), "name": .string(lane.title), "amount": .number(Double(amount)),
                "cost_per_hour": .number(0), "calendar": .string(calendarID),
            ])
            pools.append(.object(["id": .string("kelompok_" + lane.id.rawValue), "name": .string(lane.title), "resource_list": .array([resource])]))
            if lane.role == .anggotaTim { notes.append("lane '\(lane.id)': team work by every member in parallel runs as one member's task") }
        }

        var tasks: [JSON] = []
        for step in flow.steps where step.kind == .activity {
            var spec = scenario.durations.duration(of: step.id)?.distribution ?? .fixed(0)
            if scenario.durations.duration(of: step.id) == nil { notes.append("step '\(step.id)': no duration in the scenario; written as 0 s") }
            if step.cadence == .siklus {
                notes.append("step '\(step.id)': runs once per performance cycle in probis; written as 0 s per case")
                spec = .fixed(0)
            }
            tasks.append(.object([
                "task_id": .string(BPMNProcess.xmlID(step.id.rawValue)),
                "resources": .array([.object(["resource_id": .string("sumber_" + step.lane.id.rawValue)].merging(distribution(spec, for: "step '\(step.id)'", notes: &notes)) { $1 })]),
            ]))
        }

        let arrival: [String: JSON]
        switch scenario.workload.arrivals {
        case let .interarrival(spec): arrival = distribution(spec.distribution, for: "arrivals", notes: &notes)
        case let .perCycle(count):
            // Prosimos counts inter-arrival times in the arrival calendar's open hours.
            let open = scenario.calendar.isAlwaysOpen ? 7 * 86_400 : Double(scenario.calendar.secondsPerWeek)
            let mean = open * 365 / 7 / Double(max(count, 1))
            arrival = distribution(.exponential(mean: mean, truncation: .nonNegative), for: "arrivals", notes: &notes)
            notes.append("arrivals: \(count) kegiatan per cycle written as exponential inter-arrival times of \(Int(mean)) s of working time")
        }

        var gateways: [JSON] = []
        for step in flow.steps where step.kind == .decision {
            let flows = process.outgoing(BPMNProcess.xmlID(step.id.rawValue))
            let shares = branchShares(step, scenario: scenario)
            gateways.append(.object([
                "gateway_id": .string(BPMNProcess.xmlID(step.id.rawValue)),
                "probabilities": .array(zip(flows, shares).map { .object(["path_id": .string($0.id), "value": .number($1)]) }),
            ]))
        }
        if !scenario.calendar.holidays.isEmpty || !scenario.calendar.recurringHolidays.isEmpty {
            notes.append("calendar: holidays are not part of a Prosimos weekly calendar")
        }
        if scenario.penunjukan != nil { notes.append("penunjukan: the mechanism's sub-flow is not exported") }

        let periods = JSON.array(weekPeriods(scenario.calendar))
        let parameters: JSON = .object([
            "resource_profiles": .array(pools),
            "resource_calendars": .array([.object(["id": .string(calendarID), "name": .string(calendarID), "time_periods": periods])]),
            "task_resource_distribution": .array(tasks),
            "arrival_time_distribution": .object(arrival),
            "arrival_time_calendar": periods,
            "gateway_branching_probabilities": .array(gateways),
            "event_distribution": .array([]),
        ])
        return Export(process: process, parameters: parameters.text(indent: 0) + "\n", notes: notes)
    }

    /// Prosimos's `distribution_name` and `distribution_params` for a distribution in seconds.
    static func distribution(_ distribution: Distribution, for owner: String, notes: inout [String]) -> [String: JSON] {
        func entry(_ name: String, _ values: [Double]) -> [String: JSON] {
            ["distribution_name": .string(name), "distribution_params": .array(values.map { .object(["value": .number($0)]) })]
        }
        let ceiling = { (truncation: Truncation, mean: Double) in truncation.upper ?? max(mean * 100, 1) }
        switch distribution {
        case let .fixed(value): return entry("fix", [value])
        case let .uniform(min, max): return entry("uniform", [min, max])
        case let .exponential(mean, truncation): return entry("expon", [mean, truncation.lower, ceiling(truncation, mean)])
        case let .normal(mean, sd, truncation): return entry("norm", [mean, sd, truncation.lower, ceiling(truncation, mean)])
        case let .lognormal(mean, sd, truncation): return entry("lognorm", [mean, sd * sd, truncation.lower, ceiling(truncation, mean)])
        case let .gamma(mean, sd, truncation): return entry("gamma", [mean, sd * sd, truncation.lower, ceiling(truncation, mean)])
        case .triangular, .empirical:
            notes.append("\(owner): \(distribution.name) durations are written as fixed at their mean")
            return entry("fix", [distribution.nominalMean])
        }
    }

    /// The probability of each branch of a decision under the scenario, in branch order.
    static func branchShares(_ decision: FlowStep, scenario: Scenario) -> [Double] {
        let count = decision.branches.count
        let shares = scenario.workload.shares
        var values = Array(repeating: 0.0, count: count)
        switch scenario.resolution(of: decision, inMechanism: false) {
        case let .probabilities(given): values = given
        case let .assignment(individu, timKerja):
            values[individu] += shares.individu
            values[timKerja] += shares.timKerja + shares.lintasUnit
        case let .approval(disetujui, ditolak):
            let refusal = scenario.penunjukan?.refusal ?? 0
            values[disetujui] += 1 - refusal
            values[ditolak] += refusal
        case .undecided: values = Array(repeating: 1 / Double(max(count, 1)), count: count)
        }
        let total = values.reduce(0, +)
        return total > 0 ? values.map { $0 / total } : values
    }

    /// The weekly working periods as Prosimos time periods (`MONDAY` … `SUNDAY`, `HH:MM:SS`).
    static func weekPeriods(_ calendar: WorkCalendar) -> [JSON] {
        let days = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
        func clock(_ seconds: Int) -> String {
            let value = min(seconds, 86_399)
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(two(value / 3600)):\(two(value % 3600 / 60)):\(two(value % 60))"
        }
        var periods: [JSON] = []
        for (index, day) in calendar.week.enumerated() where index < days.count {
            for period in day {
                periods.append(.object([
                    "from": .string(days[index]), "to": .string(days[index]),
                    "beginTime": .string(clock(period.start)), "endTime": .string(clock(period.end)),
                ]))
            }
        }
        return periods
    }
}
