// swift-tools-version: 6.0
import PackageDescription

/// Settings shared by every Swift target: Swift 6 language mode and the upcoming features we opt into.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "probis",
    products: [
        .executable(name: "probis", targets: ["probis"]),
        .library(name: "ProbisModel", targets: ["ProbisModel"]),
        .library(name: "ProbisRules", targets: ["ProbisRules"]),
        .library(name: "ProbisSimulation", targets: ["ProbisSimulation"]),
        .library(name: "ProbisReport", targets: ["ProbisReport"]),
        .library(name: "ProbisDOT", targets: ["ProbisDOT"]),
        .library(name: "ProbisRender", targets: ["ProbisRender"]),
        .library(name: "ProbisPack", targets: ["ProbisPack"]),
        .library(name: "ProbisSOP", targets: ["ProbisSOP"]),
        .library(name: "ProbisSOPDraw", targets: ["ProbisSOPDraw"]),
        .library(name: "ProbisInterchange", targets: ["ProbisInterchange"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        // Pure model: value types, graph queries, the format's definition, validation. No I/O, no third-party imports.
        .target(name: "ProbisModel", swiftSettings: swiftSettings),
        // The regional rules as logic plus per-region profiles (where each text states each rule), and coverage.
        .target(name: "ProbisRules", dependencies: ["ProbisModel"], swiftSettings: swiftSettings),
        // ProcessMaps YAML reading and writing with source positions.
        .target(
            name: "ProbisYAML",
            dependencies: ["ProbisModel", "ProbisTables", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        // Tables the bureau already keeps (the Anjab-ABK table), read from CSV with cell positions.
        .target(
            name: "ProbisTables",
            dependencies: ["ProbisModel", .product(name: "SwiftCSV", package: "SwiftCSV")],
            swiftSettings: swiftSettings
        ),
        // The discrete-event simulator: synchronous, deterministic, on swift-collections' heap.
        .target(
            name: "ProbisSimulation",
            dependencies: [
                "ProbisModel",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "DequeModule", package: "swift-collections"),
            ],
            swiftSettings: swiftSettings
        ),
        // Graphviz's C library (layout and rendering) and cairo (the paged PDF); only ProbisRender imports it.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev", "libcairo2-dev"])]
        ),
        // Maps as DOT text: the pure first stage of rendering (encoders per kind, the theme, the swimlane
        // layout, overlays such as heat colours or diff marks, the render plan). No C, no I/O.
        .target(name: "ProbisDOT", dependencies: ["ProbisModel"], swiftSettings: swiftSettings),
        // DOT through Graphviz's C API, one map per forked worker; SHA-256 content hashes decide which maps are
        // laid out again.
        .target(
            name: "ProbisRender",
            dependencies: ["ProbisModel", "ProbisDOT", "CGraphviz", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // SOP AP documents (PermenPANRB 35/2012) from the maps: their content and their pure page layout
        // (rows, Pelaksana columns, symbols, arrows, off-page connectors). No C, no I/O.
        .target(name: "ProbisSOP", dependencies: ["ProbisModel"], swiftSettings: swiftSettings),
        // cairo's C library (PDF, SVG, PNG surfaces and font metrics); only ProbisSOPDraw imports it.
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        // Draws a laid-out SOP with cairo: one multi-page PDF, or SVG and PNG per page.
        .target(name: "ProbisSOPDraw", dependencies: ["ProbisSOP", "CCairo"], swiftSettings: swiftSettings),
        // Reports for people and tools, shared by the CLI and the documents built on it: document details,
        // validation, coverage, simulation (text in Bahasa Indonesia, JSON, CSV), diffs, the event log.
        .target(
            name: "ProbisReport",
            dependencies: ["ProbisModel", "ProbisRules", "ProbisSimulation"],
            swiftSettings: swiftSettings
        ),
        // Interchange with other tools: BPMN 2.0 export and import, XES event logs, Prosimos simulation
        // parameters. Text in and out, no file I/O; XML read with FoundationXML's parser.
        .target(
            name: "ProbisInterchange",
            dependencies: ["ProbisModel", "ProbisSimulation"],
            swiftSettings: swiftSettings
        ),
        // The review pack: a static, self-contained HTML site of the whole library (diagrams inline with zoom,
        // pan and search, findings, coverage, simulation heat overlays, before/after diffs) in Bahasa Indonesia.
        .target(
            name: "ProbisPack",
            dependencies: ["ProbisModel", "ProbisRules", "ProbisSimulation", "ProbisReport", "ProbisDOT", "ProbisRender", "ProbisSOP", "ProbisSOPDraw"],
            swiftSettings: swiftSettings
        ),
        // The command-line tool: the only target that sees everything.
        .executableTarget(
            name: "probis",
            dependencies: [
                "ProbisModel",
                "ProbisRules",
                "ProbisYAML",
                "ProbisTables",
                "ProbisSimulation",
                "ProbisReport",
                "ProbisRender",
                "ProbisPack",
                "ProbisSOP",
                "ProbisSOPDraw",
                "ProbisInterchange",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // What the test targets share: golden files and running the built `probis`.
        .target(name: "ProbisTestSupport", path: "Tests/ProbisTestSupport", swiftSettings: swiftSettings),
        .testTarget(
            name: "ProbisModelTests",
            dependencies: ["ProbisModel"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProbisTablesTests",
            dependencies: ["ProbisModel", "ProbisRules", "ProbisTables", "ProbisYAML", "ProbisSimulation"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProbisYAMLTests",
            dependencies: ["ProbisModel", "ProbisRules", "ProbisYAML"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProbisLibraryTests",
            dependencies: ["ProbisModel", "ProbisRules", "ProbisYAML", .product(name: "Yams", package: "Yams")],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProbisSimulationTests",
            dependencies: ["ProbisTestSupport", "ProbisModel", "ProbisSimulation", "ProbisReport"],
            exclude: ["Snapshots"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProbisRenderTests",
            dependencies: ["ProbisTestSupport", "ProbisModel", "ProbisYAML", "ProbisDOT", "ProbisRender", "probis"],
            exclude: ["Fixtures", "Snapshots"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProbisSOPTests",
            dependencies: ["ProbisTestSupport", "ProbisModel", "ProbisYAML", "ProbisSOP", "ProbisSOPDraw"],
            exclude: ["Fixtures", "Snapshots"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProbisInterchangeTests",
            dependencies: ["ProbisTestSupport", "ProbisModel", "ProbisYAML", "ProbisSimulation", "ProbisInterchange"],
            exclude: ["Fixtures", "Snapshots"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProbisPackTests",
            dependencies: ["ProbisPack", "ProbisModel"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProbisCLITests",
            dependencies: ["ProbisTestSupport", "probis"],
            exclude: ["Fixtures", "Snapshots"],
            swiftSettings: swiftSettings
        ),
    ]
)
