extension SOPLayoutBuilder {
    /// Page 1: the identity section. The unit and government on the left (where the logo would stand), the
    /// SOP's number, dates, sign-off and name on the right, then three pairs of lists below.
    func identityPage() throws(SOPLayoutError) -> SOPPage {
        var page = page(1, .identitas)
        let area = page.content
        let body = SOPFont(8), bold = SOPFont(8, bold: true)
        var y = area.y
        page.texts += place("STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN", in: SOPRect(x: area.x, y: y, width: area.width, height: 16), font: .title, center: true)
        y += 18
        let leftWidth = (area.width * 0.42).rounded()
        let labelWidth = 110.0
        let valueWidth = area.width - leftWidth - labelWidth
        let signer = document.pengesahan
        let signature = [signer?.jabatan ?? "-", "", "", signer?.nama ?? "(nama)", "NIP. \(signer?.nip ?? "-")"].joined(separator: "\n")
        let fields: [(String, String, SOPFont)] = [
            ("Nomor SOP", document.nomor, body), ("Tanggal Pembuatan", document.tanggalPembuatan, body),
            ("Tanggal Revisi", document.tanggalRevisi, body), ("Tanggal Efektif", document.tanggalEfektif, body),
            ("Disahkan oleh", signature, body), ("Nama SOP", document.nama.uppercased(), bold),
        ]
        var fieldTop = y
        for (label, value, font) in fields {
            let rowHeight = max(height(label, width: labelWidth, font: bold), height(value, width: valueWidth, font: font), 16)
            let labelCell = SOPRect(x: area.x + leftWidth, y: fieldTop, width: labelWidth, height: rowHeight)
            let valueCell = SOPRect(x: labelCell.maxX, y: fieldTop, width: valueWidth, height: rowHeight)
            page.cells += [labelCell, valueCell]
            page.texts += place(label, in: labelCell, font: bold, middle: true)
            page.texts += place(value, in: valueCell, font: font, center: label == "Disahkan oleh", middle: true)
            fieldTop += rowHeight
        }
        let unitCell = SOPRect(x: area.x, y: y, width: leftWidth, height: fieldTop - y)
        page.cells.append(unitCell)
        page.texts += place("\(document.pemerintah)\n\(document.unit.uppercased())", in: unitCell, font: SOPFont(10, bold: true), center: true, middle: true)
        y = fieldTop
        let half = (area.width / 2).rounded()
        let pairs: [(String, [String], String, [String])] = [
            ("Dasar Hukum", document.dasarHukum, "Kualifikasi Pelaksana", document.kualifikasi),
            ("Keterkaitan", document.keterkaitan, "Peralatan/Perlengkapan", document.peralatan),
            ("Peringatan", document.peringatan, "Pencatatan dan Pendataan", document.pencatatan),
        ]
        for (leftTitle, leftItems, rightTitle, rightItems) in pairs {
            let headingHeight = 14.0
            for (offset, title) in [leftTitle, rightTitle].enumerated() {
                let cell = SOPRect(x: area.x + Double(offset) * half, y: y, width: offset == 0 ? half : area.width - half, height: headingHeight)
                page.cells.append(cell)
                page.shaded.append(cell)
                page.texts += place("\(title):", in: cell, font: bold, middle: true)
            }
            y += headingHeight
            let texts = [leftItems, rightItems].map(Self.numbered)
            let rowHeight = max(height(texts[0], width: half, font: body), height(texts[1], width: area.width - half, font: body), 16)
            for (offset, text) in texts.enumerated() {
                let cell = SOPRect(x: area.x + Double(offset) * half, y: y, width: offset == 0 ? half : area.width - half, height: rowHeight)
                page.cells.append(cell)
                page.texts += place(text, in: cell, font: body)
            }
            y += rowHeight
        }
        let available = area.height - footer
        if y - area.y > available {
            throw .identityTooTall(document: document.id, location: nil, needed: y - area.y, available: available, paper: paper)
        }
        return page
    }

    /// Items as a numbered list, one per line; "-" when there are none.
    static func numbered(_ items: [String]) -> String {
        switch items.count {
        case 0: "-"
        case 1: items[0]
        default: items.enumerated().map { "\($0 + 1). \($1)" }.joined(separator: "\n")
        }
    }
}
