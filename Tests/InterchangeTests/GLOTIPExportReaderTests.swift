import Foundation
import Reporting
import Testing
@testable import Interchange

@Suite("GLOTIP export reader")
struct GLOTIPExportReaderTests {
    static let header = GLOTIPLongLayout.header.joined(separator: ",")
    static let mexico = "MEX,Mexico,Americas,Latin America and the Caribbean"

    /// Rows 2–16 of a hand-made export; the comment on each says what it tests.
    static let csv = [
        header,
        "\(mexico),Detected trafficking victims,Total,Total,Female,0 to 17 years,2020,Counts,12,GLOTIP",  // 2 good
        "\(mexico),Detected victims,Total,Total,Female,0 to 17 years,2020,Counts,12,GLOTIP",  // 3 indicator
        "\(mexico),Detected trafficking victims,by citizenship,Romanian,Total,Total,2021,Counts,<5,GLOTIP",  // 4 good, ROU
        "\(mexico),Detected trafficking victims,by sex,Female,Female,Total,2021,Counts,3,GLOTIP",  // 5 dimension
        "",  // 6 blank: skipped, but counted in the row numbers
        "\(mexico),Persons convicted,Total,Total,Femme,Total,2021,Counts,3,GLOTIP",  // 7 sex
        "\(mexico),Persons convicted,Total,Total,Female,Adults,2021,Counts,3,GLOTIP",  // 8 age
        "\(mexico),Persons convicted,Total,Total,Total,Total,20X1,Counts,3,GLOTIP",  // 9 year
        "\(mexico),Persons convicted,Total,Total,Total,Total,2021,Counts,many,GLOTIP",  // 10 value
        "\(mexico),Persons convicted,Total,Total,Total,Total,2021,Counts,-3,GLOTIP",  // 11 negative value
        "\(mexico),Detected trafficking victims,by form of exploitation,Begging,Total,Total,2021,Counts,3,GLOTIP",  // 12 category
        "\(mexico),Persons convicted,Total,Total,Total,Total,2021",  // 13 short row
        "\"MEX\",\"Mexico\",Americas,Latin America and the Caribbean,Detected trafficking victims,by citizenship,\"\",Total,Total,2022,Counts,\"1,757\",GLOTIP",  // 14 good, empty label
        "\(mexico),Detected trafficking victims,by citizenship,TOTAL,Total,Total,2022,Counts,8,GLOTIP",  // 15 good, unmapped
        "\(mexico),Persons convicted,by citizenship,Nationals,Male,18 years or over,2019,Counts,x,GLOTIP",  // 16 good, secondary
        "\(mexico),Persons convicted,Total,Total,Total,Total,1850,Counts,3,GLOTIP",  // 17 year out of range
    ].joined(separator: "\r\n") + "\r\n"

