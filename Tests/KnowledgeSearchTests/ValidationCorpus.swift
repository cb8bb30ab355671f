import Foundation
@testable import KnowledgeSearch

/// Rows and queries shared by the SQLite and PostgreSQL validation tests.
///
/// Bodies are stored normalised, as the library requires of the indexed column.
enum ValidationCorpus {
    struct Row {
        let id: Int
        let body: String
        let country: String
        let year: Int
        var verdict: String { id == 3 ? "x" : "convicted" }
    }

    /// Expected ids per backend; `nil` means "work it out from the Chinese rows"
    /// with `cjk`, a substring oracle (both backends search CJK as substrings).
    struct Case {
        let query: SearchQuery
        let sqlite: [Int]
        let postgres: [Int]
    }

    /// About 60 characters around the first occurrence of `term` in a UN document,
    /// or `fallback` when the documents are absent.
    static func excerpt(containing term: String, fallback: String) -> String {
        guard let documents = TestSupport.unDocuments() else { return fallback }
        for name in documents.keys.sorted() {
            let text = TextNormaliser.normalise(documents[name] ?? "")
            if let range = text.range(of: term) {
                let start = text.index(range.lowerBound, offsetBy: -30, limitedBy: text.startIndex) ?? text.startIndex
                let end = text.index(range.upperBound, offsetBy: 30, limitedBy: text.endIndex) ?? text.endIndex
                return String(text[start..<end])
            }
        }
        return fallback
    }

    static let rows: [Row] = {
        let labourInspection = excerpt(containing: "劳动监察", fallback: "各国应加强劳动监察，保护移徙工人")
        let referral = excerpt(containing: "国家转介机制", fallback: "建立国家转介机制，查明和保护被害人")
        return [
            Row(id: 1, body: "Forced labour and trafficking in persons in Mexico.", country: "MEX", year: 2016),
            Row(id: 2, body: "Smuggling of migrants: the Supreme Court ruled.", country: "GTM", year: 2019),
            Row(id: 3, body: "Un caso de trata de personas; Café workers.", country: "MEX", year: 2021),
            Row(id: 4, body: labourInspection, country: "CHN", year: 2021),
            Row(id: 5, body: referral, country: "CHN", year: 2021),
            Row(id: 6, body: "50% of cases_x said \"hello\"; it's a\\b.", country: "XXX", year: 2010),
        ].map { Row(id: $0.id, body: TextNormaliser.normalise($0.body), country: $0.country, year: $0.year) }
    }()

    /// Ids of rows whose body contains `term` (normalised), for CJK expectations.
    static func containing(_ term: String) -> [Int] {
        let needle = TextNormaliser.normalise(term)
        return rows.filter { $0.body.contains(needle) }.map(\.id)
    }

    static func parse(_ text: String) -> SearchQuery {
        // Test inputs are fixed and valid; a failure here is a test bug.
        (try? SearchQuery.parse(text, fields: .sherloc)) ?? SearchQuery(root: .term("unparsable test query"))
    }

