import Foundation
import Testing
@testable import KnowledgeSearch

@Suite("Inverted index")
struct InvertedIndexTests {
    /// Five tiny records; stems are the tokens themselves except `passports` → `passport`.
    static func make() -> InvertedIndex {
        let texts = [
            1: ("2020-01-05", "forced labour on fishing boats", ["country": "THA", "year": "2020"]),
            2: ("2018-03-01", "passport confiscation and forced labour labour", ["country": "GBR", "year": "2018"]),
            4: ("2021-07-30", "passports taken debt bondage", ["country": "GBR", "year": "2021"]),
            7: ("2018-03-01", "sexual exploitation in bars", ["country": "MEX", "year": "2018"]),
            9: ("2015-11-11", "debt bondage in brick kilns forced", ["country": "IND", "year": "2015"]),
        ]
        var builder = InvertedIndex.Builder()
        for key in texts.keys.sorted() {
            let (date, text, facets) = texts[key]!
            let (counts, length) = InvertedIndex.tokenCounts(ofIndexText: text)
            var stems: [String: String?] = [:]
            for token in builder.unknown(counts.keys) { stems.updateValue(token == "passports" ? "passport" : token, forKey: token) }
            builder.learn(stems)
            builder.add(key: key, sortDate: date, length: length, tokenCounts: counts)
            for (field, value) in facets { builder.addFacet(key: key, field: field, value: value, number: Int(value)) }
        }
        builder.addFacet(key: 3, field: "country", value: "FRA", number: nil)
        return builder.finish(generation: "g1")
    }

    static func keys(_ index: InvertedIndex, _ text: String, _ order: InvertedIndex.Order = .newest) throws -> [Int] {
        let query = try SearchQuery.parse(text, fields: .sherloc)
        let plan = try #require(index.plan(query))
        return index.search(plan, order: order, after: nil, limit: 50, countedFields: ["country"]).hits.map(\.key)
    }

    @Test("Posting lists give back what was appended")
    func postings() {
        var list = PostingList()
        let entries = [(0, 1), (1, 300), (200, 2), (70_000, 1), (1 << 40, 5)]
        for (key, frequency) in entries { list.append(key: key, frequency: frequency) }
        var read: [(Int, Int)] = []
        list.forEach { read.append(($0, $1)) }
        #expect(read.map(\.0) == entries.map(\.0))
        #expect(read.map(\.1) == entries.map(\.1))
        #expect(list.count == 5)
    }

    @Test("Key sets")
    func keySets() {
        var a = KeySet(capacity: 130)
        var b = KeySet(capacity: 130)
        for key in [0, 5, 64, 129] { a.insert(key) }
        for key in [5, 100, 129] { b.insert(key) }
        var both = a
        both.formIntersection(b)
        var either = a
        either.formUnion(b)
        var only = a
        only.subtract(b)
        var listed: [Int] = []
        either.forEach { listed.append($0) }
        #expect(listed == [0, 5, 64, 100, 129])
        #expect(both.count == 2 && both.contains(5) && both.contains(129))
        #expect(only.contains(0) && only.contains(64) && !only.contains(5))
        #expect(!a.contains(130) && !a.contains(-1))
    }

