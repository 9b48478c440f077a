import Foundation

/// A one-line progress bar on standard error, shown only when both standard output and standard error are
/// terminals (never when output is piped or redirected). It is redrawn every second with the time taken, so
/// that a long run (even of one replication) shows that it is working and for how long.
final class ProgressBar: @unchecked Sendable {
    /// Whether the bar is drawn.
    let isShown: Bool
    private let total: Int
    private let label: String
    private let lock = NSLock()
    private var drawn = false
    private var done = 0
    private let started = DispatchTime.now()
    private var timer: (any DispatchSourceTimer)?

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        isShown = isatty(STDOUT_FILENO) == 1 && isatty(STDERR_FILENO) == 1
        guard isShown else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [weak self] in self?.redraw() }
        timer.resume()
        self.timer = timer
    }

    /// Draws the bar for `done` finished replications.
    func update(_ done: Int) {
        guard isShown else { return }
        lock.lock()
        self.done = done
        lock.unlock()
        redraw()
    }

    private func redraw() {
        lock.lock()
        defer { lock.unlock() }
        guard timer != nil else { return }
        let width = 30, filled = width * done / max(1, total)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let seconds = (DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000_000
        Console.error("\r\(label) \(bar) \(done)/\(total) replikasi · \(seconds) s")
        drawn = true
    }

    /// Stops redrawing and clears the bar's line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        timer?.cancel()
        timer = nil
        if drawn { Console.error("\r\u{1B}[2K") }
        drawn = false
    }
}
