import Foundation
import ZIPFoundation

/// Reads the sheets of an `.xlsx` workbook (Office Open XML SpreadsheetML).
///
/// Sheet rows are streamed: the worksheet part is decompressed chunk by
/// chunk straight into ``XMLPushTokenizer``, with no temporary file and no
/// whole-sheet buffer. The one thing held in memory is the workbook's
/// **shared-strings table** (every distinct text in the workbook), because a
/// cell may refer to any entry of it at any time; it is loaded on the first
/// read and capped by ``maximumSharedStringBytes``.
///
/// Not thread-safe: one reader belongs to one task.
public final class XLSXReader {
    /// The sheet names in tab order, hidden sheets included.
    public let sheetNames: [String]
    /// The largest total size of shared strings accepted, in UTF-8 bytes: a
    /// guard against decompression bombs, since that table is kept whole.
    public let maximumSharedStringBytes: Int

    private let archive: Archive
    private let sheetParts: [String]
    private let sharedStringsPart: String?
    private var sharedStrings: [String]?

    /// Opens the workbook and reads its list of sheets.
    public init(url: URL, maximumSharedStringBytes: Int = 256 * 1024 * 1024) throws {
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw XLSXError.notAWorkbook(reason: "not a ZIP archive (\(error))")
        }
        self.maximumSharedStringBytes = maximumSharedStringBytes
        // The package relationships name the workbook part; `xl/workbook.xml` is only the usual place.
        let packageRelationships = try Self.relationships(of: "", in: archive)
        let workbookPart = packageRelationships.first { $0.type.hasSuffix("/officeDocument") }
            .map { XLSXPartPath.resolve($0.target, from: "") } ?? "xl/workbook.xml"
        guard archive[workbookPart] != nil else { throw XLSXError.notAWorkbook(reason: "no workbook part") }
        let workbookRelationships = try Self.relationships(of: workbookPart, in: archive)
        let workbook = XLSXWorkbookHandler()
        try Self.parse(workbookPart, in: archive, with: workbook) { }

        var names: [String] = []
        var parts: [String] = []
        for sheet in workbook.sheets {
            guard let relationship = workbookRelationships.first(where: { $0.id == sheet.relationshipID }) else {
                throw XLSXError.malformed(part: workbookPart, reason: "sheet \(sheet.name) has no relationship \(sheet.relationshipID)")
            }
            // Chart sheets and macro sheets have no cell rows to read.
            guard relationship.type.hasSuffix("/worksheet") else { continue }
            names.append(sheet.name)
            parts.append(XLSXPartPath.resolve(relationship.target, from: workbookPart))
        }
        sheetNames = names
        sheetParts = parts
        sharedStringsPart = workbookRelationships.first { $0.type.hasSuffix("/sharedStrings") }
            .map { XLSXPartPath.resolve($0.target, from: workbookPart) }
    }

    /// Calls `body` with each row of the sheet named `sheet` (the first sheet
    /// when `nil`), in file order. An error thrown by `body` stops the reading
    /// and is rethrown as is.
    public func forEachRow(inSheet sheet: String? = nil, _ body: (XLSXRow) throws -> Void) throws {
        let index: Int
        if let sheet {
            guard let found = sheetNames.firstIndex(of: sheet) else { throw XLSXError.noSuchSheet(sheet) }
            index = found
        } else {
            guard !sheetNames.isEmpty else { throw XLSXError.notAWorkbook(reason: "no worksheets") }
            index = 0
        }
        let handler = XLSXSheetHandler(sharedStrings: try loadSharedStrings(), part: sheetParts[index])
        do {
            try Self.parse(sheetParts[index], in: archive, with: handler) {
                let rows = handler.completed
                handler.completed.removeAll(keepingCapacity: true)
                for row in rows {
                    do { try body(row) } catch { throw CallerError(underlying: error) }
                }
            }
        } catch let error as CallerError {
            throw error.underlying
        }
    }

    /// Every row of a sheet at once: for small sheets and tests.
    public func rows(inSheet sheet: String? = nil) throws -> [XLSXRow] {
        var rows: [XLSXRow] = []
        try forEachRow(inSheet: sheet) { rows.append($0) }
        return rows
    }

    // MARK: Parts

    /// Marks an error thrown by the caller's closure, so it is not mistaken for a damaged file.
    private struct CallerError: Error {
        let underlying: any Error
    }

    private func loadSharedStrings() throws -> [String] {
        if let sharedStrings { return sharedStrings }
        var loaded: [String] = []
        if let part = sharedStringsPart, archive[part] != nil {
            let handler = XLSXSharedStringsHandler(limit: maximumSharedStringBytes)
            try Self.parse(part, in: archive, with: handler) { }
            loaded = handler.strings
        }
        sharedStrings = loaded
        return loaded
    }

    private static func relationships(of part: String, in archive: Archive) throws -> [XLSXRelationship] {
        let path = XLSXPartPath.relationshipsPath(of: part)
        guard archive[path] != nil else { return [] }
        let handler = XLSXRelationshipsHandler()
        try parse(path, in: archive, with: handler) { }
        return handler.relationships
    }

    /// Streams one part through the tokenizer, calling `afterChunk` after each
    /// decompressed chunk, and checks the part's CRC at the end.
    private static func parse(_ part: String, in archive: Archive, with handler: any XMLEventHandler, afterChunk: () throws -> Void) throws {
        guard let entry = archive[part] else { throw XLSXError.notAWorkbook(reason: "missing part \(part)") }
        let tokenizer = XMLPushTokenizer(handler: handler, part: part)
        do {
            let checksum = try archive.extract(entry) { chunk in
                try tokenizer.feed(chunk)
                try afterChunk()
            }
            try tokenizer.finish()
            try afterChunk()
            guard checksum == entry.checksum else { throw XLSXError.malformed(part: part, reason: "CRC mismatch: the file is damaged") }
        } catch let error as XLSXError {
            throw error
        } catch let error as CallerError {
            throw error
        } catch {
            throw XLSXError.malformed(part: part, reason: "cannot decompress (\(error))")
        }
    }
}

/// Paths of parts inside the package.
enum XLSXPartPath {
    /// `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package itself (`""`) → `_rels/.rels`.
    static func relationshipsPath(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/\(part).rels" }
        return "\(part[..<slash])/_rels/\(part[part.index(after: slash)...]).rels"
    }

    /// Resolves a relationship target against the part that names it: absolute
    /// targets start at the package root, relative ones at the part's folder.
    static func resolve(_ target: String, from source: String) -> String {
        var components: [Substring]
        if target.hasPrefix("/") {
            components = []
        } else {
            components = source.split(separator: "/")
            if !components.isEmpty { components.removeLast() }
        }
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}
