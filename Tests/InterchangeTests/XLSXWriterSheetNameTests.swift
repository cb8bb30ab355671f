import Testing
@testable import Interchange

@Suite("XLSX writer: sheet names")
struct XLSXWriterSheetNameTests {
    @Test("names that break Excel's rules are refused", arguments: [
        "", "   ", String(repeating: "x", count: 32), "a[1]", "a:b", "a*", "why?", "a/b", "a\\b", "'quoted'", "History", "tab\tname",
    ])
    func invalid(name: String) {
        #expect(XLSXSheetName.problem(with: name) != nil)
        #expect(throws: XLSXWriterError.self) { try XLSXWriter().write([XLSXSheet(name: name)]) }
    }

    @Test("31 characters, Chinese, apostrophes inside and punctuation are allowed")
    func valid() {
        for name in [String(repeating: "x", count: 31), "人口贩运统计", "Women's shelters", "A & B (2024) #1", "History 2"] {
            #expect(XLSXSheetName.problem(with: name) == nil, "\(name)")
        }
    }

    @Test("names must be unique ignoring case")
    func unique() {
        #expect(throws: XLSXWriterError.duplicateSheetName("data")) {
            try XLSXWriter().write([XLSXSheet(name: "Data"), XLSXSheet(name: "data")])
        }
        #expect(throws: XLSXWriterError.noSheets) { try XLSXWriter().write([]) }
    }

    @Test("sanitising makes any text a valid, unused name")
    func sanitized() {
        #expect(XLSXSheetName.sanitized("2024/25: [draft]?") == "2024_25_ _draft__")
        #expect(XLSXSheetName.sanitized("") == "Sheet")
        #expect(XLSXSheetName.sanitized("history") == "Sheet")
        #expect(XLSXSheetName.sanitized("'x'") == "x")
        #expect(XLSXSheetName.sanitized("Data", avoiding: ["DATA", "Data (2)"]) == "Data (3)")
        let long = XLSXSheetName.sanitized(String(repeating: "统", count: 40), avoiding: [String(repeating: "统", count: 31)])
        #expect(long == String(repeating: "统", count: 27) + " (2)")
        for name in ["a[1]", String(repeating: "😀", count: 20), "'"] {
            #expect(XLSXSheetName.problem(with: XLSXSheetName.sanitized(name)) == nil, "\(name)")
        }
    }
}