    static var cases: [Case] {
        let all = [1, 2, 3, 4, 5, 6]
        let labour = containing("劳动")
        return [
            Case(query: parse("trafficking"), sqlite: [1], postgres: [1]),
            Case(query: parse("forced labour"), sqlite: [1], postgres: [1]),
            Case(query: parse("\"supreme court\""), sqlite: [2], postgres: [2]),
            Case(query: parse("trafficking OR smuggling"), sqlite: [1, 2], postgres: [1, 2]),
            Case(query: parse("-trafficking"), sqlite: [2, 3, 4, 5, 6], postgres: [2, 3, 4, 5, 6]),
            Case(query: parse("-trafficking -smuggling"), sqlite: [3, 4, 5, 6], postgres: [3, 4, 5, 6]),
            // Short Latin term: LIKE substring in FTS5, a lexeme in PostgreSQL.
            Case(query: parse("un"), sqlite: [3], postgres: [3]),
            Case(query: parse("UN OR smuggling"), sqlite: [2, 3], postgres: [2, 3]),
            Case(query: parse("café"), sqlite: [3], postgres: [3]),
            Case(query: parse("劳动监察"), sqlite: containing("劳动监察"), postgres: containing("劳动监察")),
            Case(query: parse("劳动"), sqlite: labour, postgres: labour),
            Case(query: parse("国家转介机制 country:CHN"), sqlite: containing("国家转介机制"), postgres: containing("国家转介机制")),
            Case(query: parse("劳动 OR smuggling"), sqlite: ([2] + labour).sorted(), postgres: ([2] + labour).sorted()),
            Case(query: parse("-劳动 country:CHN"), sqlite: [4, 5].filter { !labour.contains($0) }, postgres: [4, 5].filter { !labour.contains($0) }),
            // Wildcards typed by the user are literal: unescaped, `_x` would match "ex" in "mexico".
            Case(query: parse("_x"), sqlite: [6], postgres: [6]),
            Case(query: parse("5%"), sqlite: [], postgres: []),
            Case(query: parse("50%"), sqlite: [6], postgres: [6]),
            Case(query: parse("a\\b"), sqlite: [6], postgres: [6]),
            Case(query: parse("it's"), sqlite: [6], postgres: [6]),
            // Injection attempts: no error, no extra rows.
            Case(query: SearchQuery(root: .term("\") OR 1=1 --")), sqlite: [], postgres: []),
            Case(query: SearchQuery(root: .phrase("x\" OR \"")), sqlite: [], postgres: []),
            Case(query: parse("'; DROP TABLE docs; --"), sqlite: [], postgres: []),
            Case(query: SearchQuery(root: .term("' OR ''='")), sqlite: [], postgres: []),
            Case(query: SearchQuery(root: .field(FieldQuery(name: "country", value: .text("MEX' OR '1'='1")))), sqlite: [], postgres: []),
            // Filters, ranges and mixed OR.
            Case(query: parse("year:2015..2020 country:MEX"), sqlite: [1], postgres: [1]),
            Case(query: parse("year:2021.."), sqlite: [3, 4, 5], postgres: [3, 4, 5]),
            Case(query: parse("country:MEX OR country:GTM"), sqlite: [1, 2, 3], postgres: [1, 2, 3]),
            Case(query: parse("trafficking OR country:GTM"), sqlite: [1, 2], postgres: [1, 2]),
            Case(query: parse("NOT (un OR trafficking) -country:CHN"), sqlite: [2, 6], postgres: [2, 6]),
            Case(query: parse("(persons OR personas) -verdict:x -country:XXX"), sqlite: [1], postgres: [1]),
            Case(query: parse("verdict:convicted year:..2016"), sqlite: [1, 6], postgres: [1, 6]),
            Case(query: parse("NOT NOT smuggling"), sqlite: [2], postgres: [2]),
                    Case(query: parse("-nothingmatchesthis"), sqlite: all, postgres: all),
        ]
    }

    /// `CAST(X'…' AS TEXT)` for SQLite: the test harness's stand-in for binding a
    /// parameter, immune to quoting because the value is hex.
    static func sqliteLiteral(_ value: SQLValue) -> String {
        switch value {
        case .text(let text): return "CAST(X'\(TestSupport.hex(text))' AS TEXT)"
        case .integer(let number): return String(number)
        }
    }

    static func postgresLiteral(_ value: SQLValue) -> String {
        switch value {
        case .text(let text): return "convert_from(decode('\(TestSupport.hex(text))', 'hex'), 'UTF8')"
        case .integer(let number): return String(number)
        }
    }

    /// Replaces `?n` / `$n` with literals, highest number first so `?12` is not read as `?1`.
    static func inline(_ bound: BoundSQL, prefix: String, literal: (SQLValue) -> String) -> String {
        var sql = bound.sql
        for index in stride(from: bound.bindings.count, through: 1, by: -1) {
            sql = sql.replacingOccurrences(of: "\(prefix)\(index)", with: literal(bound.bindings[index - 1]))
        }
        return sql
    }

    /// Parses `R<n>:1,2,3` lines into results per case number.
    static func results(_ output: String) -> [Int: [Int]] {
        var results: [Int: [Int]] = [:]
        for line in output.split(separator: "\n") where line.hasPrefix("R") {
            let parts = line.dropFirst().split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let number = Int(parts[0]) else { continue }
            results[number] = parts[1].split(separator: ",").compactMap { Int($0) }
        }
        return results
    }
}
