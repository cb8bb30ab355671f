import Foundation

extension CSVReader {
    /// Guesses the delimiter from the file's first record: whichever of `,`,
    /// `;` and tab occurs most often outside quotes, `,` on a tie or when none
    /// occurs. Spreadsheet programs in many locales save `;`-separated "CSV".
    public static func sniffDelimiter(url: URL) throws -> UInt8 {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let sample = try handle.read(upToCount: 64 * 1024) ?? Data()
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        var counts = [Int](repeating: 0, count: candidates.count)
        var quoted = false
        for byte in sample {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted, byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                break
            } else if !quoted, let index = candidates.firstIndex(of: byte) {
                counts[index] += 1
            }
        }
        let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }!
        return counts[best] > 0 ? candidates[best] : candidates[0]
    }
}
