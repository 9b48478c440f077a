import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ProbisModel
import ProbisRender
import ProbisYAML
import Testing

/// Every swimlane of the shipped library (stage flows and peta lintas fungsi), rendered to SVG through the
/// workers, measured in the SVG: each step inside its stage's band, neighbouring lanes touching, branch
/// captions clear of each other, lane colours by role; and its PDF on A3 pages.
@Suite(.serialized) struct SwimlaneGeometryTests {
    /// One rendered swimlane: its map and the boxes of its SVG by `<title>` (clusters and nodes), with the
    /// caption plates of its edges and the fill of each cluster.
    struct Drawing {
        var id: String
        var map: CrossFunctionalMap
        var boxes: [String: Box]
        var fills: [String: String]
        var captions: [Box]
        var pdf: [UInt8]
        /// The organization type whose positions the lanes name, for a stage flow.
        var type: OrganizationType?
    }

    /// An axis-aligned box in SVG coordinates (y downwards).
    struct Box: Equatable, CustomStringConvertible {
        var minX, minY, maxX, maxY: Double
        var description: String { "(\(minX), \(minY))–(\(maxX), \(maxY))" }
    }

    static let tolerance = 1.0

    /// The swimlane diagrams of the shipped library with their maps, and an encoder for them.
    static func maps() -> ([(Diagram, CrossFunctionalMap)], DOTEncoder) {
        let folder = Support.tests.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("ProcessMaps").path
        let loaded = LibraryLoader.load(paths: [folder])
        let plan = RenderPlan(library: loaded.library, mapsRoot: folder)
        let encoder = DOTEncoder(plan: plan)
        let library = loaded.library
        var maps: [(Diagram, CrossFunctionalMap)] = []
        for diagram in plan.diagrams {
            switch (diagram.kind, library.document(diagram.document)) {
            case let (.stageFlow, .organizationType(type)?): if let flow = type.flow { maps.append((diagram, flow)) }
            case let (.stageFlow, .organization(organization)?):
                if let flow = library.organizationType(organization.type.id)?.flow { maps.append((diagram, flow)) }
            case let (.petaLintasFungsi, .petaLintasFungsi(map)?): maps.append((diagram, map.flow))
            default: break
            }
        }
        return (maps, encoder)
    }

    /// The shipped library's swimlane diagrams, rendered once for every test of the suite.
    static let drawings: [Drawing] = {
        let (maps, encoder) = Self.maps()
        let jobs = maps.map { RenderJob(id: $0.0.id, dot: encoder.encode($0.0)!, formats: [.svg, .pdf]) }
        let results = Support.pool.render(jobs)
        return zip(maps, results).map { pair, result in
            let files = (try? result.get()) ?? [:]
            let type: OrganizationType? = switch encoder.library.document(pair.0.document) {
            case let .organizationType(type)?: type
            case let .organization(organization)?: encoder.library.organizationType(organization.type.id)
            default: nil
            }
            var drawing = Drawing(id: pair.0.id, map: pair.1, boxes: [:], fills: [:], captions: [], pdf: files[.pdf] ?? [], type: type)
            if let svg = files[.svg] { read(svg, into: &drawing) }
            return drawing
        }
    }()

    /// Fills in the boxes of an SVG: each `<g>` of class cluster or node by its title (the polygon or path
    /// that draws it), and the white caption plates inside `<g class="edge">`.
    static func read(_ svg: [UInt8], into drawing: inout Drawing) {
        guard let document = try? XMLDocument(data: Data(svg)),
              let groups = try? document.nodes(forXPath: "//*[local-name()='g']") else { return }
        for case let group as XMLElement in groups {
            let kind = value(group, "class") ?? ""
            let children = group.children?.compactMap { $0 as? XMLElement } ?? []
            // A node with a tooltip or link draws its shape inside an <a>: look at every descendant.
            let shapes = ((try? group.nodes(forXPath: ".//*[local-name()='polygon' or local-name()='path']")) ?? [])
                .compactMap { $0 as? XMLElement }
            if kind == "edge" {
                for shape in shapes where value(shape, "fill") == "white" {
                    if let box = box(shape) { drawing.captions.append(box) }
                }
                continue
            }
            guard kind == "cluster" || kind == "node",
                  let title = children.first(where: { $0.localName == "title" })?.stringValue,
                  let shape = shapes.first, let box = box(shape) else { continue }
            drawing.boxes[title] = box
            drawing.fills[title] = value(shape, "fill")
        }
    }

