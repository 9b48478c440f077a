/// Measures text in the font the SOP is drawn with, so that the layout wraps and sizes cells with the
/// drawing's own metrics. The drawing target supplies the real one (cairo); the layout only asks for widths.
public protocol SOPTextMeasuring {
    /// The advance width of one line of text, in points.
    /// - Parameters:
    ///   - size: the font size in points.
    ///   - bold: whether the bold face is used.
    func width(of text: String, size: Double, bold: Bool) -> Double
}

/// A font style of the SOP's text.
public struct SOPFont: Hashable, Sendable {
    /// Size in points.
    public var size: Double
    /// Bold face.
    public var bold: Bool

    /// Creates a style.
    public init(_ size: Double, bold: Bool = false) {
        self.size = size
        self.bold = bold
    }

    /// The distance between baselines.
    public var lineHeight: Double { (size * 1.22).rounded(toPlaces: 2) }

    /// Body text of the tables.
    public static let body = SOPFont(7)
    /// Table headings.
    public static let heading = SOPFont(7, bold: true)
    /// Branch labels and footnotes.
    public static let small = SOPFont(6)
    /// Page titles.
    public static let title = SOPFont(10, bold: true)
}

extension Double {
    /// The value rounded to a number of decimal places (so layouts print and compare stably).
    func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}

extension SOPTextMeasuring {
    /// Text broken into lines no wider than `width`: greedily at spaces and after slashes ("Kepala
    /// Bagian/Kepala Bidang" breaks after the slash), and inside a word only when the word alone is wider
    /// than the line.
    public func wrap(_ text: String, width: Double, font: SOPFont) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for (token, spaced) in Self.tokens(paragraph) {
                let candidate = line.isEmpty ? token : line + (spaced ? " " : "") + token
                if self.width(of: candidate, size: font.size, bold: font.bold) <= width {
                    line = candidate
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                line = ""
                var rest = token
                while self.width(of: rest, size: font.size, bold: font.bold) > width, rest.count > 1 {
                    var cut = rest.count - 1
                    while cut > 1, self.width(of: String(rest.prefix(cut)), size: font.size, bold: font.bold) > width { cut -= 1 }
                    lines.append(String(rest.prefix(cut)))
                    rest = String(rest.dropFirst(cut))
                }
                line = rest
            }
            lines.append(line)
        }
        return lines
    }

    /// The pieces a line may break between: words, split once more after each slash; `spaced` tells whether
    /// a space stood before the piece.
    static func tokens(_ text: Substring) -> [(String, Bool)] {
        var out: [(String, Bool)] = []
        for word in text.split(separator: " ") {
            var piece = ""
            var first = true
            for character in word {
                piece.append(character)
                if character == "/" {
                    out.append((piece, first))
                    piece = ""
                    first = false
                }
            }
            if !piece.isEmpty { out.append((piece, first)) }
        }
        return out
    }
}
