import CaseModel
import Testing

@Suite("Partial dates")
struct PartialDateTests {
    @Test("A date is written at its own precision, zero-padded, and read back equal")
    func roundTrip() throws {
        for text in ["2026", "2026-03", "2026-03-07", "1900-01-05"] {
            let date = try #require(PartialDate(parsing: text))
            #expect(date.description == text)
        }
    }

    @Test("A coarse date spans from its first to its last day, leap years included")
    func span() throws {
        #expect(try #require(PartialDate(parsing: "2024-02")).firstDayText == "2024-02-01")
        #expect(try #require(PartialDate(parsing: "2024-02")).lastDayText == "2024-02-29")
        #expect(try #require(PartialDate(parsing: "2023-02")).lastDayText == "2023-02-28")
        #expect(try #require(PartialDate(parsing: "2026")).lastDayText == "2026-12-31")
        #expect(try #require(PartialDate(parsing: "2026-05-09")).firstDayText == "2026-05-09")
    }
}
