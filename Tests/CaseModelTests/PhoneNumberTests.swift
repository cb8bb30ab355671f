import Testing
@testable import CaseModel

@Suite("E.164 telephone numbers")
struct PhoneNumberTests {
    @Test("Typed international numbers are normalised", arguments: [
        ("+41 22 917 12 34", "+41229171234"),
        ("0041 (22) 917-12-34", "+41229171234"),
        ("+86.10.6532.1234", "+861065321234"),
    ])
    func accepted(input: String, expected: String) {
        #expect(PhoneNumber(parsing: input)?.e164 == expected)
    }

    @Test("Numbers without a country code or with wrong digits are refused", arguments: [
        "022 917 12 34", "+0 22 917", "+1", "+1234567890123456", "+41 22 ABC", "",
    ])
    func refused(input: String) {
        #expect(PhoneNumber(parsing: input) == nil)
    }
}
