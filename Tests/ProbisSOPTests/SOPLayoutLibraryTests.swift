import Foundation
import ProbisModel
import ProbisSOP
import ProbisSOPDraw
import Testing

/// Every peta lintas fungsi and stage flow of the shipped library, laid out with cairo's real font metrics on
/// both papers: symbols in their actors' columns, matching off-page connectors, everything inside its page.
@Suite("SOP layout of the whole library")
struct SOPLayoutLibraryTests {
    static let sources = SOPDocument.sources(in: SOPTestLibrary.library)

    @Test("The library has SOP sources") func sourcesExist() {
        #expect(Self.sources.count >= 60)
        #expect(Self.sources.contains(DocumentID("kaltim.pd-tipe-2")))
    }

    @Test("Every SOP lays out correctly", arguments: [SOPPaper.a4, .f4])
    func everySOP(paper: SOPPaper) throws {
        let library = SOPTestLibrary.library
        let measure = CairoTextMeasurer()
        for id in Self.sources {
            let source = try #require(library.document(id))
            let scenario = library.defaultScenario(for: id)
            let document = try #require(SOPDocument(source, in: library, scenario: scenario))
            let layout = try SOPLayout.make(document, paper: paper, measure: measure)
            check(layout, document, source: source, measure: measure)
        }
    }

    func check(_ layout: SOPLayout, _ document: SOPDocument, source: Document, measure: CairoTextMeasurer) {
        let id = document.id
        let flow: CrossFunctionalMap? = switch source {
        case let .organizationType(type): type.flow
        case let .petaLintasFungsi(map): map.flow
        default: nil
        }
        let lanes = flow?.lanes.map(\.id) ?? []
        // Page 1 the identity, then flowchart pages, then the monitoring form.
        #expect(layout.pages.first?.kind == .identitas, "\(id)")
        #expect(layout.pages.last?.kind == .monitoring, "\(id)")
        #expect(layout.pages.map(\.number) == Array(1...layout.pages.count), "\(id)")
        // Every row placed once, in order, its symbol inside its actor's Pelaksana column.
        #expect(layout.rows.map(\.row) == Array(document.rows.indices), "\(id)")
        for placed in layout.rows {
            let row = document.rows[placed.row]
            let step = flow?.steps[placed.row]
            #expect(step?.id == row.step, "\(id) row \(row.number)")
            #expect(lanes.firstIndex(of: step?.lane.id ?? LaneID("")) == placed.column, "\(id) row \(row.number) stands in its lane's column")
            let page = layout.pages[placed.page - 1]
            #expect(page.kind == .flowchart)
            let column = page.pelaksanaColumns[placed.column]
            #expect(placed.symbol.x >= column.x && placed.symbol.maxX <= column.maxX, "\(id) row \(row.number) symbol in column \(placed.column)")
            #expect(placed.band.contains(placed.symbol), "\(id) row \(row.number) symbol inside its row")
            #expect(page.symbols.contains { $0.row == placed.row && $0.frame == placed.symbol && $0.shape == row.symbol })
        }
        // Every arrow that crosses pages has a pentagon with one label on each page.
        var crossing = 0
        for placed in layout.rows {
            for link in document.rows[placed.row].links {
                let target = layout.rows[link.target]
                guard target.page != placed.page else { continue }
                crossing += 1
                let pair = layout.connectors.filter { $0.from == placed.row && $0.to == link.target }
                #expect(pair.count == 1, "\(id) row \(placed.row + 1) → \(link.target + 1) has one connector pair")
                for connector in pair {
                    #expect(connector.outPage == placed.page && connector.inPage == target.page)
                    let out = layout.pages[connector.outPage - 1].symbols.filter { $0.shape == .pentagon && $0.label == connector.label }
                    let into = layout.pages[connector.inPage - 1].symbols.filter { $0.shape == .pentagon && $0.label == connector.label }
                    #expect(out.map(\.frame) == [connector.outFrame] && into.map(\.frame) == [connector.inFrame], "\(id) connector \(connector.label)")
                }
            }
        }
        #expect(layout.connectors.count == crossing, "\(id): no connector without a page break")
        for page in layout.pages {
            // The header repeats on every flowchart page.
            if page.kind == .flowchart {
                let words = Set(page.texts.map(\.text))
                #expect(["No", "Kegiatan", "Pelaksana", "Mutu Baku", "Kelengkapan", "Waktu", "Output", "Keterangan"].allSatisfy(words.contains), "\(id) page \(page.number)")
            }
            // Everything stays inside the margins, and every text line inside its cell.
            for cell in page.cells { #expect(page.content.contains(cell), "\(id) page \(page.number) cell \(cell)") }
            for symbol in page.symbols { #expect(page.content.contains(symbol.frame), "\(id) page \(page.number) symbol") }
            for arrow in page.arrows {
                #expect(arrow.points.allSatisfy { page.content.contains($0) }, "\(id) page \(page.number) arrow")
                #expect(zip(arrow.points, arrow.points.dropFirst()).allSatisfy { $0.x == $1.x || $0.y == $1.y }, "\(id) arrows are orthogonal")
            }
            for text in page.texts {
                let measured = measure.width(of: text.text, size: text.font.size, bold: text.font.bold)
                #expect(text.x >= text.bounds.x - 0.01 && text.x + measured <= text.bounds.maxX + 0.05, "\(id) page \(page.number) '\(text.text)' fits its width")
                #expect(text.baseline <= text.bounds.maxY + 0.5 && text.baseline - text.font.size * 0.9 >= text.bounds.y - 0.5, "\(id) page \(page.number) '\(text.text)' fits its height")
                #expect(page.content.contains(SOPPoint(text.x + measured, text.baseline)), "\(id) page \(page.number) '\(text.text)' on the page")
            }
        }
        // The monitoring form lists every kegiatan and decision once.
        let listed = layout.pages.filter { $0.kind == .monitoring }.flatMap(\.texts).map(\.text)
        #expect(listed.contains("Prosedur") && listed.contains("Paraf"), "\(id) has its monitoring form")
        #expect(document.prosedur.count == document.rows.filter { $0.symbol == .box || $0.symbol == .diamond }.count)
    }
}
