import ArgumentParser
import ProbisModel
import ProbisReport
import ProbisRules
import ProbisYAML

extension LibraryOptions {
    /// Loads the library for a command that runs it (`simulate`, `compare`): a document set with errors is
    /// refused. Every error that `probis validate` would report goes to standard error, then one line saying
    /// what was not done, and the command exits 1 before anything is simulated, printed or written.
    ///
    /// - Parameter action: what the command would have done, for the last line, e.g. "nothing was simulated".
    /// - Throws: `ExitCode.failure` when the library has errors.
    func loadValid(refusing action: String) throws -> Library {
        let loaded = LibraryLoader.load(paths: [maps])
        let diagnostics = loaded.diagnostics(with: Validator.validate(loaded.library) + RuleBook.standard.check(loaded.library))
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            Console.report(diagnostics.filter { $0.severity != .warning })
            Console.error("probis: error: \(errors.count) error\(errors.count == 1 ? "" : "s") in '\(maps)'; \(action) (fix the errors above; 'probis validate \(maps)' lists them with warnings)\n")
            throw ExitCode.failure
        }
        return loaded.library
    }
}
