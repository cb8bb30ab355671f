import Foundation

/// One record read from an import file, with what the file says to do with it.
public struct KnowledgeImportRow: Sendable, Equatable {
    /// 1-based: the CSV data row (after the header) or the JSON array element.
    public let row: Int
    public let record: KnowledgeRecord
    /// The file's own id for the record; a second import of it adds nothing.
    public let sourceID: String?
    /// Publish at once instead of leaving a draft.
    public let publish: Bool?
    /// A PDF or text file (path relative to the import file) whose text becomes the full text.
    public let attachment: String?
}

/// Why a row of an import file was rejected: where, and the value found.
public struct KnowledgeImportProblem: Sendable, Equatable, Error {
    public let row: Int
    /// The CSV column, or the JSON path (`texts[0].title`).
    public let column: String
    public let value: String
    public let message: String

    public init(row: Int, column: String, value: String, message: String) {
        self.row = row
        self.column = column
        self.value = value
        self.message = message
    }
}

/// What reading one row of an import file gave.
public enum KnowledgeImportOutcome: Sendable, Equatable {
    case record(KnowledgeImportRow)
    /// Every problem found in the row; it is not imported.
    case rejected([KnowledgeImportProblem])
}
