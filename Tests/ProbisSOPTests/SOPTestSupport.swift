import Foundation
import ProbisModel
import ProbisSOP
import ProbisYAML

/// The shipped library and the test folders.
enum SOPTestLibrary {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let library: Library = LibraryLoader.load(paths: [repository.appendingPathComponent("ProcessMaps").path]).library
}

/// Text metrics that depend on no font: every character is half the font size wide. Golden layouts use it so
/// that they hold on any machine; the library-wide checks use cairo's real metrics.
struct FixedWidthMeasurer: SOPTextMeasuring {
    func width(of text: String, size: Double, bold: Bool) -> Double {
        Double(text.count) * size * (bold ? 0.55 : 0.5)
    }
}

extension SOPLayout {
    /// The layout as text, for golden files: pages with their symbols, arrows and texts; rows; connectors.
    var dump: String {
        func f(_ value: Double) -> String { String(format: "%.1f", value) }
        func r(_ rect: SOPRect) -> String { "[\(f(rect.x)),\(f(rect.y)) \(f(rect.width))x\(f(rect.height))]" }
        var out = "paper \(paper.rawValue)\n"
        for page in pages {
            out += "page \(page.number) \(page.kind.rawValue): \(page.cells.count) cells, \(page.shaded.count) shaded\n"
            for (index, column) in page.pelaksanaColumns.enumerated() { out += "  column \(index) \(r(column))\n" }
            for symbol in page.symbols {
                out += "  symbol \(symbol.shape.rawValue) \(r(symbol.frame)) column \(symbol.column)"
                    + (symbol.row.map { " row \($0 + 1)" } ?? "") + (symbol.label.map { $0.isEmpty ? "" : " '\($0)'" } ?? "") + "\n"
            }
            for arrow in page.arrows { out += "  arrow " + arrow.points.map { "\(f($0.x)),\(f($0.y))" }.joined(separator: " → ") + "\n" }
            for text in page.texts { out += "  text \(f(text.x)),\(f(text.baseline)) \(text.font.bold ? "b" : "")\(f(text.font.size)) '\(text.text)'\n" }
        }
        for row in rows { out += "row \(row.row + 1): page \(row.page) column \(row.column) band \(r(row.band)) symbol \(r(row.symbol))\n" }
        for connector in connectors {
            out += "connector \(connector.label): row \(connector.from + 1) page \(connector.outPage) \(r(connector.outFrame)) → row \(connector.to + 1) page \(connector.inPage) \(r(connector.inFrame))\n"
        }
        return out
    }
}
