/// The largest values the simulator represents. Validation reports any value beyond them at the value, so a
/// scenario that validates can always be compiled and run without an arithmetic trap; the engine clamps
/// every sampled value to them as well.
public enum SimulationLimits {
    /// The largest time value in seconds: a duration parameter (working time), a letter delay, a horizon or
    /// a warm-up. 100 years (3,153,600,000 s, 876,000 h): far beyond any real step or run, far below what
    /// the engine's integer clock can hold.
    public static let maximumSeconds: Double = 100 * 31_536_000

    /// The largest team size (anggota per team).
    public static let maximumTeamSize = 1_000

    /// The events one replication may execute before it stops with an error, unless the caller sets another
    /// budget: far beyond any sensible run (a replication of a shipped default scenario executes fewer
    /// than 30,000 events), reached only by a workload or durations that make more work than a run can finish.
    public static let defaultEventBudget = 500_000_000

    /// How far into a tail a truncation without `max` may start: a `min` more than this many standard
    /// deviations above the mean holds almost no probability (below 1e-9 for a normal), so every draw would
    /// be clamped to it.
    public static let maximumTailDeviations: Double = 6

    /// `100 years (876000h)` for messages.
    public static var maximumSecondsText: String { "100 years (876000h)" }
}
