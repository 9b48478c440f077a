import ProbisModel

extension SOPDocument {
    /// The documents of a library that have an SOP: every peta lintas fungsi and every organization type with
    /// a stage flow, in id order.
    public static func sources(in library: Library) -> [DocumentID] {
        library.documents.compactMap { document -> DocumentID? in
            switch document {
            case .petaLintasFungsi: document.id
            case let .organizationType(type) where type.flow != nil: document.id
            default: nil
            }
        }.sorted()
    }

    /// The SOP of a peta lintas fungsi or an organization type's stage flow, or `nil` when the document has no
    /// flow.
    ///
    /// - Parameter scenario: when given, each step's Waktu is the nominal mean of the scenario's duration for
    ///   it (working time, in minutes, hours or working days of the scenario's calendar); otherwise the
    ///   step's own `waktu:`.
    public init?(_ document: Document, in library: Library, scenario: Scenario? = nil) {
        let flow: CrossFunctionalMap
        let positions: [Position]
        let nama: String
        var related: [String] = []
        switch document {
        case let .organizationType(type):
            guard let typeFlow = type.flow else { return nil }
            flow = typeFlow
            positions = type.positions
            nama = "Perencanaan, Pelaksanaan dan Evaluasi Kinerja pada \(type.header.title)"
            // The maps drawn for this type, and the region's mechanisms that name no type (they apply to all).
            for case let .petaLintasFungsi(map) in library.documents
            where map.organization?.id == type.header.id
                || (map.organization == nil && map.header.region != nil && map.header.region?.id == type.header.region?.id) {
                related.append("SOP \(map.header.title)")
            }
        case let .petaLintasFungsi(map):
            flow = map.flow
            nama = map.header.title
            if let typeID = map.organization?.id, let type = library.organizationType(typeID) {
                positions = type.positions
                related.append("SOP Perencanaan, Pelaksanaan dan Evaluasi Kinerja pada \(type.header.title)")
            } else {
                positions = []
            }
        default:
            return nil
        }
        let header = document.header
        let sop = flow.sop
        let region = library.region(of: document)
        self.init(
            id: header.id, nama: nama,
            pemerintah: region.map { "PEMERINTAH \($0.header.title.uppercased())" } ?? "PEMERINTAH DAERAH",
            unit: sop?.unit ?? header.title, nomor: sop?.nomor ?? "-",
            tanggalPembuatan: SOPTanggal.text(sop?.dibuat), tanggalRevisi: SOPTanggal.text(sop?.direvisi),
            tanggalEfektif: SOPTanggal.text(sop?.efektif), pengesahan: sop?.pengesahan,
            dasarHukum: Self.dasarHukum(header: header, flow: flow, library: library),
            kualifikasi: Self.kualifikasi(flow: flow, positions: positions),
            keterkaitan: Self.keterkaitan(flow: flow, related: related, library: library),
            peralatan: sop?.peralatan ?? [], peringatan: sop?.peringatan ?? [], pencatatan: sop?.pencatatan ?? [],
            pelaksana: flow.lanes.map(\.title), rows: Self.rows(flow: flow, library: library, scenario: scenario),
            waktuNote: scenario.map {
                "Waktu: rata-rata durasi langkah dalam skenario \($0.header.id) (jam kerja; hari kerja menurut kalender skenario). Angka skenario adalah asumsi, bukan teks peraturan."
            } ?? "Waktu: sebagaimana ditulis pada langkah peta (waktu:); \"-\" bila tidak ditulis.")
    }

    /// One item per regulation text the flow cites: its full title, then the document's own item and the
    /// Pasal its steps cite.
    static func dasarHukum(header: DocumentHeader, flow: CrossFunctionalMap, library: Library) -> [String] {
        var sources: [String] = []
        var items: [String: [String]] = [:]
        func add(_ source: String, _ item: String) {
            if items[source] == nil { sources.append(source) }
            if !(items[source] ?? []).contains(item) { items[source, default: []].append(item) }
        }
        if let citation = header.citation { add(citation.source, citation.item) }
        for step in flow.steps {
            guard let citation = step.citation else { continue }
            let pasal = PasalNumbers.mentioned(in: citation.item)
            if pasal.isEmpty { add(citation.source, "") } else { for number in pasal { add(citation.source, "Pasal \(number)") } }
        }
        let regulations = library.documents.compactMap { document -> Regulation? in
            if case let .region(region) = document { return region.regulation }
            return nil
        }
        return sources.map { source in
            let title = regulations.first { $0.source == source }?.title ?? source
            let cited = (items[source] ?? []).filter { !$0.isEmpty }
            return cited.isEmpty ? title : "\(title): \(cited.joined(separator: ", "))"
        }
    }

    /// The qualifications of each lane's positions, where the library states them.
    static func kualifikasi(flow: CrossFunctionalMap, positions: [Position]) -> [String] {
        var out: [String] = []
        for lane in flow.lanes {
            let stated = lane.positions.compactMap { reference in positions.first { $0.id == reference.id }?.qualifications }
            guard let first = stated.first else { continue }
            var parts: [String] = []
            if let education = first.education { parts.append("pendidikan paling rendah \(education)") }
            if let grade = first.grade { parts.append("pangkat/golongan ruang paling rendah \(grade)") }
            if first.experience == true { parts.append("berpengalaman di bidang tugasnya") }
            if !parts.isEmpty { out.append("\(lane.title): \(parts.joined(separator: ", "))") }
        }
        return out.isEmpty ? ["Sesuai persyaratan jabatan masing-masing pelaksana (peraturan tidak menyebut kualifikasi khusus)"] : out
    }

    /// The maps the flow's connectors lead to, then the related SOPs.
    static func keterkaitan(flow: CrossFunctionalMap, related: [String], library: Library) -> [String] {
        var out: [String] = []
        for step in flow.steps {
            guard let target = step.connectsTo?.id else { continue }
            let title = library.document(target)?.header.title ?? target.rawValue
            if !out.contains("SOP \(title)") { out.append("SOP \(title)") }
        }
        return out + related.filter { !out.contains($0) }
    }
}
