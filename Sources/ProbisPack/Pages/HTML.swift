import ProbisDOT
import ProbisSimulation

/// Building blocks of the pack's pages. Every text from the library goes through ``text(_:)``; markup is
/// only ever made here and in the page builders, never taken from the data.
enum HTML {
    /// Text escaped for element content and attribute values.
    static func text(_ value: String) -> String { HTMLText.escape(value) }

    /// Text of several lines, each escaped, joined with `<br>`.
    static func lines(_ value: String) -> String {
        value.split(separator: "\n", omittingEmptySubsequences: false).map { text(String($0)) }.joined(separator: "<br>")
    }

    /// A link; `href` is a relative path made by the pack, escaped like any attribute.
    static func link(_ href: String, _ label: String) -> String {
        "<a href=\"\(text(href))\">\(text(label))</a>"
    }

    /// A number in Indonesian format (`1.234,5`).
    static func number(_ value: Double, decimals: Int = 1) -> String { IndonesianNumber.format(value, decimals: decimals) }

    /// An estimate as `mean ± half-width`, or `-`.
    static func estimate(_ value: Estimate?, decimals: Int = 1, scale: Double = 1) -> String {
        guard let value else { return "-" }
        let mean = number(value.mean * scale, decimals: decimals)
        guard let half = value.halfWidth else { return mean }
        return mean + " ± " + number(half * scale, decimals: decimals)
    }

    /// A table; cells are markup (escape text with ``text(_:)``), `numeric` columns are right-aligned, and a
    /// row may take a CSS class (`rowClasses`, by row index).
    static func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int> = [], id: String? = nil,
                      rowClasses: [Int: String] = [:]) -> String {
        guard !rows.isEmpty else { return "<p class=\"kosong\">Tidak ada.</p>\n" }
        var out = "<table\(id.map { " id=\"\(text($0))\"" } ?? "")><thead><tr>"
        for (index, header) in headers.enumerated() {
            out += "<th\(numeric.contains(index) ? " class=\"angka\"" : "")>\(text(header))</th>"
        }
        out += "</tr></thead><tbody>\n"
        for (number, row) in rows.enumerated() {
            out += rowClasses[number].map { "<tr class=\"\($0)\">" } ?? "<tr>"
            for (index, cell) in row.enumerated() { out += "<td\(numeric.contains(index) ? " class=\"angka\"" : "")>\(cell)</td>" }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    /// A whole page: head with the local stylesheet, a breadcrumb back to the index, the body, the local script.
    /// - Parameters:
    ///   - depth: how many folders below the pack's top the page is (0 for `index.html`).
    ///   - trail: the breadcrumb after the index: labels with optional links.
    static func page(title: String, depth: Int, trail: [(String, String?)] = [], body: String) -> String {
        let up = String(repeating: "../", count: depth)
        var crumbs = [link(up + "index.html", "Paket Tinjauan")]
        crumbs += trail.map { label, href in href.map { link($0, label) } ?? "<span>\(text(label))</span>" }
        return """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(text(title)) — Paket Tinjauan Proses Bisnis</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="\(up)aset/probis.css">
        </head>
        <body>
        <nav class="jejak">\(crumbs.joined(separator: " › "))</nav>
        <main>
        \(body)
        </main>
        <footer>Dibuat oleh probis dari pustaka ProcessMaps. Halaman statis: dibuka dari disk tanpa server dan tanpa jaringan.</footer>
        <script src="\(up)aset/probis.js"></script>
        </body>
        </html>

        """
    }
}
