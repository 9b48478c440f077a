import ArgumentParser
import ProbisModel
import ProbisReport
import ProbisYAML

/// Where the ProcessMaps library is.
struct LibraryOptions: ParsableArguments {
    @Option(name: .customLong("maps"), help: "The ProcessMaps directory to read.")
    var maps: String = "ProcessMaps"

    /// Loads the library; reading errors go to standard error and make the command fail at the end.
    func load() -> (library: Library, readErrors: [Diagnostic]) {
        let loaded = LibraryLoader.load(paths: [maps])
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        Console.report(errors)
        if !errors.isEmpty {
            Console.error("probis: warning: \(errors.count) file problem\(errors.count == 1 ? "" : "s") in '\(maps)'; run 'probis validate' for details\n")
        }
        return (loaded.library, errors)
    }
}