    /// An attribute's value (looked up by local name: FoundationXML does not find attributes of elements in
    /// the SVG namespace by name).
    static func value(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { ($0.localName ?? $0.name) == name }?.stringValue
    }

    /// The box around every coordinate of a polygon's `points` or a path's `d` (Graphviz's rounded corners
    /// are cubic curves whose control points lie on the box).
    static func box(_ shape: XMLElement) -> Box? {
        let text = value(shape, shape.localName == "polygon" ? "points" : "d") ?? ""
        let numbers = text.split(whereSeparator: { !("0123456789.-".contains($0)) }).compactMap { Double($0) }
        guard numbers.count >= 4, numbers.count % 2 == 0 else { return nil }
        let xs = stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] }
        let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
        return Box(minX: xs.min()!, minY: ys.min()!, maxX: xs.max()!, maxY: ys.max()!)
    }

    @Test func theLibraryHasSwimlanesAndEachRendered() {
        #expect(Self.drawings.count >= 70)
        for drawing in Self.drawings {
            #expect(!drawing.boxes.isEmpty, "\(drawing.id): no SVG")
            #expect(!drawing.pdf.isEmpty, "\(drawing.id): no PDF")
        }
    }

    @Test func everyStepLiesInsideItsStageBand() {
        var checked = 0
        for drawing in Self.drawings {
            for step in drawing.map.steps {
                guard let stage = step.stage else { continue }
                guard let band = drawing.boxes["cluster_stage_\(stage.rawValue)"],
                      let node = drawing.boxes["step:\(step.id.rawValue)"] else {
                    Issue.record("\(drawing.id): no band for \(stage.rawValue) or no box for \(step.id)")
                    continue
                }
                #expect(node.minX >= band.minX - Self.tolerance && node.maxX <= band.maxX + Self.tolerance,
                        "\(drawing.id): \(step.id) spans x \(node.minX)–\(node.maxX), its band \(stage.rawValue) \(band.minX)–\(band.maxX)")
                checked += 1
            }
        }
        #expect(checked > 500)
    }

    @Test func stageBandsFollowEachOtherWithoutOverlapping() {
        var pairs = 0
        for drawing in Self.drawings {
            let bands = Stage.allCases.compactMap { drawing.boxes["cluster_stage_\($0.rawValue)"] }
            for (left, right) in zip(bands, bands.dropFirst()) {
                #expect(left.maxX < right.minX, "\(drawing.id): bands \(left) and \(right)")
                pairs += 1
            }
        }
        #expect(pairs >= 80)
    }

    /// The rows of a map top to bottom as cluster titles: a lane, or a frame of consecutive lanes of one
    /// group with the titles of its lanes.
    static func rows(_ map: CrossFunctionalMap) -> [(title: String, lanes: [String])] {
        var rows: [(title: String, lanes: [String])] = []
        var groups = 0
        var index = 0
        while index < map.lanes.count {
            guard let group = map.lanes[index].group else {
                rows.append(("cluster_lane_\(index)", []))
                index += 1
                continue
            }
            var lanes: [String] = []
            while index < map.lanes.count, map.lanes[index].group == group {
                lanes.append("cluster_lane_\(index)")
                index += 1
            }
            rows.append(("cluster_group_\(groups)", lanes))
            groups += 1
        }
        return rows
    }

    @Test func neighbouringLanesTouch() {
        var pairs = 0
        for drawing in Self.drawings {
            let rows = Self.rows(drawing.map)
            var sets = [rows.map(\.title)] + rows.map(\.lanes)
            sets.removeAll { $0.count < 2 }
            for titles in sets {
                for (upper, lower) in zip(titles, titles.dropFirst()) {
                    guard let top = drawing.boxes[upper], let bottom = drawing.boxes[lower] else {
                        Issue.record("\(drawing.id): no cluster \(upper) or \(lower)")
                        continue
                    }
                    #expect(abs(bottom.minY - top.maxY) <= Self.tolerance,
                            "\(drawing.id): \(upper) ends at y \(top.maxY), \(lower) starts at \(bottom.minY)")
                    pairs += 1
                }
            }
        }
        #expect(pairs > 200)
    }

    @Test func branchCaptionsDoNotOverlap() {
        var captions = 0
        for drawing in Self.drawings {
            for (index, first) in drawing.captions.enumerated() {
                for second in drawing.captions[(index + 1)...] {
                    let apart = first.maxX <= second.minX || second.maxX <= first.minX
                        || first.maxY <= second.minY || second.maxY <= first.minY
                    #expect(apart, "\(drawing.id): captions \(first) and \(second) overlap")
                }
            }
            captions += drawing.captions.count
        }
        #expect(captions > 100)
    }

    @Test func aLaneHasItsRolesColourInEveryMap() {
        var seen: [LaneRole: Set<String>] = [:]
        for drawing in Self.drawings {
            for (index, lane) in drawing.map.lanes.enumerated() {
                guard let role = lane.role, let fill = drawing.fills["cluster_lane_\(index)"] else { continue }
                seen[role, default: []].insert(fill)
            }
        }
        #expect(seen.count >= 8)
        for (role, fills) in seen {
            #expect(fills == [Theme.roleLanes[role]!.fill], "\(role): lanes filled \(fills.sorted())")
        }
        let distinct = Set(Theme.roleLanes.values.map(\.fill))
        #expect(distinct.count == LaneRole.allCases.count)
    }

    @Test func aLaneWithoutARoleTakesTheColourOfItsPositionsTierOrGrey() {
        var byTier: [JabatanTier: Set<String>] = [:]
        var parties: Set<String> = []
        for drawing in Self.drawings {
            for (index, lane) in drawing.map.lanes.enumerated() where lane.role == nil {
                guard let fill = drawing.fills["cluster_lane_\(index)"] else { continue }
                if let id = lane.positions.first?.id, let tier = drawing.type?.position(id)?.tier {
                    byTier[tier, default: []].insert(fill)
                } else {
                    parties.insert(fill)
                }
            }
        }
        // Kepala Perangkat Daerah (JPT), Kepala Bidang (administrator), Kepala Sub Bagian (pengawas).
        #expect(byTier[.jptPratama] == [Theme.roleLanes[.kepalaPerangkatDaerah]!.fill])
        #expect(byTier[.administrator] == [Theme.roleLanes[.pimpinanUnit]!.fill])
        #expect(byTier[.pengawas] == [Theme.roleLanes[.ppk]!.fill])
        #expect(parties.isSubset(of: [Theme.partyLane.fill]))
    }

    @Test func everyPDFPageIsA3Landscape() throws {
        let key = Array("/MediaBox [".utf8)
        for drawing in Self.drawings {
            var boxes: [String] = []
            var index = 0
            let pdf = drawing.pdf
            while index + key.count < pdf.count {
                if pdf[index] == key[0], Array(pdf[index..<(index + key.count)]) == key,
                   let end = pdf[index...].firstIndex(of: UInt8(ascii: "]")) {
                    boxes.append(String(decoding: pdf[(index + key.count)..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces))
                    index = end
                }
                index += 1
            }
            #expect(!boxes.isEmpty, "\(drawing.id): no page")
            for box in boxes {
                let numbers = box.split(separator: " ").compactMap { Double($0) }
                #expect(numbers.count == 4 && abs(numbers[2] - Paper.a3.width) < 0.01 && abs(numbers[3] - Paper.a3.height) < 0.01,
                        "\(drawing.id): page \(box)")
            }
        }
    }
}
