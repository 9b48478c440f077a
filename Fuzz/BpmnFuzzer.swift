// libFuzzer target: one file imported as BPMN by the entry point of `probis bpmn import`
// (`BPMNImport.read`), then written as a ProcessMaps lintas-fungsi map in memory and read back.
import ProbisInterchange
import ProbisModel
import ProbisYAML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result: BPMNImport.Result
    do {
        result = try BPMNImport.read(bytes, file: "fuzz.bpmn")
    } catch {
        FuzzContext.requireOneLine([error])
        return 0
    }
    FuzzContext.requireOneLine(result.warnings)
    // What the command writes (its file is the only thing it does not do here).
    let header = DocumentHeader(id: DocumentID("fuzz.impor"), kind: .petaLintasFungsi, title: result.title,
                                description: "Diimpor dari fuzz.bpmn.")
    let text = ProcessMapsEncoder.encode(.petaLintasFungsi(LintasFungsiMap(header: header, flow: result.map)))
    _ = ProcessMapsDecoder.decode(text: text, file: "fuzz.yaml")
    return 0
}
