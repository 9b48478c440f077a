import Foundation

/// A one-line progress bar on standard error, shown only when both standard output and standard error are
/// terminals (never when output is piped or redirected).
final class ProgressBar: @unchecked Sendable {
    /// Whether the bar is drawn.
    let isShown: Bool
    private let total: Int
    private let label: String
    private let lock = NSLock()
    private var drawn = false

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        isShown = isatty(STDOUT_FILENO) == 1 && isatty(STDERR_FILENO) == 1 && total > 1
    }

    /// Draws the bar for `done` finished replications.
    func update(_ done: Int) {
        guard isShown else { return }
        lock.lock()
        defer { lock.unlock() }
        let width = 30, filled = width * done / max(1, total)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        Console.error("\r\(label) \(bar) \(done)/\(total) replikasi")
        drawn = true
    }

    /// Clears the bar's line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { Console.error("\r\u{1B}[2K") }
        drawn = false
    }
}
