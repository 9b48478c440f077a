import ProbisModel

/// Fonts, colors and sizes shared by every diagram.
public enum Theme {
    /// A font every machine with Graphviz has through fontconfig (the Debian package pulls DejaVu in).
    public static let font = "DejaVu Sans"
    /// The bold face of ``font``.
    public static let boldFont = "DejaVu Sans Bold"
    /// Every font size (points) the encoders write; the worker servers measure these once, before forking.
    public static let fontSizes = [8, 9, 10, 11, 12, 13, 16]
    /// The smallest font size (points) any diagram uses; the paper PDF's scale keeps it legible.
    public static var minimumFontSize: Int { fontSizes.min()! }
    /// Text color.
    public static let ink = "#222222"
    /// Secondary text color.
    public static let muted = "#5f6b7a"
    /// Edge color.
    public static let line = "#3a3a3a"
    /// Perbaikan loops and refusals.
    public static let loop = "#b03a2e"
    /// Fill of activity boxes.
    public static let activity = "#ffffff"
    /// Fill of decision diamonds.
    public static let decision = "#fff4cc"
    /// Fill of start and end capsules.
    public static let terminal = "#e3f1e0"
    /// Fill of off-page connectors.
    public static let connector = "#e6e6fa"
    /// Fill of artifact notes.
    public static let artifact = "#fffbe8"
    /// Border of artifact notes.
    public static let artifactBorder = "#c9a94a"

    /// Backgrounds and borders used in turn (the peta relasi's party groups; swimlanes colour lanes by role,
    /// see ``laneColors(role:tier:)``).
    public static let lanes: [(fill: String, border: String)] = [
        ("#eef4fb", "#6b8fbf"),
        ("#fdf3e1", "#c99a3b"),
        ("#edf7ec", "#6aa265"),
        ("#f6eef8", "#9b72aa"),
        ("#eef7f7", "#4f9a9a"),
        ("#f8eeee", "#b46a6a"),
    ]

    /// Stage band colors, in stage order (perencanaan, pelaksanaan, evaluasi).
    public static let stages: [(fill: String, border: String)] = [
        ("#dbe8f6", "#4a6fa5"),
        ("#fde9c9", "#b7791f"),
        ("#dcefd9", "#3f7f3a"),
    ]

    /// The light fill of activity boxes of a stage, matching its band.
    public static func stageTint(_ stage: Stage) -> String {
        switch stage {
        case .perencanaan: "#eef4fc"
        case .pelaksanaan: "#fff5e6"
        case .evaluasi: "#eef8ec"
        }
    }

    /// Process band colors for inti, manajemen and pendukung.
    public static let bands: [String: (fill: String, border: String)] = [
        "inti": ("#e4eefb", "#3f6fb0"),
        "manajemen": ("#fdf0dc", "#b7791f"),
        "pendukung": ("#e8f5e6", "#4f8a4a"),
    ]

    /// The graph title block: the document title in bold over a line of smaller, muted details.
    public static func title(_ title: String, details: [String]) -> DOTValue {
        var markup = "<FONT POINT-SIZE=\"16\" FACE=\"\(boldFont)\">\(HTMLText.lines(title, width: 90))</FONT>"
        let line = details.filter { !$0.isEmpty }.joined(separator: "  ·  ")
        if !line.isEmpty {
            markup += "<BR/><FONT POINT-SIZE=\"10\" COLOR=\"\(muted)\">\(HTMLText.lines(line, width: 140))</FONT>"
        }
        return .html(markup + "<BR/> ")
    }

    /// Graph attributes every diagram starts from.
    public static func graph(rankdir: String) -> DOTAttributes {
        var attributes: DOTAttributes = [
            "rankdir": rankdir, "fontname": font, "fontsize": "12", "fontcolor": ink,
            "labelloc": "t", "labeljust": "c", "bgcolor": "white", "pad": "0.3",
        ]
        attributes["charset"] = .text("UTF-8")
        return attributes
    }

    /// Node defaults every diagram starts from.
    public static var node: DOTAttributes {
        ["fontname": font, "fontsize": "10", "fontcolor": ink, "color": line, "penwidth": "1.1"]
    }

    /// Edge defaults every diagram starts from.
    public static var edge: DOTAttributes {
        ["fontname": font, "fontsize": "9", "fontcolor": ink, "color": line, "arrowsize": "0.7"]
    }
}
