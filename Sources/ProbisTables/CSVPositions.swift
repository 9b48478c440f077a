import ProbisModel

/// Where each record and field of a CSV text starts, as 1-based line and column (Unicode scalars), read
/// with the same rules as SwiftCSV's parser: a newline outside quotes ends a record, whitespace before a
/// field is skipped, a doubled quote inside quotes is a quote.
struct CSVPositions {
    /// Per record (blank lines included, as SwiftCSV yields them), the start of each field.
    var records: [[(line: Int, column: Int)]] = []
    /// Where a quoted field is followed by something other than a delimiter or a newline, if anywhere.
    var badQuote: (line: Int, column: Int)?

    init(_ text: String, delimiter: Character) {
        var line = 1, column = 1
        var fields: [(line: Int, column: Int)] = []
        var atFieldStart = true, inQuotes = false, closed = false
        for character in text {
            if inQuotes {
                if character == "\"" { inQuotes = false; closed = true }
            } else if character == delimiter {
                if atFieldStart { fields.append((line, column)) }
                atFieldStart = true
                closed = false
            } else if character.isNewline {
                if atFieldStart { fields.append((line, column)) }
                records.append(fields)
                fields = []
                atFieldStart = true
                closed = false
            } else if atFieldStart {
                if !character.isWhitespace {
                    fields.append((line, column))
                    atFieldStart = false
                    if character == "\"" { inQuotes = true }
                }
            } else if character == "\"" && closed {
                inQuotes = true
            } else if closed && !character.isWhitespace && badQuote == nil {
                badQuote = (line, column)
            }
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        if !atFieldStart || !fields.isEmpty {
            if atFieldStart { fields.append((line, column)) }
            records.append(fields)
        }
    }
}
