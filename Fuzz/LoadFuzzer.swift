// libFuzzer target: one ProcessMaps file, read and validated in the context of a small library.
// Built by scripts/fuzz.sh (`make fuzz`); any trap, hang or sanitizer report is a bug.
import ProbisModel
import ProbisRules
import ProbisYAML

/// The documents every input is validated with: an organization type and its scenarios, so that
/// references from a fuzzed scenario or map resolve and the validator's deeper checks run.
let context: [Document] = FuzzContext.documents()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = ProcessMapsDecoder.decode(bytes, file: "fuzz.yaml")
    guard let document = result.document else { return 0 }
    let library = Library(documents: context.filter { $0.id != document.id } + [document])
    let findings = Validator.validate(library) + RuleBook.standard.check(library)
    for diagnostic in result.diagnostics + findings {
        // Every diagnostic is one line.
        if diagnostic.description.contains("\n") { fatalError("diagnostic on two lines: \(diagnostic.description)") }
    }
    return 0
}
