extension ProcessMapsFormat {
    /// `flow:` of an organization type.
    public static let flow = FormatElement("flow", "A stage flow: lanes and steps.", keys: [
        FormatKey("lanes", .list(.element("lane")), "The lanes, top to bottom; one per position, in order, when absent."),
        FormatKey("steps", .list(.element("step")), required: true, "The steps, in reading order."),
        sopKey,
    ])

    /// `kind: peta-lintas-fungsi`.
    public static let petaLintasFungsi = FormatElement("peta-lintas-fungsi", "A cross-functional map (swimlanes) of a mechanism.", keys: [
        FormatKey("organization", .identifier, "The organization type whose positions the lanes name."),
        FormatKey("mechanism", .element("mechanism"), "The mechanism the map encodes."),
        FormatKey("lanes", .list(.element("lane")), required: true, "The lanes, top to bottom."),
        FormatKey("steps", .list(.element("step")), required: true, "The steps, in reading order."),
        sopKey,
    ])

    /// `mechanism:` of a peta lintas fungsi.
    public static let mechanism = FormatElement("mechanism", "Which mechanism of the Mekanisme Kerja a map encodes.", keys: [
        FormatKey("kind", .oneOf(Mechanism.Kind.allCases.map(\.rawValue)), required: true, "The mechanism."),
        FormatKey("scope", .oneOf(Mechanism.Scope.allCases.map(\.rawValue)), "Within a unit, across units, Perangkat Daerah or instansi."),
        FormatKey("mode", .oneOf(Mechanism.Mode.allCases.map(\.rawValue)), "Individual or team assignment."),
    ])

    /// An item of `lanes:`.
    public static let lane = FormatElement("lane", "A swimlane: who does the steps in it.", keys: [
        FormatKey("id", .identifier, required: true, "Unique in the map."),
        FormatKey("title", .text, "The heading; the positions' titles when absent."),
        FormatKey("positions", .identifiers, "The positions of the organization type that work in it."),
        FormatKey("role", .oneOf(LaneRole.allCases.map(\.rawValue)), "The role, for maps not tied to an organization type."),
        FormatKey("group", .text, "A band of lanes (an instansi or unit) drawn around them."),
    ])

    /// An item of `steps:`.
    public static let step = FormatElement("step", "A step of a flow.", keys: [
        FormatKey("id", .identifier, required: true, "Unique in the map."),
        FormatKey("type", .oneOf(StepKind.allCases.map(\.rawValue)), "What the step is (default `activity`)."),
        FormatKey("lane", .identifier, required: true, "The lane that does it."),
        FormatKey("with", .identifiers, "Other lanes that take part (bersama, dan/atau)."),
        FormatKey("stage", .oneOf(Stage.allCases.map(\.rawValue)), "The stage (required in a stage flow)."),
        FormatKey("action", .text, "Activities (required): the action without its subject."),
        FormatKey("question", .text, "Decisions (required): the question."),
        FormatKey("label", .text, "Start, end and connectors: the label."),
        FormatKey("cadence", .oneOf(Cadence.allCases.map(\.rawValue)), "Whether it runs per kegiatan or once per planning cycle."),
        FormatKey("inputs", .identifiers, "Artifacts it takes in."),
        FormatKey("outputs", .identifiers, "Artifacts it produces."),
        FormatKey("connects-to", .identifier, "Connectors: the map the flow continues in."),
        FormatKey("next", .identifiers, "The following step(s); absent means the step written after this one, `[]` none; two or more on a start or an activity are a parallel split (every one runs)."),
        FormatKey("join", .boolean, "Activities, decisions and ends: `true` where the branches of a parallel split meet; the step starts when every branch has arrived."),
        FormatKey("branches", .list(.element("branch")), "Decisions (required, at least two): the ways out."),
        waktuKey,
        cite, note,
    ])

    /// An item of `branches:` of a decision.
    public static let branch = FormatElement("branch", "A way out of a decision.", keys: [
        FormatKey("label", .text, "What the answer is, e.g. `Ya`."),
        FormatKey("to", .identifier, required: true, "The step it leads to."),
        FormatKey("means", .oneOf(BranchMeaning.allCases.map(\.rawValue)), "What the answer means to the rules and the simulator."),
    ])

    /// `kind: peta-proses`.
    public static let petaProses = FormatElement("peta-proses", "A process map of one level (0, 1, 2 …).", keys: [
        FormatKey("level", .wholeNumber(min: 0, max: 20), required: true, "The level: 0 is the whole sistem kerja."),
        FormatKey("parent", .element("parent"), "Above level 0: the process this map breaks down."),
        FormatKey("processes", .list(.element("process")), required: true, "The processes."),
    ])

    /// `kind: peta-subproses`.
    public static let petaSubproses = FormatElement("peta-subproses", "The subprocesses of one process.", keys: [
        FormatKey("parent", .element("parent"), required: true, "The process broken down."),
        FormatKey("processes", .list(.element("process")), required: true, "The subprocesses."),
    ])

    /// `parent:` of a peta proses or subproses.
    public static let processParent = FormatElement("parent", "A process of another map.", keys: [
        FormatKey("map", .identifier, required: true, "The peta proses."),
        FormatKey("code", .text, required: true, "The process's code in it."),
    ])

    /// An item of `processes:`.
    public static let process = FormatElement("process", "A process of a peta proses.", keys: [
        FormatKey("code", .pattern(#"^[0-9]{2}(\.[0-9]{2})*$"#, example: "01.03"), required: true, "A dotted code that continues its parent's: `01` → `01.03`."),
        FormatKey("title", .text, required: true, "The process's name."),
        FormatKey("category", .oneOf(ProcessCategory.allCases.map(\.rawValue)), "Core, management or support process."),
        FormatKey("sipoc", .element("sipoc"), "Suppliers, inputs, outputs and customers."),
        FormatKey("detail", .identifier, "The map that details it."),
        assumed(["title", "category", "sipoc"]),
        cite,
        FormatKey("children", .list(.element("process")), "Its subprocesses in the same map."),
    ])

    /// `sipoc:` of a process.
    public static let sipoc = FormatElement("sipoc", "A SIPOC table.", keys: [
        FormatKey("suppliers", .texts, "Who supplies the inputs."),
        FormatKey("inputs", .texts, "What goes in."),
        FormatKey("outputs", .texts, "What comes out."),
        FormatKey("customers", .texts, "Who receives the outputs."),
    ])

    /// `kind: peta-relasi`.
    public static let petaRelasi = FormatElement("peta-relasi", "A relation map: parties and what passes between them.", keys: [
        FormatKey("parties", .list(.element("party")), required: true, "The parties."),
        FormatKey("relations", .list(.element("relation")), required: true, "What passes between them."),
    ])

    /// An item of `parties:`.
    public static let party = FormatElement("party", "A party of a relation map.", keys: [
        FormatKey("id", .identifier, required: true, "Unique in the map."),
        FormatKey("title", .text, required: true, "Its name."),
        FormatKey("kind", .oneOf(Party.Kind.allCases.map(\.rawValue)), required: true, "A position, a unit, an instansi or an outside party."),
        FormatKey("group", .text, "A band the party is drawn in."),
    ])

    /// An item of `relations:`.
    public static let relation = FormatElement("relation", "What one party passes to another.", keys: [
        FormatKey("from", .identifier, required: true, "The sending party."),
        FormatKey("to", .identifier, required: true, "The receiving party."),
        FormatKey("label", .text, required: true, "What passes, e.g. `surat permohonan pelibatan`."),
        FormatKey("artifact", .identifier, "The artifact that passes."),
        cite,
    ])
}
