import CaseModel
import Foundation
import KnowledgeBase
import Testing
@testable import SyntheticData

@Suite("Synthetic knowledge generator")
struct SyntheticKnowledgeGeneratorTests {
    static let today = PartialDate(year: 2026, month: 11, day: 22)!
    static let chinese = LanguageCode("zho")!

    static func records(_ count: Int, seed: UInt64 = 11) -> [KnowledgeRecord] {
        var generator = SyntheticKnowledgeGenerator(seed: seed, today: today)
        return (0..<count).map { _ in generator.next() }
    }

    static let sample = records(3_000)

    @Test("The same seed gives the same records; another seed, others")
    func deterministic() {
        #expect(Self.records(200) == Self.records(200))
        #expect(Self.records(200) != Self.records(200, seed: 12))
    }

    @Test("A search result's listing, decoded from a stored record, is that record's type, countries, date and texts")
    func listings() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Texts with every kind of JSON escape and a record of each type.
        var records = Array(Self.sample.prefix(300))
        records.append(KnowledgeRecord(type: .legislation, texts: [KnowledgeText(language: Self.chinese, title: "\"引号\" \\ / \u{1F}",
                                                                                body: "line\nbreak\ttab \u{1F600}", provisions: [Provision(article: "5", text: "第五条")])]))
        for type in KnowledgeRecordType.allCases { #expect(records.contains { $0.type == type }) }
        for record in records {
            let listing = try JSONDecoder().decode(KnowledgeListing.self, from: encoder.encode(record))
            #expect(listing == KnowledgeListing(record))
            #expect(listing.languages == record.languages && listing.title(for: Self.chinese) == record.title(for: Self.chinese))
        }
    }

    @Test("Every record passes the portal's validation, unchanged by normalisation")
    func valid() {
        for (index, record) in Self.sample.enumerated() {
            let issues = record.validate(today: Self.today)
            #expect(issues.isEmpty, "record \(index): \(issues)")
            #expect(record.normalised() == record, "record \(index) changes when normalised")
            if !issues.isEmpty { return }
        }
    }

    @Test("Mostly court cases named after a defendant, with some laws and publications")
    func types() {
        let cases = Self.sample.filter { $0.type == .courtCase }
        let share = Double(cases.count) / Double(Self.sample.count)
        #expect((0.80...0.90).contains(share), "court cases: \(share)")
        #expect(Self.sample.contains { $0.type == .legislation } && Self.sample.contains { $0.type == .bibliography })
        let titles = cases.compactMap { $0.texts.first(where: { $0.language.alpha3 == "eng" })?.title }
        #expect(titles.filter { $0.contains(" v. ") || $0.contains(" v ") }.count == titles.count)
        #expect(titles.contains { $0.hasPrefix("Prosecutor v. ") && $0.contains(" and others") })
        #expect(Set(cases.flatMap(\.countries)).count >= 40, "several dozen countries")
        #expect(Set(cases.compactMap(\.courtCase?.verdict)).count == Verdict.allCases.count)
        #expect(cases.allSatisfy { $0.courtCase?.crimes.contains(.traffickingInPersons) == true && !$0.exploitation.isEmpty && !$0.articles.isEmpty })
        let years = Self.sample.compactMap(\.date?.year)
        #expect(years.min()! >= 2000 && years.max()! <= 2025)
    }

    @Test("Decisions run 3 to 10 KB, summaries one to three paragraphs")
    func lengths() {
        let bodies = Self.sample.filter { $0.type == .courtCase }.compactMap { $0.texts.first?.body }.filter { !$0.isEmpty }.map(\.utf8.count).sorted()
        #expect(bodies.first! >= 3_000 && bodies.last! <= 12_000, "\(bodies.first!)…\(bodies.last!)")
        let median = bodies[bodies.count / 2]
        #expect((5_500...7_500).contains(median), "median \(median)")
        for record in Self.sample where record.type == .courtCase {
            let paragraphs = record.texts[0].summary.components(separatedBy: "\n\n").count
            #expect((1...3).contains(paragraphs))
            #expect(!record.texts[0].commentary.isEmpty)
        }
    }

    @Test("About one record in ten has a Simplified Chinese text with the terms CJK searches look for")
    func chinese() {
        let withChinese = Self.sample.filter { $0.languages.contains(Self.chinese) }
        let share = Double(withChinese.count) / Double(Self.sample.count)
        #expect((0.08...0.12).contains(share), "Chinese share \(share)")
        let text = withChinese.flatMap(\.texts).filter { $0.language == Self.chinese }.map { $0.summary + $0.commentary + $0.body }.joined()
        for term in ["劳动监察", "国家转介机制", "强迫劳动", "债务奴役"] { #expect(text.contains(term), "\(term)") }
        #expect(withChinese.contains { $0.texts[0].language == Self.chinese }, "some Chinese originals")
        #expect(withChinese.contains { $0.texts[0].language != Self.chinese }, "some Chinese translations")
    }
}
