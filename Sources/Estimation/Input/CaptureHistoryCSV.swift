import Foundation

/// Reads capture-history tables from CSV: one 0/1 column per list plus a `count` column,
/// one row per observed pattern (the layout of the UK 2013 files of SparseMSE).
///
/// ```text
/// LA,NG,PF,count
/// 1,0,0,54
/// 1,1,0,15
/// ```
/// Every column other than the count (and the optional stratum) column is a list, in order.
/// Missing patterns count as zero. Errors name the line of the file (the header is line 1)
/// and the column.
public enum CaptureHistoryCSV {
    /// Reads one table.
    /// - Parameters:
    ///   - text: the CSV text, with a header line.
    ///   - countColumn: the name of the count column (matched ignoring case).
    /// - Throws: `EstimationError.csv` for malformed lines, and the table's own validation errors.
    public static func read(_ text: String, countColumn: String = "count") throws -> CaptureHistory {
        let parsed = try parse(text, countColumn: countColumn, stratumColumn: nil)
        guard let table = parsed.first else { throw EstimationError.emptyTable }
        return table
    }

    /// Reads one table from a file; see `read(_:countColumn:)`.
    public static func read(contentsOf url: URL, countColumn: String = "count") throws -> CaptureHistory {
        try read(String(contentsOf: url, encoding: .utf8), countColumn: countColumn)
    }

    /// Reads a stratified table: rows carry a stratum label in `stratumColumn`, and each
    /// stratum becomes its own table (in order of first appearance).
    /// - Throws: as `read(_:countColumn:)`; a pattern may appear once per stratum.
    public static func readStrata(
        _ text: String, stratumColumn: String, countColumn: String = "count"
    ) throws -> [CaptureHistory] {
        try parse(text, countColumn: countColumn, stratumColumn: stratumColumn)
    }

    private struct Layout {
        var listColumns: [Int] = []
        var listNames: [String] = []
        var countColumn = -1
        var stratumColumn: Int?
        var header: [String] = []
    }

    private struct Stratum {
        var rows: [CaptureHistory.Row] = []
        var lineOfPattern: [Int: Int] = [:]
    }

    private static func parse(_ text: String, countColumn: String, stratumColumn: String?) throws -> [CaptureHistory] {
        // "\r\n" is one Character in Swift, so split on any newline character.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        guard let headerIndex = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw EstimationError.csv(line: 1, column: nil, problem: "the file is empty; expected a header line")
        }
        let layout = try readHeader(lines[headerIndex], line: headerIndex + 1, countColumn: countColumn, stratumColumn: stratumColumn)
        var strata: [String: Stratum] = [:]
        var order: [String] = []
        for index in (headerIndex + 1)..<lines.count {
            let line = lines[index]
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let lineNumber = index + 1
            let (label, row) = try readRow(line, line: lineNumber, layout: layout)
            if strata[label] == nil { order.append(label); strata[label] = Stratum() }
            if let first = strata[label]?.lineOfPattern[row.pattern.mask] {
                throw EstimationError.csv(line: lineNumber, column: nil,
                                          problem: "pattern \(row.pattern.flags(listCount: layout.listNames.count)) repeats line \(first); give one row per pattern")
            }
            strata[label]?.lineOfPattern[row.pattern.mask] = lineNumber
            strata[label]?.rows.append(row)
        }
        guard !order.isEmpty else {
            throw EstimationError.csv(line: headerIndex + 2, column: nil, problem: "no data rows after the header")
        }
        return try order.map { label in
            try CaptureHistory(listNames: layout.listNames, rows: strata[label]?.rows ?? [],
                               stratum: layout.stratumColumn == nil ? nil : label)
        }
    }

    private static func readHeader(_ text: String, line: Int, countColumn: String, stratumColumn: String?) throws -> Layout {
        var layout = Layout()
        layout.header = fields(of: text)
        for (index, name) in layout.header.enumerated() {
            if name.caseInsensitiveCompare(countColumn) == .orderedSame {
                layout.countColumn = index
            } else if let stratumColumn, name == stratumColumn {
                layout.stratumColumn = index
            } else {
                if name.isEmpty { throw EstimationError.csv(line: line, column: nil, problem: "column \(index + 1) has no name") }
                layout.listColumns.append(index)
                layout.listNames.append(name)
            }
        }
        guard layout.countColumn >= 0 else {
            throw EstimationError.csv(line: line, column: countColumn, problem: "the header has no '\(countColumn)' column")
        }
        if let stratumColumn, layout.stratumColumn == nil {
            throw EstimationError.csv(line: line, column: stratumColumn, problem: "the header has no '\(stratumColumn)' column")
        }
        if layout.listNames.count < 2 {
            throw EstimationError.csv(line: line, column: nil, problem: "at least two list columns are needed besides '\(countColumn)'")
        }
        try CaptureHistory.validate(listNames: layout.listNames)
        return layout
    }

    private static func readRow(_ text: String, line: Int, layout: Layout) throws -> (String, CaptureHistory.Row) {
        let values = fields(of: text)
        guard values.count == layout.header.count else {
            throw EstimationError.csv(line: line, column: nil,
                                      problem: "expected \(layout.header.count) fields, found \(values.count)")
        }
        var presence: [Bool] = []
        for (position, column) in layout.listColumns.enumerated() {
            switch values[column] {
            case "0": presence.append(false)
            case "1": presence.append(true)
            default:
                throw EstimationError.csv(line: line, column: layout.listNames[position],
                                          problem: "expected 0 or 1, found '\(values[column])'")
            }
        }
        let countText = values[layout.countColumn]
        guard let count = Int(countText) else {
            throw EstimationError.csv(line: line, column: layout.header[layout.countColumn],
                                      problem: "expected a whole number, found '\(countText)'")
        }
        guard count >= 0 else {
            throw EstimationError.csv(line: line, column: layout.header[layout.countColumn],
                                      problem: "counts must be 0 or more, found \(count)")
        }
        guard presence.contains(true) else {
            throw EstimationError.csv(line: line, column: nil,
                                      problem: "the pattern is on no list; that cell is the dark figure MSE estimates, remove the row")
        }
        let label = layout.stratumColumn.map { values[$0] } ?? ""
        return (label, CaptureHistory.Row(pattern: CapturePattern(presence: presence), count: count))
    }

    /// Splits one CSV line into trimmed fields, honouring double quotes (and `""` inside them).
    static func fields(of line: String) -> [String] {
        var result: [String] = []
        var current = ""
        var inQuotes = false
        var iterator = Array(line).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { current.append("\"") } else { inQuotes = false; pending = next }
                    } else { inQuotes = false }
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                inQuotes = true
            } else if character == "," {
                result.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        result.append(current.trimmingCharacters(in: .whitespaces))
        return result
    }
}
