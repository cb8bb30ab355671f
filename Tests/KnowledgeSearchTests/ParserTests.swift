import Testing
@testable import KnowledgeSearch

@Suite("Query parser")
struct ParserTests {
    let catalog = FieldCatalog.sherloc

    func parse(_ text: String) throws -> QueryNode {
        try SearchQuery.parse(text, fields: catalog).root
    }

    func error(_ text: String) -> QueryError? {
        do {
            _ = try SearchQuery.parse(text, fields: catalog)
            return nil
        } catch {
            return error
        }
    }

    @Test func bareTermsAreImplicitAnd() throws {
        #expect(try parse("forced labour") == .and([.term("forced"), .term("labour")]))
        #expect(try parse("trafficking") == .term("trafficking"))
    }

    @Test func phrasesKeepInnerText() throws {
        #expect(try parse("\"forced labour\" Mexico") == .and([.phrase("forced labour"), .term("Mexico")]))
    }

    @Test func orBindsLooserThanAnd() throws {
        #expect(try parse("a b OR c") == .or([.and([.term("a"), .term("b")]), .term("c")]))
        #expect(try parse("a OR b OR c") == .or([.term("a"), .term("b"), .term("c")]))
    }

    @Test func explicitAndAndLowercaseKeywordsAreTerms() throws {
        #expect(try parse("a AND b") == .and([.term("a"), .term("b")]))
        #expect(try parse("a or b") == .and([.term("a"), .term("or"), .term("b")]))
    }

    @Test func negationForms() throws {
        #expect(try parse("NOT a") == .not(.term("a")))
        #expect(try parse("a -b") == .and([.term("a"), .not(.term("b"))]))
        #expect(try parse("-\"sex work\"") == .not(.phrase("sex work")))
        #expect(try parse("anti-trafficking") == .term("anti-trafficking"))
    }

    @Test func parenthesesNest() throws {
        #expect(try parse("(a OR b) c") == .and([.or([.term("a"), .term("b")]), .term("c")]))
        #expect(try parse("((a))") == .term("a"))
        #expect(try parse("a -(b OR (c d))") == .and([.term("a"), .not(.or([.term("b"), .and([.term("c"), .term("d")])]))]))
    }

    @Test func fields() throws {
        #expect(try parse("country:MEX verdict:convicted language:zh") == .and([
            .field(FieldQuery(name: "country", value: .text("MEX"))),
            .field(FieldQuery(name: "verdict", value: .text("convicted"))),
            .field(FieldQuery(name: "language", value: .text("zh"))),
        ]))
        #expect(try parse("court:\"Supreme Court\"") == .field(FieldQuery(name: "court", value: .text("Supreme Court"))))
        #expect(try parse("Country:MEX") == .field(FieldQuery(name: "country", value: .text("MEX"))))
    }

    @Test func yearRanges() throws {
        #expect(try parse("year:2015..2020") == .field(FieldQuery(name: "year", value: .range(NumericRange(lower: 2015, upper: 2020)))))
        #expect(try parse("year:2018") == .field(FieldQuery(name: "year", value: .range(NumericRange(lower: 2018, upper: 2018)))))
        #expect(try parse("year:2015..") == .field(FieldQuery(name: "year", value: .range(NumericRange(lower: 2015, upper: nil)))))
        #expect(try parse("year:..2020") == .field(FieldQuery(name: "year", value: .range(NumericRange(lower: nil, upper: 2020)))))
    }

    @Test func chineseWithoutSpaces() throws {
        #expect(try parse("劳动监察") == .term("劳动监察"))
        #expect(try parse("国家转介机制 country:CHN") == .and([.term("国家转介机制"), .field(FieldQuery(name: "country", value: .text("CHN")))]))
        // Full-width colon, parentheses and ideographic space from a Chinese IME.
        #expect(try parse("（劳动监察　OR 强迫劳动） country：CHN") == .and([
            .or([.term("劳动监察"), .term("强迫劳动")]),
            .field(FieldQuery(name: "country", value: .text("CHN"))),
        ]))
    }

    @Test func positiveTextsSkipNegatedAndFields() throws {
        let query = try SearchQuery.parse("a -b NOT (c -d) country:MEX \"e f\"", fields: catalog)
        #expect(query.positiveTexts == ["a", "d", "e f"])
    }

    // Each error kind with the offset it should point at (0-based Characters).
    @Test(arguments: [
        ("", QueryError.Kind.emptyQuery, 0),
        ("   ", .emptyQuery, 0),
        ("abc \"forced labour", .unbalancedQuote, 4),
        ("court:\"Supreme", .unbalancedQuote, 6),
        ("(a OR b", .unbalancedParenthesis, 0),
        ("a OR b)", .unbalancedParenthesis, 6),
        ("a (b (c) d", .unbalancedParenthesis, 2),
        (")", .unbalancedParenthesis, 0),
        ("a ()", .emptyGroup, 2),
        ("a \"\"", .emptyPhrase, 2),
        ("a OR", .danglingOperator, 2),
        ("OR a", .danglingOperator, 0),
        ("a AND", .danglingOperator, 2),
        ("a AND OR b", .danglingOperator, 2),
        ("a NOT", .danglingOperator, 2),
        ("a -", .danglingOperator, 2),
        ("(a OR) b", .danglingOperator, 3),
        ("country:", .emptyFieldValue, 8),
        ("a country: b", .emptyFieldValue, 10),
        ("judge:Smith", .unknownField, 0),
        ("a year:abc", .badRange, 7),
        ("year:2020..2015", .badRange, 5),
        ("year:..", .badRange, 5),
        ("year:\"2018\"", .badRange, 5),
        ("year:99999999999999999999", .badRange, 5),
        ("year:1..2..3", .badRange, 5),
    ])
    func errors(text: String, kind: QueryError.Kind, offset: Int) {
        let error = error(text)
        #expect(error?.kind == kind, "\(text)")
        #expect(error?.offset == offset, "\(text): \(String(describing: error))")
        #expect(error?.message.isEmpty == false)
    }

    @Test func unknownFieldNamesTheAllowedOnes() {
        let error = error("judge:Smith")
        #expect(error?.message == "Unknown field 'judge'. Allowed fields: article, country, court, crime, exploitation, language, stage, type, verdict, year.")
    }

    @Test func offsetsCountCharactersNotBytes() {
        // "劳动 👩‍👩‍👧 " is 5 Characters (the family emoji is one grapheme), so the quote is at 5.
        #expect(error("劳动 👩‍👩‍👧 \"x")?.offset == 5)
    }

    @Test func lengthLimit() throws {
        let ok = String(repeating: "a", count: 1_000)
        #expect(try parse(ok) == .term(ok))
        let long = String(repeating: "a", count: 1_001)
        #expect(error(long)?.kind == .tooLong)
        #expect(error(long)?.offset == 1_000)
    }

    @Test func termLimit() throws {
        let sixtyFour = (1...64).map { "t\($0)" }.joined(separator: " ")
        #expect(throws: Never.self) { try parse(sixtyFour) }
        let sixtyFive = sixtyFour + " t65"
        let error = error(sixtyFive)
        #expect(error?.kind == .tooManyTerms)
        #expect(error?.offset == sixtyFour.count + 1)
    }
}
