import Testing
@testable import Interchange

@Suite("CTDC layout detection")
struct CTDCLayoutTests {
    @Test("each header shape is recognised, in any column order")
    func detection() {
        #expect(CTDCMapper.detectLayout(header: CTDCSamples.kAnonymised2017Header) == .kAnonymised2017)
        #expect(CTDCMapper.detectLayout(header: CTDCSamples.kAnonymised2017Header.reversed()) == .kAnonymised2017)
        #expect(CTDCMapper.detectLayout(header: CTDCSamples.synthetic2024Header) == .synthetic2024)
        #expect(CTDCMapper.detectLayout(header: CTDCSamples.synthetic2024Header.shuffled()) == .synthetic2024)
        #expect(CTDCMapper.detectLayout(header: CTDCSamples.synthetic2025Header) == .synthetic2025)
        #expect(CTDCMapper.detectLayout(header: CTDCSamples.victimPerpetratorHeader) == .victimPerpetrator)
        #expect(CTDCMapper.detectLayout(header: CTDCSamples.victimPerpetratorHeader.reversed()) == .victimPerpetrator)
    }

    @Test("names match without case or surrounding spaces")
    func looseNames() throws {
        let header = CTDCSamples.victimPerpetratorHeader.map { " \($0.uppercased()) " }
        let mapper = try CTDCMapper(header: header)
        #expect(mapper.layout == .victimPerpetrator)
        #expect(mapper.ignoredColumns.isEmpty)
        #expect(mapper.missingColumns.isEmpty)
    }

    @Test("a header of shared or foreign columns only is not guessed")
    func unrecognised() {
        #expect(CTDCMapper.detectLayout(header: ["gender", "ageBroad", "citizenship"]) == nil)
        #expect(CTDCMapper.detectLayout(header: ["name", "date of birth"]) == nil)
        #expect(throws: CTDCError.unrecognisedLayout(header: ["gender"])) { try CTDCMapper(header: ["gender"]) }
        // The caller may still say which layout a file has.
        #expect((try? CTDCMapper(header: ["gender"], layout: .synthetic2024))?.layout == .synthetic2024)
    }

    @Test("unknown, repeated and redundant columns are ignored with a note; missing ones are listed")
    func notes() throws {
        let header = ["Unnamed: 0"] + CTDCSamples.kAnonymised2017Header.filter { $0 != "isAbduction" } + ["gender", "meansOfControlConcatenated", ""]
        let mapper = try CTDCMapper(header: header)
        #expect(mapper.layout == .kAnonymised2017)
        #expect(mapper.ignoredColumns == ["Unnamed: 0", "gender", "meansOfControlConcatenated", ""])
        #expect(mapper.missingColumns == ["isAbduction"])
        #expect(mapper.notes.count == 5)
        #expect(mapper.notes.contains("Column Unnamed: 0 is not part of the kAnonymised2017 layout and is ignored."))
        #expect(mapper.notes.contains("Column gender appears again as column 59; only column 4 is read."))
        #expect(mapper.notes.contains("Column isAbduction is missing: its field stays unknown for every row."))
    }

    @Test("the synthetic layouts do not require the optional labour and sex columns")
    func optionalColumns() throws {
        let mapper = try CTDCMapper(header: CTDCSamples.synthetic2025Header)
        #expect(mapper.missingColumns.isEmpty)
        #expect(mapper.ignoredColumns.isEmpty)
    }
}
