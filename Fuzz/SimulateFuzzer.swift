// libFuzzer target: one scenario file, validated and, when it validates, compiled and run for one short
// replication. Whatever validates must run without a trap; an event budget bounds every run.
import ProbisModel
import ProbisSimulation
import ProbisYAML

let context: [Document] = FuzzContext.documents()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = ProcessMapsDecoder.decode(bytes, file: "fuzz.yaml")
    guard !result.diagnostics.contains(where: { $0.severity == .error }),
          case var .scenario(scenario)? = result.document else { return 0 }
    // One short replication: the fuzzer looks for traps, not for long runs.
    scenario.replications = 1
    let library = Library(documents: context.filter { $0.id != scenario.header.id } + [.scenario(scenario)])
    guard let model = try? SimulationModel.compile(scenario, in: library) else { return 0 }
    _ = try? Simulator.run(model, threads: 1, limits: RunLimits(eventBudget: 20_000))
    return 0
}
