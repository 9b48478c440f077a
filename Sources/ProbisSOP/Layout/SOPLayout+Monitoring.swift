extension SOPLayoutBuilder {
    /// The monitoring form of PermenPANRB 35/2012 (Tabel 7) for the SOP: one row per prosedur (kegiatan and
    /// decision) with the assessment left blank for the assessor: Penilaian (berjalan dengan baik / tidak
    /// berjalan dengan baik), Catatan, Tindakan yang harus diambil, Paraf. Header repeated on every page.
    func monitoringPages(firstNumber: Int) -> [SOPPage] {
        let template = page(firstNumber, .monitoring)
        let area = template.content
        let widths: [Double] = {
            let fixed = [22.0, 0, 62, 62, 0, 0, 48]
            let rest = area.width - fixed.reduce(0, +)
            return [22, (rest * 0.4).rounded(), 62, 62, (rest * 0.3).rounded(), rest - (rest * 0.4).rounded() - (rest * 0.3).rounded(), 48]
        }()
        var edges = [area.x]
        for width in widths { edges.append(edges.last! + width) }
        let intro = [
            "Nama SOP: \(document.nama)", "Unit: \(document.unit)", "Nomor SOP: \(document.nomor)",
            "Periode monitoring: .............................. (setiap 6 bulan)",
        ]
        let introHeight = height(intro.joined(separator: "\n"), width: area.width, font: .body)
        let heading = (14.0, max(height("Tidak berjalan dengan baik", width: 62, font: .heading), height("Tindakan yang harus diambil", width: widths[5], font: .heading)))
        let signature = ["Dinilai oleh,", "", "", "(........................................)", "Tanggal: ........................"]
        let signatureHeight = Double(signature.count) * SOPFont.body.lineHeight + 2 * pad + 4
        let prosedur = document.prosedur
        let heights = prosedur.map { max(22, height($0.kegiatan, width: widths[1], font: .body)).rounded(.up) }
        let bodyTop = area.y + 18 + introHeight + heading.0 + heading.1
        let bodyBottom = area.maxY - footer - signatureHeight
        var pagesRows: [[Int]] = [[]]
        var used = 0.0
        for (index, height) in heights.enumerated() {
            if used + height > bodyBottom - bodyTop, !pagesRows[pagesRows.count - 1].isEmpty {
                pagesRows.append([])
                used = 0
            }
            pagesRows[pagesRows.count - 1].append(index)
            used += height
        }
        return pagesRows.enumerated().map { offset, indices in
            var page = page(firstNumber + offset, .monitoring)
            page.texts += place("FORMULIR MONITORING PELAKSANAAN SOP ADMINISTRASI PEMERINTAHAN", in: SOPRect(x: area.x, y: area.y, width: area.width, height: 16), font: .title, center: true)
            page.texts += place(intro.joined(separator: "\n"), in: SOPRect(x: area.x, y: area.y + 18, width: area.width, height: introHeight), font: .body)
            let top = area.y + 18 + introHeight
            func cell(_ from: Int, _ to: Int, _ y: Double, _ height: Double, _ text: String) {
                let rect = SOPRect(x: edges[from], y: y, width: edges[to] - edges[from], height: height)
                page.cells.append(rect)
                page.shaded.append(rect)
                page.texts += place(text, in: rect, font: .heading, center: true, middle: true)
            }
            let full = heading.0 + heading.1
            cell(0, 1, top, full, "No")
            cell(1, 2, top, full, "Prosedur")
            cell(2, 4, top, heading.0, "Penilaian Observasi")
            cell(2, 3, top + heading.0, heading.1, "Berjalan dengan baik")
            cell(3, 4, top + heading.0, heading.1, "Tidak berjalan dengan baik")
            cell(4, 5, top, full, "Catatan Hasil Penilaian")
            cell(5, 6, top, full, "Tindakan yang harus diambil")
            cell(6, 7, top, full, "Paraf")
            var y = bodyTop
            for index in indices {
                for column in 0..<7 {
                    let rect = SOPRect(x: edges[column], y: y, width: widths[column], height: heights[index])
                    page.cells.append(rect)
                    if column == 0 { page.texts += place("\(index + 1)", in: rect, font: .body, center: true) }
                    if column == 1 { page.texts += place(prosedur[index].kegiatan, in: rect, font: .body) }
                }
                y += heights[index]
            }
            if offset == pagesRows.count - 1 {
                let box = SOPRect(x: area.maxX - 220, y: y + 4, width: 220, height: signatureHeight - 4)
                page.texts += place(signature.joined(separator: "\n"), in: box, font: .body, center: true)
            }
            return page
        }
    }
}
