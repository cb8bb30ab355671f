import Foundation

/// The file an agency sends: `record_id,source_list,bloom,tokens,blocking_keys,sort_key`.
///
/// `bloom` is the base64 of the name filters (big-endian 64-bit words);
/// `tokens` the base64 of the date precision byte followed, per
/// ``EncodedRecord/Part``, by a count byte and that many 64-bit hashes;
/// `blocking_keys` space-separated hexadecimal keys; `sort_key` hexadecimal.
public enum EncodingCSV {
    public static let header = ["record_id", "source_list", "bloom", "tokens", "blocking_keys", "sort_key"]

    public enum FormatError: Error, Equatable, CustomStringConvertible {
        case badField(row: Int, column: String)
        public var description: String {
            switch self {
            case let .badField(row, column): "row \(row): \(column) is not valid"
            }
        }
    }

    public static func csv(_ records: [EncodedRecord]) -> String {
        var text = header.joined(separator: ",") + "\n"
        for record in records {
            var tokenBytes: [UInt8] = [record.datePrecision]
            for part in record.tokens {
                tokenBytes.append(UInt8(part.count))
                for value in part { appendWord(value, to: &tokenBytes) }
            }
            var bloomBytes: [UInt8] = []
            for word in record.bloom { appendWord(word, to: &bloomBytes) }
            let fields = [
                ClusterCSVWriter.escape(record.id), ClusterCSVWriter.escape(record.source),
                Data(bloomBytes).base64EncodedString(), Data(tokenBytes).base64EncodedString(),
                record.blockingKeys.map { String($0, radix: 16) }.joined(separator: " "),
                String(record.sortKey, radix: 16),
            ]
            text += fields.joined(separator: ",") + "\n"
        }
        return text
    }

    public static func read(_ reader: inout LinkageCSVReader) throws -> [EncodedRecord] {
        guard let names = try reader.nextRecord() else { throw LinkageCSVError.emptyInput }
        let missing = header.filter { !names.contains($0) }
        guard missing.isEmpty else { throw LinkageCSVError.missingColumns(missing) }
        let index = header.map { names.firstIndex(of: $0)! }
        var records: [EncodedRecord] = []
        while let fields = try reader.nextRecord() {
            if fields.count == 1 && fields[0].isEmpty { continue }
            guard fields.count == names.count else {
                throw LinkageCSVError.wrongFieldCount(row: reader.row, line: reader.line, expected: names.count, found: fields.count)
            }
            let row = reader.row
            guard let bloomData = Data(base64Encoded: fields[index[2]]), bloomData.count % 8 == 0 else {
                throw FormatError.badField(row: row, column: "bloom")
            }
            guard let tokenData = Data(base64Encoded: fields[index[3]]), !tokenData.isEmpty else {
                throw FormatError.badField(row: row, column: "tokens")
            }
            let bytes = [UInt8](tokenData)
            var position = 1
            var tokens: [[UInt64]] = []
            for _ in EncodedRecord.Part.allCases {
                guard position < bytes.count else { throw FormatError.badField(row: row, column: "tokens") }
                let count = Int(bytes[position])
                position += 1
                guard position + count * 8 <= bytes.count else { throw FormatError.badField(row: row, column: "tokens") }
                tokens.append((0..<count).map { word(bytes, at: position + $0 * 8) })
                position += count * 8
            }
            var keys: [UInt64] = []
            for text in fields[index[4]].split(separator: " ") {
                guard let key = UInt64(text, radix: 16) else { throw FormatError.badField(row: row, column: "blocking_keys") }
                keys.append(key)
            }
            guard let sortKey = UInt64(fields[index[5]], radix: 16) else { throw FormatError.badField(row: row, column: "sort_key") }
            let bloomBytes = [UInt8](bloomData)
            records.append(EncodedRecord(
                id: fields[index[0]], source: fields[index[1]],
                bloom: (0..<(bloomBytes.count / 8)).map { word(bloomBytes, at: $0 * 8) },
                datePrecision: bytes[0], tokens: tokens, blockingKeys: keys, sortKey: sortKey))
        }
        return records
    }

    private static func appendWord(_ value: UInt64, to bytes: inout [UInt8]) {
        for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    private static func word(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in offset..<offset + 8 { value = value << 8 | UInt64(bytes[index]) }
        return value
    }
}