    @Test("Words, stems, OR, NOT and filters select the records that have them")
    func boolean() throws {
        let index = Self.make()
        #expect(index.count == 5, "key 3 has a field value but no text: not indexed")
        #expect(try Self.keys(index, "forced") == [1, 2, 9], "newest first")
        #expect(try Set(Self.keys(index, "passport")) == [2, 4], "passports shares the stem")
        #expect(try Set(Self.keys(index, "forced labour")) == [1, 2])
        #expect(try Set(Self.keys(index, "bondage OR fishing")) == [1, 4, 9])
        #expect(try Set(Self.keys(index, "forced -labour")) == [9])
        #expect(try Set(Self.keys(index, "-forced")) == [4, 7])
        #expect(try Set(Self.keys(index, "country:GBR")) == [2, 4])
        #expect(try Set(Self.keys(index, "debt year:2016..2021")) == [4])
        #expect(try Set(Self.keys(index, "-country:GBR year:..2018")) == [7, 9])
        #expect(index.plan(try SearchQuery.parse("\"forced labour\"", fields: .sherloc)) == nil, "phrases need positions")
        let unseen = try SearchQuery.parse("passporting OR unseen", fields: .sherloc)
        #expect(index.unknownTokens(unseen) == ["passporting", "unseen"])
        #expect(index.plan(unseen) == nil, "a word it never saw may still share a stem")
        let stemmed = try #require(index.plan(unseen, stems: ["passporting": "passport", "unseen": "unseen"]))
        #expect(index.search(stemmed, order: .newest, after: nil, limit: 9, countedFields: []).hits.map(\.key) == [4, 2])
        #expect(index.plan(unseen, stems: ["passporting": "passport", "unseen": nil]) == nil, "no single stem: the database answers")
        #expect(index.plan(try SearchQuery.parse("forced OR country:MEX", fields: .sherloc)) == nil)
    }

    @Test("Pages after a cursor continue the order without repeats or gaps; counts cover every match")
    func paging() throws {
        let index = Self.make()
        for order in [InvertedIndex.Order.relevance, .newest, .oldest] {
            let plan = index.plan(try SearchQuery.parse("forced OR debt OR passport OR exploitation", fields: .sherloc))
            let all = index.search(plan, order: order, after: nil, limit: 50, countedFields: ["country"])
            #expect(all.total == 5 && !all.more)
            #expect(all.counts["country"]?.map(\.value) == ["GBR", "IND", "MEX", "THA"])
            #expect(all.counts["country"]?.first?.count == 2)
            var paged: [Int] = []
            var after: InvertedIndex.Cursor?
            while true {
                let page = index.search(plan, order: order, after: after, limit: 2, countedFields: [])
                paged += page.hits.map(\.key)
                guard page.more, let last = page.hits.last else { break }
                after = InvertedIndex.Cursor(score: last.score, date: last.sortDate, key: last.key)
            }
            #expect(paged == all.hits.map(\.key), "\(order)")
        }
        let newest = index.search(nil, order: .newest, after: nil, limit: 50, countedFields: [])
        #expect(newest.hits.map(\.key) == [4, 1, 7, 2, 9], "dates descending, then keys descending")
    }

    @Test("Scores are SQLite's bm25(): more of a rarer word in a shorter record ranks first")
    func scores() throws {
        let index = Self.make()
        let page = index.search(index.plan(try SearchQuery.parse("labour", fields: .sherloc)), order: .relevance, after: nil, limit: 5, countedFields: [])
        #expect(page.hits.map(\.key) == [2, 1])
        // bm25 by hand for record 2: 5 records, 2 with `labour`; 25 tokens in all; record 2 has 6 tokens, `labour` twice.
        let idf = log((5.0 - 2 + 0.5) / (2 + 0.5))
        let expected = -(idf * ((2 * 2.2) / (2 + 1.2 * (1 - 0.75 + 0.75 * 6 / (25.0 / 5)))))
        #expect(abs(page.hits[0].score - expected) < 1e-12)
    }

    @Test("FTS5 MATCH expressions are read back with their precedence and doubled quotes")
    func matchExpressions() {
        #expect(MatchExpression.parse(#""a" AND ("b""c" OR "d") NOT "e""#) == .and([.phrase("a"), .not(.or([.phrase("b\"c"), .phrase("d")]), .phrase("e"))]))
        #expect(MatchExpression.parse(#""a" OR "b" AND "c""#) == .or([.phrase("a"), .and([.phrase("b"), .phrase("c")])]))
        #expect(MatchExpression.parse(#""a" OR"#) == nil)
        #expect(MatchExpression.parse(#""a" NEAR "b""#) == nil)
        #expect(MatchExpression.parse(#""a" AND ("b""#) == nil)
        #expect(MatchExpression.parse(#""a" AND ("b" OR "c") NOT "d""#)?.phrases == ["a", "b", "c", "d"])
    }
}
