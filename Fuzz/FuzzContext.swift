import Foundation
import ProbisModel
import ProbisYAML

/// The small library the fuzz targets validate each input with: the CLI tests' office (an organization
/// type with a stage flow and two scenarios). Its folder is `PROBIS_FUZZ_CONTEXT`, else the repository's.
enum FuzzContext {
    static func documents() -> [Document] {
        let folder = ProcessInfo.processInfo.environment["PROBIS_FUZZ_CONTEXT"] ?? "Tests/ProbisCLITests/Fixtures/simulate"
        return LibraryLoader.load(paths: [folder]).library.documents
    }
}