    @Test("good rows are kept; each bad row is a problem with its spreadsheet row number")
    func handMadeCSV() throws {
        let file = try TestSupport.temporaryFile("glotip.csv", text: Self.csv)
        defer { TestSupport.remove(file) }
        let result = try GLOTIPExportReader().readAll(file)

        #expect(result.rows.map(\.sourceRow) == [2, 4, 14, 15, 16])
        #expect(result.problems.map(\.row) == [3, 5, 7, 8, 9, 10, 11, 12, 13, 17])
        #expect(result.problems.map(\.description) == [
            "row 3: Indicator \"Detected victims\" is not one of Detected trafficking victims, Persons brought into formal contact, Persons prosecuted, Persons convicted, Offences of trafficking in persons",
            "row 5: Dimension \"by sex\" is not one of Total, by form of exploitation, by detailed form of exploitation, by citizenship, by country of repatriation",
            "row 7: Sex \"Femme\" is not one of Total, Female, Male, Other, Unknown",
            "row 8: Age \"Adults\" is not one of Total, 0 to 17 years, 18 years or over, Unknown",
            "row 9: Year \"20X1\" is not a year from 1900 to 2100",
            "row 10: txtVALUE \"many\" is not a count, <5 or x",
            "row 11: txtVALUE \"-3\" is not a count, <5 or x",
            "row 12: Category \"Begging\" does not belong to the dimension \"by form of exploitation\"",
            "row 13: 10 cells, but the header has 13",
            "row 17: Year \"1850\" is not a year from 1900 to 2100",
        ])

        let first = result.rows[0].row
        #expect(first == GLOTIPRow(
            iso3: "MEX", country: "Mexico", region: "Americas", subregion: "Latin America and the Caribbean",
            indicator: .detectedVictims, dimension: .total, category: "Total", sex: .female, age: .child,
            year: 2020, value: .count(12), source: "GLOTIP"
        ))
        #expect(result.rows.map(\.row.value) == [.count(12), .suppressed(.primary), .count(1757), .count(8), .suppressed(.secondary)])
        #expect(result.rows.map(\.row.category) == ["Total", "Romanian", "", "TOTAL", "Nationals"])
        #expect(result.rows.map(\.citizenshipCode) == [nil, "ROU", "UNKNOWN", nil, "NATIONALS"])

        let summary = result.summary
        #expect(summary.rowsRead == 15)
        #expect(summary.rowsKept == 5)
        #expect(summary.problemCount == 10)
        #expect(summary.rowsByCountry == ["MEX": 5])
        #expect(summary.suppressedValues == 2)
        #expect(summary.citizenshipRows == 4)
        #expect(summary.citizenshipRowsMapped == 3)
        #expect(summary.citizenshipRowsUnmapped == 1)
        #expect(summary.mappedCitizenshipLabels == ["Romanian", "", "Nationals"])
        #expect(summary.unmappedCitizenshipLabels == ["TOTAL": 1])
    }

    @Test("an XLSX export: banner rows before the header, the export's sheet chosen by name, numeric years")
    func xlsxWithBanner() throws {
        func row(_ text: String, year: XLSXCell = 2020, value: String = "7") -> [XLSXCell] {
            var cells = text.split(separator: ",", omittingEmptySubsequences: false).map { XLSXCell.string(String($0)) }
            cells.insert(year, at: 9)
            cells.insert("Counts", at: 10)
            cells.insert(.string(value), at: 11)
            cells.append("GLOTIP")
            return cells
        }
        let sheet = XLSXSheet(name: GLOTIPExportReader.exportSheet, rows: [
            ["UNODC"], ["14/04/2025"],
            GLOTIPLongLayout.header.map(XLSXCell.string),
            row("\(Self.mexico),Detected trafficking victims,Total,Total,Male,Total"),
            row("\(Self.mexico),Detected trafficking victims,by citizenship,Panam\u{FFFD},Total,Total", value: "<5"),
            row("\(Self.mexico),Detected trafficking victims,Total,Total,Male,Total", year: "next year"),
            // Sark reports without an ISO code; its row is good.
            row(",Sark,Europe,Northern Europe,Detected trafficking victims,Total,Total,Female,0 to 17 years", year: 2017.0, value: "<5"),
        ])
        let notes = XLSXSheet(name: "Notes", rows: [["not the data"]])
        let file = try TestSupport.temporaryFile("glotip.xlsx", contents: Array(XLSXWriter().write([notes, sheet])))
        defer { TestSupport.remove(file) }

        #expect(try GLOTIPExportReader.detectFormat(of: file) == .xlsx)
        let result = try GLOTIPExportReader().readAll(file)
        #expect(result.rows.map(\.sourceRow) == [4, 5, 7])
        #expect(result.rows[1].row.category == "Panam\u{FFFD}")
        #expect(result.rows[1].citizenshipCode == "PAN")
        #expect(result.rows[2].row.iso3 == "")
        #expect(result.rows[2].row.year == 2017)
        #expect(result.problems.map(\.description) == ["row 6: Year \"next year\" is not a year from 1900 to 2100"])
        #expect(result.summary.rowsByCountry == ["MEX": 2, "": 1])
    }

    @Test("a file without the export's header is refused, naming the missing columns")
    func noHeader() throws {
        let file = try TestSupport.temporaryFile("other.csv", text: "Iso3_code,Country,Year,Value\r\nMEX,Mexico,2020,3\r\n")
        defer { TestSupport.remove(file) }
        let missing = ["Region", "Subregion", "Indicator", "Dimension", "Category", "Sex", "Age", "Unit of measurement", "txtVALUE", "Source"]
        #expect(throws: GLOTIPImportError.headerNotFound(missing: missing)) { try GLOTIPExportReader().readAll(file) }
    }

    @Test("only the first problems are listed; all are counted")
    func problemCap() throws {
        let bad = "\(Self.mexico),Persons convicted,Total,Total,Total,Total,2021,Counts,?,GLOTIP"
        let file = try TestSupport.temporaryFile("bad.csv", text: ([Self.header] + Array(repeating: bad, count: 50)).joined(separator: "\n"))
        defer { TestSupport.remove(file) }
        let result = try GLOTIPExportReader(maximumProblems: 3).readAll(file)
        #expect(result.problems.map(\.row) == [2, 3, 4])
        #expect(result.summary.problemCount == 50)
        #expect(result.summary.rowsRead == 50)
    }

    @Test("an error thrown by the caller stops the import")
    func callerError() throws {
        struct Stop: Error, Equatable {}
        let file = try TestSupport.temporaryFile("glotip.csv", text: Self.csv)
        defer { TestSupport.remove(file) }
        var seen = 0
        #expect(throws: Stop()) {
            try GLOTIPExportReader().read(file) { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }

    @Test("counts: plain, grouped in threes, or with a zero fraction")
    func counts() {
        #expect(GLOTIPExportRowParser.count("1757") == 1757)
        #expect(GLOTIPExportRowParser.count("1,757") == 1757)
        #expect(GLOTIPExportRowParser.count("6,112,019") == 6_112_019)
        #expect(GLOTIPExportRowParser.count("12.0") == 12)
        for bad in ["", "1,75", "17,57,0", ",757", "1.5", "-1", "1 757", "five"] {
            #expect(GLOTIPExportRowParser.count(bad) == nil, "\(bad)")
        }
    }
}
