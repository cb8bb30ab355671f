import Foundation
import ZIPFoundation

/// Writes workbooks in Office Open XML (`.xlsx`) that Excel and LibreOffice open.
///
/// Each sheet has a name, an optional bold header row (frozen by default) and
/// rows of typed cells: numbers stay numbers, text stays text. The package is
/// built in memory and returned as bytes, ready to save or send.
///
/// ```swift
/// let data = try XLSXWriter().write([
///     XLSXSheet(name: "Victims", header: ["Year", "Count"], rows: [[2021, 14], [2022, 9]]),
/// ])
/// ```
///
/// The same sheets always give the same bytes (the ZIP entries carry a fixed
/// date), so an export can be compared or cached by its hash.
public struct XLSXWriter: Sendable {
    /// Where cell text is stored.
    public enum StringStorage: Sendable, Hashable {
        /// One workbook-wide table (`xl/sharedStrings.xml`) that cells refer to by
        /// number: what Excel writes, and much smaller when texts repeat.
        case sharedTable
        /// The text inside each cell: simpler for tools that read one sheet part alone.
        case inline
    }

    public var stringStorage: StringStorage

    public init(stringStorage: StringStorage = .sharedTable) {
        self.stringStorage = stringStorage
    }

    /// The `.xlsx` bytes of a workbook with `sheets` in this order.
    /// - Throws: ``XLSXWriterError`` for no sheets, a bad or repeated sheet name, a
    ///   non-finite number or an oversized sheet.
    public func write(_ sheets: [XLSXSheet]) throws -> Data {
        try validateNames(sheets)
        var strings: XLSXSharedStrings? = stringStorage == .sharedTable ? XLSXSharedStrings() : nil
        var worksheets: [[UInt8]] = []
        for (offset, sheet) in sheets.enumerated() {
            worksheets.append(try XLSXWorksheetPart.part(for: sheet, isFirst: offset == 0, strings: &strings))
        }

        let archive = try Archive(accessMode: .create)
        try add("[Content_Types].xml", Array(XLSXPackageParts.contentTypes(sheetCount: sheets.count, hasSharedStrings: strings != nil).utf8), to: archive)
        try add("_rels/.rels", Array(XLSXPackageParts.packageRelationships.utf8), to: archive)
        try add("xl/workbook.xml", XLSXPackageParts.workbook(sheetNames: sheets.map(\.name)), to: archive)
        try add("xl/_rels/workbook.xml.rels", Array(XLSXPackageParts.workbookRelationships(sheetCount: sheets.count, hasSharedStrings: strings != nil).utf8), to: archive)
        try add("xl/styles.xml", Array(XLSXPackageParts.styles.utf8), to: archive)
        for (offset, worksheet) in worksheets.enumerated() {
            try add(XLSXPackageParts.worksheetPath(offset + 1), worksheet, to: archive)
        }
        if let strings { try add("xl/sharedStrings.xml", strings.part(), to: archive) }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    private func validateNames(_ sheets: [XLSXSheet]) throws {
        guard !sheets.isEmpty else { throw XLSXWriterError.noSheets }
        var seen = Set<String>()
        for sheet in sheets {
            if let reason = XLSXSheetName.problem(with: sheet.name) {
                throw XLSXWriterError.invalidSheetName(sheet.name, reason: reason)
            }
            guard seen.insert(XLSXSheetName.key(sheet.name)).inserted else {
                throw XLSXWriterError.duplicateSheetName(sheet.name)
            }
        }
    }

    /// A fixed entry date: 2000-01-01 12:00 UTC, far enough from 1980 (the
    /// earliest ZIP date) that no time zone moves it out of range.
    private static let entryDate = Date(timeIntervalSince1970: 946_728_000)

    private func add(_ path: String, _ bytes: [UInt8], to archive: Archive) throws {
        let data = Data(bytes)
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Self.entryDate,
            compressionMethod: .deflate
        ) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}
