/// One record of a CSV file, as ``CSVReader/next()`` returns it.
public struct CSVRow: Sendable, Hashable {
    /// The record's position after the header, counting from 1.
    ///
    /// Every record after the header counts, blank lines included (they are
    /// skipped, not returned), and a record whose quoted cells span several
    /// lines counts once. So this is the number a person gets by counting the
    /// data rows of the file opened in a spreadsheet: with a one-line header
    /// the record sits on spreadsheet row `number + 1`. Without
    /// ``CSVReader/readHeader()``, the first record is number 1.
    public let number: Int
    /// The physical line of the file, counting from 1 and including the
    /// header's lines, on which the record starts. Line breaks are `\n`,
    /// `\r\n` or a lone `\r`, also inside quoted cells.
    public let line: Int
    /// The cells, unquoted, in file order.
    public let fields: [String]
    /// Indices into ``fields`` of cells whose bytes were not valid UTF-8;
    /// each bad sequence was replaced by U+FFFD, so callers can report it
    /// rather than store damaged text unknowingly.
    public let invalidUTF8Fields: [Int]

    /// A row as the reader reports it (public for tests and other row sources).
    public init(number: Int, line: Int, fields: [String], invalidUTF8Fields: [Int] = []) {
        self.number = number
        self.line = line
        self.fields = fields
        self.invalidUTF8Fields = invalidUTF8Fields
    }
}

/// A record ``CSVReader`` could not read.
public struct CSVError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong with the record.
    public enum Reason: Sendable, Hashable {
        /// A quoted cell was still open at the end of the file.
        case unterminatedQuote
        /// Text followed a cell's closing quote (`"ab"c`); the record was skipped.
        case textAfterClosingQuote(field: Int)
        /// The record grew past ``CSVReader/maximumRecordBytes`` (usually a stray quote).
        case recordTooLarge(limit: Int)
    }

    /// What was wrong.
    public let reason: Reason
    /// The record's number as ``CSVRow/number`` would have given it; 0 for the header.
    public let row: Int
    /// The physical line on which the record starts.
    public let line: Int

    /// Whether ``CSVReader/next()`` can go on with the following record.
    /// Only a closed-but-malformed record can be stepped over; the other
    /// reasons leave no sure place to resume.
    public var isRecoverable: Bool {
        if case .textAfterClosingQuote = reason { return true }
        return false
    }

    public var description: String {
        let place = "row \(row) (line \(line))"
        switch reason {
        case .unterminatedQuote:
            return "\(place): a quoted cell is not closed before the end of the file"
        case .textAfterClosingQuote(let field):
            return "\(place): text after the closing quote of cell \(field + 1)"
        case .recordTooLarge(let limit):
            return "\(place): the record is longer than \(limit) bytes; is a quote missing?"
        }
    }
}
