import ArgumentParser
import ProbisModel
import ProbisRender
import ProbisReport

/// `probis abk SCENARIO`.
struct AbkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "abk",
        abstract: "Show the Anjab-ABK figure of a scenario's table: beban kerja, kebutuhan pegawai and efisiensi jabatan per unit and position.",
        discussion: """
            SCENARIO is a scenario id whose 'abk:' names an Anjab-ABK table (docs/abk.md). Kebutuhan pegawai = \
            beban kerja ÷ waktu kerja efektif (PermenPANRB 1/2020; 1,250 hours a year unless the scenario or \
            --wke says otherwise); efisiensi jabatan = beban kerja ÷ (pegawai saat ini × waktu kerja efektif). \
            The text report is in Bahasa Indonesia. With --output the report is written atomically, and nothing \
            is written when the table or the library has errors.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "The scenario whose ABK table to show.")
    var scenario: String

    @Option(help: "Output format: text, json or csv.")
    var format: SimulationFormat = .text

    @Option(help: "Waktu kerja efektif in hours a year, e.g. 1200 (default: the scenario's).")
    var wke: Double?

    @Option(help: "The file to write (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        if let wke, !(wke > 0 && wke.isFinite) { throw ValidationError("--wke must be more than 0 hours a year, found \(wke)") }
        if output?.isEmpty == true { throw ValidationError("--output must name a file") }
    }

    func run() throws {
        let library = try self.library.loadValid(refusing: "nothing was written")
        let scenario = try ScenarioRunner.scenario(self.scenario, in: library, maps: self.library.maps)
        guard let setting = scenario.abk, let table = setting.loaded else {
            Console.error("\(scenario.header.location.map { "\($0): " } ?? "probis: ")error: scenario '\(scenario.header.id)' has no ABK table (add 'abk: {table: FILE.csv}')\n")
            throw ExitCode.failure
        }
        guard let (type, organization) = library.simulated(by: scenario) else {
            Console.error("probis: error: scenario '\(scenario.header.id)' names no organization\n")
            throw ExitCode.failure
        }
        let analysis = AbkAnalysis(table: table, organization: organization, type: type, wkeHours: wke ?? setting.wkeHours)
        let text: String
        switch format {
        case .text: text = AbkReport.text(analysis, scenario: scenario, organization: organization)
        case .json: text = try Console.json(analysis)
        case .csv: text = AbkReport.csv(analysis)
        }
        guard let output else { return Console.out(text) }
        try AtomicFile.write(Array(text.utf8), to: output)
    }
}
