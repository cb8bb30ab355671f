import Testing
@testable import Linkage

@Suite("CSV input")
struct CSVTests {
    let header = "record_id,source_list,given_name,family_name,birth_date,sex,nationality_iso3,phone,city\n"

    @Test("Quoted fields with commas, doubled quotes and line breaks")
    func quoting() throws {
        let text = header + "a-1,police,\"Maria, José\",\"O\"\"Brien\",1990,F,ESP,,\"Stoke\non Trent\"\r\nb-2,ngo,Ana,,,,,,\n"
        let records = try RecordCSV.read(text: text)
        #expect(records.count == 2)
        #expect(records[0].givenName == "Maria, José")
        #expect(records[0].familyName == "O\"Brien")
        #expect(records[0].city == "Stoke\non Trent")
        #expect(records[1].id == "b-2")
    }

    @Test("Extra columns such as the truth column are ignored; order does not matter")
    func extraColumns() throws {
        let text = "true_person_id,source_list,record_id,given_name,family_name,birth_date,sex,nationality_iso3,phone,city\nP1,ngo,x-1,Ana,Pop,,,,,\n"
        let records = try RecordCSV.read(text: text)
        #expect(records == [LinkageRecord(id: "x-1", source: "ngo", givenName: "Ana", familyName: "Pop")])
    }

    @Test("A short row is reported with its row and line number")
    func wrongFieldCount() {
        // Row 3 starts on line 4 because row 2 holds a quoted line break.
        let text = header + "a-1,police,\"An\nna\",B,,,,,\nb-2,ngo,Ana\n"
        #expect(throws: LinkageCSVError.wrongFieldCount(row: 3, line: 4, expected: 9, found: 3)) {
            try RecordCSV.read(text: text)
        }
    }

    @Test("Unclosed quote and text after a quote are errors naming the row")
    func malformedQuotes() {
        #expect(throws: LinkageCSVError.unterminatedQuote(row: 2, line: 2)) {
            try RecordCSV.read(text: header + "a-1,police,\"Anna,B,,,,,\n")
        }
        #expect(throws: LinkageCSVError.textAfterQuote(row: 3, line: 3)) {
            try RecordCSV.read(text: header + "a-1,police,Anna,B,,,,,\na-2,ngo,\"Ann\"a,B,,,,,\n")
        }
    }

    @Test("Missing columns, empty and repeated ids")
    func requiredValues() {
        #expect(throws: LinkageCSVError.missingColumns(["phone", "city"])) {
            try RecordCSV.read(text: "record_id,source_list,given_name,family_name,birth_date,sex,nationality_iso3\n")
        }
        #expect(throws: LinkageCSVError.emptyRequiredField(row: 2, line: 2, column: "record_id")) {
            try RecordCSV.read(text: header + ",police,Anna,B,,,,,\n")
        }
        #expect(throws: LinkageCSVError.duplicateRecordID(row: 3, line: 3, id: "a-1")) {
            try RecordCSV.read(text: header + "a-1,police,Anna,B,,,,,\na-1,ngo,Anna,B,,,,,\n")
        }
    }

    @Test("Cluster output has one row per record and quotes when needed")
    func writer() {
        let text = ClusterCSVWriter.csv(recordIDs: ["a", "b,c"], clusterOf: [0, 0])
        #expect(text == "record_id,cluster_id\na,0\n\"b,c\",0\n")
    }
}
