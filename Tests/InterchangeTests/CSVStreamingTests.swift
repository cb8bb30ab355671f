import Foundation
import Testing
@testable import Interchange

@Suite("CSV streaming")
struct CSVStreamingTests {
    /// 200,000 rows of 16 cells streamed from a temporary file. Only the count
    /// and a few values are checked: speed is measured by benchmarks, not here.
    @Test("200,000 generated rows stream through in constant memory")
    func manyRows() throws {
        let rowCount = 200_000
        let file = try TestSupport.temporaryFile("big.csv")
        defer { TestSupport.remove(file) }
        let writer = try CSVWriter(url: file, lineEnding: .lf)
        try writer.write((1...16).map { "column\($0)" })
        for index in 0..<rowCount {
            try writer.write([
                "\(index)", "2019", "Female", "18--20", "Adult", "PHL", "MYS", "1", "", "0",
                index % 10 == 0 ? "quoted, \"cell\"" : "plain", "-99", "Case Management", "中文", "x", "\(index % 7)",
            ])
        }
        try writer.close()

        let reader = try CSVReader(url: file)
        #expect(try reader.readHeader()?.count == 16)
        var count = 0
        var quoted = 0
        var lastNumber = 0
        while let row = try reader.next() {
            count += 1
            lastNumber = row.number
            if row.fields.count != 16 { Issue.record("row \(row.number) has \(row.fields.count) cells") }
            if row.fields[10] == "quoted, \"cell\"" { quoted += 1 }
        }
        #expect(count == rowCount)
        #expect(lastNumber == rowCount)
        #expect(quoted == rowCount / 10)
    }
}
