extension ProcessMapsFormat {
    /// Units of working time (a working day depends on the calendar, so there is no `d`).
    public static let workTimeUnits = ["s", "m", "h"]
    /// Units of calendar time for delays.
    public static let calendarTimeUnits = ["s", "m", "h", "d", "w"]
    /// Units of calendar spans (horizon, warm-up).
    public static let calendarSpanUnits = ["s", "m", "h", "d", "w", "y"]
    /// The weekday keys of `hours:`, Monday first.
    public static let weekdays = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"]

    static let workDurations = FormatValue.idMap(.distribution(units: workTimeUnits))
    static let laneStaffing = FormatValue.idMap(.choice([.constant("eksternal"), .identifiers]))

    /// `kind: scenario`.
    public static let scenario = FormatElement("scenario", "How an organization type's stage flow is simulated: workload, staffing, durations, calendar and run settings.", keys: [
        FormatKey("organization", .identifier, required: true, "An organization (its units and people) or an organization type with a `flow:` (then its default organization)."),
        FormatKey("default", .boolean, "Whether it is the organization type's default scenario (at most one each)."),
        FormatKey("workload", .element("workload"), required: true, "How many cases arrive and how they are assigned (with `abk`, the table gives the arrivals)."),
        FormatKey("headcount", .idMap(.wholeNumber(min: 0, max: 100_000)), "Position id → people (0 or more); a position some step needs must have at least 1."),
        FormatKey("lanes", laneStaffing, "Lane id → a position id, a list of them, or `eksternal` (outside the unit: takes time, never waits)."),
        FormatKey("pooled", .identifiers, "Positions whose holders serve as one pool across the organization (any of them may take any kegiatan); others are specific people of each unit's chain."),
        FormatKey("assignment", .oneOf(AssignmentPolicy.allCases.map(\.rawValue)), "How a kegiatan is given to a performer of its unit (default `paling-sedikit`: the fewest kegiatan in hand)."),
        FormatKey("durations", workDurations, "Step id → distribution of working time; `default` for the rest. Every activity a case can reach needs one."),
        FormatKey("branches", .idMap(.idMap(.number)), "Decision id → {branch: probability}; a branch is named by its `means`, label or target step."),
        FormatKey("penunjukan", .element("penunjukan"), "The cross-unit appointment run before team work with an anggota from another unit."),
        FormatKey("queue", .choice([.constant("fifo"), .element("queue")]), "`fifo` (default) or priorities by stage or step."),
        FormatKey("calendar", .element("calendar"), "The working calendar (default: government hours)."),
        FormatKey("abk", .element("abk"), "An Anjab-ABK table (CSV) that gives the kegiatan a year of each unit and the working time per step of each jabatan (docs/abk.md)."),
        FormatKey("availability", .idMap(.number), "Position id → the share (more than 0, at most 1) of working time its holders give to this flow; their steps take 1 ÷ share as long (default 1)."),
        FormatKey("seasonal", .list(.number), "Twelve weights, January first: how a `per-year` workload's kegiatan spread over the months (default: evenly)."),
        FormatKey("calendars", .idMap(.element("calendar")), "Position id → the calendar its holders work by, where it differs from `calendar` (a shift, a part-time post)."),
        FormatKey("horizon", .duration(units: calendarSpanUnits), "How much calendar time a replication covers; a scenario needs a `horizon` or a `limit`."),
        FormatKey("warm-up", .duration(units: calendarSpanUnits), "Calendar time at the start left out of the statistics."),
        FormatKey("replications", .wholeNumber(min: 1, max: 100_000), "Independent runs (default 30)."),
        FormatKey("seed", .wholeNumber(min: 0, max: nil), "The random seed, 0 to 2⁶⁴ − 1 (default 1)."),
    ])

    /// `workload:` of a scenario.
    public static let workload = FormatElement("workload", "The cases (kegiatan) that arrive.", keys: [
        FormatKey("arrivals", .element("arrivals"), "How often cases arrive (required unless `units` gives the kegiatan of each unit, or the scenario has an `abk` table)."),
        FormatKey("units", .idMap(.wholeNumber(min: 0, max: 10_000_000)), "Unit id → kegiatan a year: each unit's share of the arrivals, and the arrivals a year when `arrivals` is absent."),
        FormatKey("limit", .wholeNumber(min: 1, max: 100_000_000), "Stop after this many cases."),
        FormatKey("shares", .element("shares"), "How cases are assigned (missing shares are 0; they add up to 1)."),
        FormatKey("team-size", .distribution(units: []), "People in a tim kerja (default 3)."),
    ])

    /// `arrivals:` of a workload.
    public static let arrivals = FormatElement("arrivals", "Exactly one of `per-year` and `interarrival`.", keys: [
        FormatKey("per-year", .wholeNumber(min: 1, max: 10_000_000), "Cases per 365-day cycle, at random moments of its working time."),
        FormatKey("interarrival", .distribution(units: workTimeUnits), "The time between two arrivals (working time, or calendar time with `time: kalender`)."),
        FormatKey("time", .oneOf(["kerja", "kalender"]), "Whether arrivals come in working time (`kerja`, the default) or around the clock (`kalender`: an online service receiving requests at night and over the weekend; work still follows the calendar)."),
    ])

