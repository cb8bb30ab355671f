import Foundation

/// Why a CTDC file cannot be read at all.
public enum CTDCError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The header matches no CTDC layout, or more than one equally.
    case unrecognisedLayout(header: [String])
    /// The file has no header row.
    case noHeader

    public var description: String {
        switch self {
        case .unrecognisedLayout(let header): "not a known CTDC layout; header: \(header.joined(separator: ", "))"
        case .noHeader: "the file is empty"
        }
    }
}

/// Maps the rows of one CTDC file to ``CTDCRecord``s.
///
/// Built from the file's header: the layout is detected from the column
/// names (in any order, matched ignoring case and surrounding spaces), and
/// columns the layout does not define are ignored with a note. Mapping a row
/// never fails: every cell that cannot be carried over becomes a
/// ``CTDCIssue``.
public struct CTDCMapper: Sendable {
    struct BoundColumn: Sendable {
        let index: Int
        /// The header's spelling, for issues.
        let header: String
        let spec: CTDCColumnSpec
    }

    /// The layout being read.
    public let layout: CTDCLayout
    /// The header as the file gives it.
    public let header: [String]
    /// Header columns that are not read (unknown, repeated or redundant).
    public let ignoredColumns: [String]
    /// Columns the layout expects but the header lacks: their fields stay unknown.
    public let missingColumns: [String]
    /// One sentence per ignored or missing column, for the import report.
    public let notes: [String]
    let columns: [BoundColumn]

    /// - Parameter layout: the layout to read; detected from the header when `nil`.
    public init(header: [String], layout: CTDCLayout? = nil) throws {
        guard let layout = layout ?? Self.detectLayout(header: header) else {
            throw CTDCError.unrecognisedLayout(header: header)
        }
        self.layout = layout
        self.header = header
        let specs = Dictionary(CTDCColumns.specs(for: layout).map { (Self.key($0.name), $0) }, uniquingKeysWith: { first, _ in first })
        var columns: [BoundColumn] = []
        var seen: [String: Int] = [:]
        var ignored: [String] = []
        var notes: [String] = []
        for (index, name) in header.enumerated() {
            let key = Self.key(name)
            guard let spec = specs[key] else {
                ignored.append(name)
                notes.append(name.trimmingCharacters(in: .whitespaces).isEmpty
                    ? "Column \(index + 1) has no name and is ignored."
                    : "Column \(name) is not part of the \(layout.rawValue) layout and is ignored.")
                continue
            }
            if let first = seen[key] {
                ignored.append(name)
                notes.append("Column \(name) appears again as column \(index + 1); only column \(first + 1) is read.")
                continue
            }
            seen[key] = index
            if case .notRead(let reason) = spec.role {
                ignored.append(name)
                notes.append("Column \(name) is not read: \(reason).")
                continue
            }
            columns.append(BoundColumn(index: index, header: name, spec: spec))
        }
        let missing = CTDCColumns.specs(for: layout).filter { $0.expected && seen[Self.key($0.name)] == nil }.map(\.name)
        for name in missing {
            notes.append("Column \(name) is missing: its field stays unknown for every row.")
        }
        self.columns = columns
        ignoredColumns = ignored
        missingColumns = missing
        self.notes = notes
    }

    /// The layout a header belongs to, or `nil` when it is not clearly one.
    ///
    /// Many names are shared (`gender`, `isForcedLabour`, …), so the choice
    /// rests on columns found in one layout only: `Datasource` and the
    /// `meansOfControl*` flags (2017), `traffickMonths` and the merged `means*`
    /// flags (synthetic), `yearRegister`, the UN regions and `IP_*` (VP). The
    /// synthetic file is the 2025 variant when any `sectorOf*` column is present.
    public static func detectLayout(header: [String]) -> CTDCLayout? {
        let keys = Set(header.map(key))
        let families: [(CTDCLayout, [CTDCColumnSpec])] = [
            (.kAnonymised2017, CTDCColumns.kAnonymised2017),
            (.synthetic2024, CTDCColumns.synthetic),
            (.victimPerpetrator, CTDCColumns.victimPerpetrator),
        ]
        let known = families.map { ($0.0, Set($0.1.map { key($0.name) })) }
        let scores = known.map { layout, names -> (CTDCLayout, Int) in
            let elsewhere = known.filter { $0.0 != layout }.reduce(into: Set<String>()) { $0.formUnion($1.1) }
            return (layout, keys.intersection(names.subtracting(elsewhere)).count)
        }.sorted { $0.1 > $1.1 }
        guard let best = scores.first, best.1 > 0, scores.dropFirst().allSatisfy({ $0.1 < best.1 }) else { return nil }
        if best.0 == .synthetic2024, keys.contains(where: { $0.hasPrefix("sectorof") }) { return .synthetic2025 }
        return best.0
    }

    /// Header names compare without case or surrounding spaces.
    static func key(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Maps one data row. Cells beyond `fields` (a short row) read as blank;
    /// the caller reports the short row, since spreadsheets legitimately omit
    /// trailing blank cells.
    /// - Parameters:
    ///   - row: the data row number, 1 for the first row after the header.
    ///   - line: where the row starts in the file (CSV line or spreadsheet row), for issues.
    public func map(_ fields: [String], row: Int, line: Int? = nil) -> CTDCMappedRow {
        var mapping = CTDCRowMapping(layout: layout, row: row, line: line)
        for column in columns {
            let value = column.index < fields.count ? fields[column.index] : ""
            mapping.read(value, column: column)
        }
        return mapping.finish()
    }
}
