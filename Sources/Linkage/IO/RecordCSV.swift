import Foundation

/// Reads benchmark-style person CSV files into ``LinkageRecord``s.
///
/// Columns are found by header name, so their order does not matter and
/// extra columns (such as a ground-truth column) are skipped without being
/// read into the records.
public enum RecordCSV {
    public static let requiredColumns = ["record_id", "source_list", "given_name", "family_name", "birth_date",
                                         "sex", "nationality_iso3", "phone", "city"]

    /// Parses every record; throws ``LinkageCSVError`` naming the row of the first
    /// problem (malformed quoting, wrong field count, empty or repeated
    /// record_id) or the missing header columns.
    public static func read(_ reader: inout LinkageCSVReader) throws -> [LinkageRecord] {
        guard let header = try reader.nextRecord() else { throw LinkageCSVError.emptyInput }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let missing = requiredColumns.filter { !names.contains($0) }
        guard missing.isEmpty else { throw LinkageCSVError.missingColumns(missing) }
        let index = requiredColumns.map { names.firstIndex(of: $0)! }
        var records: [LinkageRecord] = []
        var seen = Set<String>()
        while let fields = try reader.nextRecord() {
            if fields.count == 1 && fields[0].isEmpty { continue }  // blank line
            guard fields.count == header.count else {
                throw LinkageCSVError.wrongFieldCount(row: reader.row, line: reader.line, expected: header.count, found: fields.count)
            }
            let id = fields[index[0]]
            guard !id.isEmpty else { throw LinkageCSVError.emptyRequiredField(row: reader.row, line: reader.line, column: "record_id") }
            guard seen.insert(id).inserted else { throw LinkageCSVError.duplicateRecordID(row: reader.row, line: reader.line, id: id) }
            records.append(LinkageRecord(
                id: id, source: fields[index[1]], givenName: fields[index[2]], familyName: fields[index[3]],
                birthDate: fields[index[4]], sex: fields[index[5]], nationality: fields[index[6]],
                phone: fields[index[7]], city: fields[index[8]]))
        }
        return records
    }

    public static func read(path: String) throws -> [LinkageRecord] {
        var reader = try LinkageCSVReader(path: path)
        return try read(&reader)
    }

    public static func read(text: String) throws -> [LinkageRecord] {
        var reader = LinkageCSVReader(text: text)
        return try read(&reader)
    }
}
