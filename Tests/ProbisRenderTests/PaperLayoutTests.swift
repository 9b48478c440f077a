@testable import ProbisRender
import Testing

/// How drawings are cut into paper pages: the scale, the grid and the tile centres, worked out by hand
/// from the paper's size (A3 landscape 1190.55 × 841.89 pt, 10 mm margins, a 14 pt footer, 10 mm overlap).
@Suite struct PaperLayoutTests {
    static let mm = 72 / 25.4

    @Test func aSmallDrawingIsOnePageAtFullSize() {
        let layout = PaperLayout(paper: .a3, minX: 0, minY: 0, maxX: 800, maxY: 500)
        #expect(layout.scale == 1)
        #expect(layout.tiles == [PaperLayout.Tile(row: 0, column: 0, centerX: 400, centerY: 250)])
    }

    @Test func aWideStageFlowIsTwoByTwoPagesAtTheScaleThatFillsTheColumns() {
        // Kaltim Tipe 2's stage flow: 3077 × 1335 pt. At the smallest scale (2 mm / 8 pt) it is 2180.6 pt
        // wide: two columns of 1133.86 pt drawing area overlapping by 28.35 pt; 946 pt high: two rows of
        // 771.2 pt. The scale that fills two columns exactly is (2 · 1105.51 + 28.35) / 3077.
        let layout = PaperLayout(paper: .a3, minX: 0, minY: 0, maxX: 3077, maxY: 1335)
        let areaWidth = 420 * Self.mm - 20 * Self.mm
        let areaHeight = 297 * Self.mm - 20 * Self.mm - 14
        let overlap = 10 * Self.mm
        let scale = (2 * (areaWidth - overlap) + overlap) / 3077
        #expect(abs(layout.scale - scale) < 1e-9)
        #expect(layout.scale >= Paper.minimumScale)
        #expect(layout.rows == 2 && layout.columns == 2)
        let viewWidth = areaWidth / scale
        let viewHeight = areaHeight / scale
        let expected = [
            (0, 0, viewWidth / 2, 1335 - viewHeight / 2), (0, 1, 3077 - viewWidth / 2, 1335 - viewHeight / 2),
            (1, 0, viewWidth / 2, viewHeight / 2), (1, 1, 3077 - viewWidth / 2, viewHeight / 2),
        ]
        #expect(layout.tiles.count == expected.count)
        for (tile, want) in zip(layout.tiles, expected) {
            #expect(tile.row == want.0 && tile.column == want.1)
            #expect(abs(tile.centerX - want.2) < 1e-6 && abs(tile.centerY - want.3) < 1e-6, "\(tile)")
        }
    }

    @Test func smallestTextStaysTwoMillimetresHighOnA4() {
        // 5000 pt wide needs ceil((5000 · 0.7087 − 28.35) / (785.2 − 28.35)) = 5 columns of A4.
        let layout = PaperLayout(paper: .a4, minX: -100, minY: 0, maxX: 4900, maxY: 300)
        #expect(layout.columns == 5 && layout.rows == 1)
        #expect(Double(Theme.minimumFontSize) * layout.scale >= 2 * Self.mm - 1e-9)
        #expect(layout.tiles.map(\.centerY) == Array(repeating: 150, count: 5))
        #expect(abs(layout.tiles[0].centerX - (-100 + layout.areaWidth / layout.scale / 2)) < 1e-6)
        #expect(abs(layout.tiles[4].centerX - (4900 - layout.areaWidth / layout.scale / 2)) < 1e-6)
    }

    @Test func papersAreNamedOnTheCommandLine() {
        #expect(Paper.named("A4") == .a4)
        #expect(Paper.named("a3") == .a3)
        #expect(Paper.named("letter") == nil)
        #expect(abs(Paper.minimumScale - (2 * Self.mm) / 8) < 1e-12)
    }
}