    /// `abk:` of a scenario.
    public static let abk = FormatElement("abk", "An Anjab-ABK table (PermenPANRB 1/2020) as the scenario's workload.", keys: [
        FormatKey("table", .text, required: true, "The CSV file, relative to the scenario file: one row per uraian tugas (columns in docs/abk.md)."),
        FormatKey("waktu-kerja-efektif", .duration(units: ["h"]), "Waktu kerja efektif a year in hours, e.g. `1250h` (the default, PermenPANRB 1/2020; older tables use `1200h`)."),
    ])

    /// `shares:` of a workload.
    public static let shares = FormatElement("shares", "The share of each assignment type.", keys: [
        FormatKey("individu", .number, "Individual assignments."),
        FormatKey("tim-kerja", .number, "Team work within the unit."),
        FormatKey("lintas-unit", .number, "Team work with an anggota from another unit (runs `penunjukan`)."),
    ])

    /// `penunjukan:` of a scenario.
    public static let penunjukan = FormatElement("penunjukan", "The appointment across units, simulated as a sub-flow.", keys: [
        FormatKey("mechanism", .identifier, required: true, "A `peta-lintas-fungsi` of the penunjukan."),
        FormatKey("after", .identifier, required: true, "The step of the stage flow after which it runs."),
        FormatKey("refusal", .number, "The probability (0–1) that the request is refused."),
        FormatKey("attempts", .wholeNumber(min: 1, max: 100), "Requests before giving up (default 3)."),
        FormatKey("letter-delay", .distribution(units: calendarTimeUnits), "Calendar time a letter travels."),
        FormatKey("durations", workDurations, "Step id of the mechanism → distribution of working time."),
        FormatKey("lanes", laneStaffing, "Lane id of the mechanism → positions or `eksternal`."),
    ])

    /// `queue:` of a scenario, when not `fifo`.
    public static let queue = FormatElement("queue", "Priorities: rank 1 is served first, unranked last.", keys: [
        FormatKey("priority", .idMap(.wholeNumber(min: 1, max: 1000)), "Stage or step id → rank."),
    ])

    /// `calendar:` of a scenario.
    public static let calendar = FormatElement("calendar", "When people work.", keys: [
        FormatKey("start", .pattern(#"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, example: "2026-01-01"), "The first day (default 2026-01-01)."),
        FormatKey("hours", .choice([.constant("24/7"), .element("hours")]), "Working periods per weekday, or `24/7`."),
        FormatKey("holidays", .list(.pattern(#"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, example: "2026-08-17")), "Dates off."),
        FormatKey("recurring-holidays", .list(.pattern(#"^[0-9]{2}-[0-9]{2}$"#, example: "08-17")), "Days off every year (default: the five fixed national holidays)."),
    ])

    static let workingDay = FormatValue.choice([
        .constant("libur"),
        .pattern(#"^ *[0-9]{1,2}:[0-9]{2} *- *[0-9]{1,2}:[0-9]{2} *$"#, example: "07:30-16:00"),
        .list(.pattern(#"^ *[0-9]{1,2}:[0-9]{2} *- *[0-9]{1,2}:[0-9]{2} *$"#, example: "07:30-12:00")),
    ])

    /// `hours:` of a calendar.
    public static let hours = FormatElement("hours", "Working periods per weekday; a day not named is off.",
        keys: weekdays.map { FormatKey($0, workingDay, "`07:30-16:00`, a list of periods, or `libur`.") })

    /// The distributions a sampled quantity may follow besides a fixed value (`2h` or `{fixed: 2h}`), with
    /// the keys of each; ``FormatValue/quantity`` stands for a value in the units of the quantity sampled.
    public static let distributions: [(name: String, element: FormatElement)] = {
        let bounds = [FormatKey("min", .quantity, "Truncated below (default 0)."), FormatKey("max", .quantity, "Truncated above.")]
        let moments = [FormatKey("mean", .quantity, required: true, "The mean."), FormatKey("sd", .quantity, required: true, "The standard deviation.")]
        return [
                        ("uniform", FormatElement("uniform", "Uniform between two values.", keys: [
                FormatKey("min", .quantity, required: true, "The lowest value."), FormatKey("max", .quantity, required: true, "The highest value."),
            ])),
            ("triangular", FormatElement("triangular", "Triangular: lowest, most likely, highest.", keys: [
                FormatKey("min", .quantity, required: true, "The lowest value."), FormatKey("mode", .quantity, required: true, "The most likely value."),
                FormatKey("max", .quantity, required: true, "The highest value."),
            ])),
            ("exponential", FormatElement("exponential", "Exponential (its standard deviation is its mean).",
                                          keys: [FormatKey("mean", .quantity, required: true, "The mean.")] + bounds)),
            ("normal", FormatElement("normal", "Normal, truncated at 0 unless `min` says otherwise.", keys: moments + bounds)),
            ("lognormal", FormatElement("lognormal", "Lognormal with this mean and standard deviation.", keys: moments + bounds)),
            ("gamma", FormatElement("gamma", "Gamma with this mean and standard deviation.", keys: moments + bounds)),
            ("empirical", FormatElement("empirical", "One of the listed values, with weights (equal when absent).", keys: [
                FormatKey("values", .list(.quantity), required: true, "The values."), FormatKey("weights", .list(.number), "Their weights."),
            ])),
        ]
    }()
}
