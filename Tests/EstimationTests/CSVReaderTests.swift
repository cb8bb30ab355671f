import Testing
@testable import Estimation

@Suite("CSV reader")
struct CSVReaderTests {
    @Test("Reads lists, counts and missing patterns as zero")
    func readsTable() throws {
        let table = try CaptureHistoryCSV.read("A,B,C,count\r\n1,0,0,10\n0,1,0,8\n1,1,0,3\n\n0,0,1,\"5\"\n")
        #expect(table.listNames == ["A", "B", "C"])
        #expect(table.observedTotal == 26)
        #expect(table.count(of: CapturePattern(lists: [0, 1])) == 3)
        #expect(table.count(of: CapturePattern(lists: [0, 2])) == 0)
        #expect(table.allPatterns.count == 7)
        #expect(table.stratum == nil)
    }

    @Test("Errors name the line and the column", arguments: [
        ("A,B,count\n1,0,4\n1,2,3\n", EstimationError.csv(line: 3, column: "B", problem: "expected 0 or 1, found '2'")),
        ("A,B,count\n1,0,x\n", EstimationError.csv(line: 2, column: "count", problem: "expected a whole number, found 'x'")),
        ("A,B,count\n1,0,-4\n", EstimationError.csv(line: 2, column: "count", problem: "counts must be 0 or more, found -4")),
        ("A,B,count\n1,0\n", EstimationError.csv(line: 2, column: nil, problem: "expected 3 fields, found 2")),
        ("A,B,n\n1,0,4\n", EstimationError.csv(line: 1, column: "count", problem: "the header has no 'count' column")),
        ("A,count\n1,4\n", EstimationError.csv(line: 1, column: nil, problem: "at least two list columns are needed besides 'count'")),
        ("", EstimationError.csv(line: 1, column: nil, problem: "the file is empty; expected a header line")),
        ("A,B,count\n", EstimationError.csv(line: 2, column: nil, problem: "no data rows after the header")),
    ])
    func errors(text: String, expected: EstimationError) {
        #expect(throws: expected) { try CaptureHistoryCSV.read(text) }
    }

    @Test("A repeated pattern and the all-zero pattern are refused with their lines")
    func repeatedAndZeroPatterns() {
        #expect(throws: EstimationError.csv(line: 4, column: nil, problem: "pattern 10 repeats line 2; give one row per pattern")) {
            try CaptureHistoryCSV.read("A,B,count\n1,0,4\n0,1,2\n1,0,1\n")
        }
        do {
            _ = try CaptureHistoryCSV.read("A,B,count\n1,0,4\n0,0,9\n")
            Issue.record("expected an error")
        } catch let error as EstimationError {
            #expect(error.description.hasPrefix("CSV line 3:"))
            #expect(error.description.contains("dark figure"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("Strata become separate tables, in order of first appearance")
    func strata() throws {
        let text = "sex,A,B,count\nFemale,1,0,10\nMale,1,0,4\nFemale,0,1,6\nFemale,1,1,2\nMale,1,1,1\n"
        let tables = try CaptureHistoryCSV.readStrata(text, stratumColumn: "sex")
        #expect(tables.map(\.stratum) == ["Female", "Male"])
        #expect(tables.map(\.observedTotal) == [18, 5])
        #expect(tables[0].listNames == ["A", "B"])
    }

    @Test("Quoted fields")
    func quotedFields() {
        #expect(CaptureHistoryCSV.fields(of: "\"a,b\", c ,\"d\"\"e\"") == ["a,b", "c", "d\"e"])
    }
}
