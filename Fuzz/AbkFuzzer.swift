// libFuzzer target: one CSV file read as an Anjab-ABK table, resolved against the example organization
// (its rows checked against the units, the positions and the stage flow) and, when it resolves, its figure
// computed (beban kerja, kebutuhan pegawai, efisiensi) and its working times derived into the scenario.
import ProbisModel
import ProbisTables
import ProbisYAML

/// The example organization, its type and the scenario that names its ABK table (Fuzz/FuzzContext.swift).
let context = FuzzContext.abk()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // As `AbkTableReader.read(contentsOf:name:)` does: text that is not UTF-8 is refused before reading.
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    let table: AbkTable
    do {
        table = try AbkTableReader.read(text: text, file: "fuzz.csv")
    } catch {
        FuzzContext.requireOneLine(error.diagnostics)
        return 0
    }
    let (scenario, type, organization) = context
    let problems = table.problems(organization: organization, type: type) { scenario.staffing(of: $0, in: type) }
    FuzzContext.requireOneLine(problems)
    guard problems.isEmpty else { return 0 }
    let analysis = AbkAnalysis(table: table, organization: organization, type: type, wkeHours: scenario.abk?.wkeHours ?? AbkAnalysis.defaultWKEHours)
    _ = analysis.units.count
    var withTable = scenario
    withTable.abk?.loaded = table
    _ = withTable.derivingABK(organization: organization, type: type)
    return 0
}
