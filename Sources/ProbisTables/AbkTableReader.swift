import Foundation
import ProbisModel
import SwiftCSV

/// The located errors that stop reading an ABK table.
public struct AbkTableProblems: Error, Hashable, Sendable {
    /// The errors, in file order.
    public var diagnostics: [Diagnostic]
    /// Wraps errors.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}

/// Reads an Anjab-ABK table from CSV (comma, semicolon or tab separated, as guessed from the header line):
/// one header line, then one row per uraian tugas (docs/abk.md lists the columns and their spellings).
///
/// Every problem is a located error at the cell (`file:line:col`); a table with errors gives no table.
public enum AbkTableReader {
    /// Reads a table from a file; `name` is how messages name it (the path as the user gave it).
    public static func read(contentsOf url: URL, name: String) throws(AbkTableProblems) -> AbkTable {
        let start = SourceLocation(file: name, line: 1, column: 1)
        guard let data = try? Data(contentsOf: url) else {
            throw AbkTableProblems([.error(.io, at: start, "cannot read ABK table '\(name)'")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw AbkTableProblems([.error(.encoding, at: start, "ABK table '\(name)' is not UTF-8 text (save the sheet as 'CSV UTF-8')")])
        }
        return try read(text: text, file: name)
    }

    /// Reads a table from CSV text.
    public static func read(text: String, file: String) throws(AbkTableProblems) -> AbkTable {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let delimiter = CSVDelimiter.guessed(string: text)
        let positions = CSVPositions(text, delimiter: delimiter.rawValue)
        let at = { (line: Int, column: Int) in SourceLocation(file: file, line: line, column: column) }
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: text, delimiter: delimiter, loadColumns: false)
        } catch {
            let place = positions.badQuote.map { at($0.line, $0.column) } ?? at(1, 1)
            throw AbkTableProblems([.error(.abkInvalidValue, at: place, "ABK table '\(file)' is not valid CSV: a quoted cell must end at its closing quote")])
        }
        guard !csv.header.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw AbkTableProblems([.error(.abkEmptyTable, at: at(1, 1), "ABK table '\(file)' has no header line")])
        }
        let headerCells = positions.records.first ?? []
        let headerAt = { (index: Int) in headerCells.indices.contains(index) ? at(headerCells[index].line, headerCells[index].column) : at(1, 1) }
        // The header: each cell a known column, each column once, every required column present.
        var columns: [AbkColumn: Int] = [:]
        var problems: [Diagnostic] = []
        for (index, cell) in csv.header.enumerated() {
            let key = AbkHeaders.normalized(cell)
            if let column = AbkHeaders.column(cell) {
                if columns[column] != nil {
                    problems.append(.error(.abkUnknownColumn, at: headerAt(index), "column '\(cell)' repeats column '\(column.rawValue)'"))
                } else {
                    columns[column] = index
                }
            } else if !key.isEmpty, !AbkHeaders.ignored.contains(key) {
                let hint = Suggestion.hint(for: key, in: AbkHeaders.allSpellings)
                problems.append(.error(.abkUnknownColumn, at: headerAt(index), "unknown column '\(cell)' in ABK table\(hint)"))
            }
        }
        if problems.isEmpty {
            let missing = AbkColumn.allCases.filter { $0.isRequired && columns[$0] == nil }
            if !missing.isEmpty {
                let names = missing.map { "'\($0.spellings[0])'" }.joined(separator: ", ")
                problems.append(.error(.abkMissingColumn, at: at(1, 1), "ABK table '\(file)' lacks column\(missing.count > 1 ? "s" : "") \(names)"))
            }
        }
        guard problems.isEmpty else { throw AbkTableProblems(problems) }
        var rows: [AbkRow] = []
        for (offset, fields) in csv.rows.enumerated() {
            let cellsAt = positions.records.indices.contains(offset + 1) ? positions.records[offset + 1] : []
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let line = cellsAt.first?.line ?? offset + 2
            var locations: [AbkColumn: SourceLocation] = [:]
            for (column, index) in columns {
                let place = cellsAt.indices.contains(index) ? cellsAt[index] : (line: line, column: cellsAt.last?.column ?? 1)
                locations[column] = at(place.line, place.column)
            }
            switch row(fields, columns: columns, locations: locations, rowAt: at(line, cellsAt.first?.column ?? 1)) {
            case let .success(value): rows.append(value)
            case let .failure(problem): problems.append(problem)
            }
        }
        guard problems.isEmpty else { throw AbkTableProblems(problems) }
        return AbkTable(file: file, rows: rows)
    }

    /// One row, or its first problem.
    private static func row(_ fields: [String], columns: [AbkColumn: Int], locations: [AbkColumn: SourceLocation],
                            rowAt: SourceLocation) -> Result<AbkRow, Diagnostic> {
        func value(_ column: AbkColumn) -> String {
            guard let index = columns[column], fields.indices.contains(index) else { return "" }
            return fields[index].trimmingCharacters(in: .whitespaces)
        }
        func fail(_ column: AbkColumn, _ message: String) -> Result<AbkRow, Diagnostic> {
            .failure(.error(.abkInvalidValue, at: locations[column] ?? rowAt, message))
        }
        for column in [AbkColumn.unit, .jabatan, .uraianTugas, .volume, .periode, .normaWaktu] where value(column).isEmpty {
            return fail(column, "missing \(column.spellings[0]) in ABK row")
        }
        let volumeText = value(.volume)
        guard let volume = AbkValues.number(volumeText) else {
            let unit = volumeText.drop { $0.isNumber || $0 == "," || $0 == "." || $0 == " " }
            let hint = unit.isEmpty || volumeText.first?.isNumber != true ? "" : " (write the satuan '\(unit)' in the satuan column)"
            return fail(.volume, "volume '\(volumeText)' is not a number\(hint)")
        }
        guard volume >= 0 else { return fail(.volume, "volume \(volumeText) is negative") }
        let periodText = AbkHeaders.normalized(value(.periode))
        guard let period = AbkValues.periods.first(where: { $0.1.contains(periodText) })?.0 else {
            let hint = Suggestion.hint(for: periodText, in: AbkPeriod.allCases.map(\.rawValue))
            return fail(.periode, "unknown periode '\(value(.periode))'; expected hari, minggu, bulan or tahun\(hint)")
        }
        let normaText = value(.normaWaktu)
        guard let norma = AbkValues.number(normaText) else {
            return fail(.normaWaktu, "norma waktu '\(normaText)' is not a number (write minutes or hours in satuan waktu)")
        }
        guard norma > 0 else { return fail(.normaWaktu, "norma waktu \(normaText) must be more than 0") }
        var timeUnit = AbkTimeUnit.menit
        let unitText = AbkHeaders.normalized(value(.satuanWaktu))
        if !unitText.isEmpty {
            guard let found = AbkValues.timeUnits.first(where: { $0.1.contains(unitText) })?.0 else {
                let hint = Suggestion.hint(for: unitText, in: AbkTimeUnit.allCases.map(\.rawValue))
                return fail(.satuanWaktu, "unknown satuan waktu '\(value(.satuanWaktu))'; expected menit or jam\(hint)")
            }
            timeUnit = found
        }
        let step = value(.langkah)
        return .success(AbkRow(
            unit: value(.unit), jabatan: value(.jabatan), uraianTugas: value(.uraianTugas), hasilKerja: value(.hasilKerja),
            satuan: value(.satuan), volume: volume, period: period, normaMinutes: norma * timeUnit.minutes,
            step: step.isEmpty ? nil : StepID(step), location: rowAt, cells: locations))
    }
}
