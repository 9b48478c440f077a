import ProbisModel
import ProbisRules
import Testing

/// Every region's peta proses level 0 and 1, peta subproses and peta relasi, and the Pasal on map kinds encoded.
struct MapKindsTests {
    static let regions = ["banten", "bungo", "kaltim", "kota-jambi", "prov-jambi"]

    /// The kinds of the maps of one region other than its peta lintas fungsi, with the levels of its peta proses.
    static func kinds(of region: String) -> [String] {
        ShippedLibrary.library.documents.filter { $0.header.region?.id.rawValue == region }.compactMap { document in
            switch document {
            case let .petaProses(map): "peta-proses level \(map.level)"
            case .petaSubproses: "peta-subproses"
            case .petaRelasi: "peta-relasi"
            default: nil
            }
        }.sorted()
    }

    @Test("Each region has peta proses level 0 and 1, a peta subproses and a peta relasi", arguments: regions)
    func everyRegionHasTheMapKinds(_ region: String) {
        let common = ["peta-proses level 0", "peta-proses level 1", "peta-relasi", "peta-subproses"]
        #expect(Self.kinds(of: region) == (region == "kaltim" ? common + ["peta-proses level 2"] : common).sorted())
    }

    /// The Pasal that name the map kinds or who sets them: Pergub Jambi 9/2024 Pasal 21, Perwal Kota Jambi 13/2025
    /// Pasal 16 and 17, Perbup Bungo 15/2024 Pasal 15, Pergub Banten 19/2023 Pasal 19, Pergub Kaltim 50/2023 Pasal 21.
    @Test func thePasalOnMapKindsAreEncoded() {
        let onMaps: [String: [Int]] = [
            "000_b5ab6e6dab46e1d6.txt": [21], "001_a4520ef57136d051.txt": [16, 17], "002_1e57fa4463b1ba41.txt": [15],
            "003_a9c4be2afb80f6cd.txt": [19], "004_c6d99ee64fe95462.txt": [21],
        ]
        let notEncoded = CoverageLibraryTests.report.sources.flatMap { source in
            (onMaps[source.source] ?? []).filter(source.pasalNotEncoded.contains).map { "\(source.source) Pasal \($0)" }
        }
        #expect(notEncoded == [])
        let listed = CoverageLibraryTests.report.sources.flatMap(\.documents).filter { $0.kind.hasPrefix("peta-") && $0.kind != "peta-lintas-fungsi" }
        #expect(listed.count == 21)
    }
}
