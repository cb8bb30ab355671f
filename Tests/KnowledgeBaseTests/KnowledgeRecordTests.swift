import CaseModel
import Foundation
import KnowledgeBase
import KnowledgeSearch
import Testing

@Suite("Knowledge records")
struct KnowledgeRecordTests {
    static let today = PartialDate(year: 2026, month: 11, day: 23)!

    static func courtCase() -> KnowledgeRecord {
        KnowledgeRecord(
            type: .courtCase, countries: [" mx ", "MEX"], date: PartialDate(year: 2019, month: 5), articles: [.tip3b, .tip3b],
            exploitation: [.forcedLabour], issues: [.consentIrrelevant], keywords: ["  debt ", ""],
            texts: [KnowledgeText(language: LanguageCode("en")!, title: " People v. Lozano ", summary: "Recruited with false job offers."),
                    KnowledgeText(language: LanguageCode("zh")!, title: "洛萨诺案", summary: "劳动监察部门发现强迫劳动。")],
            courtCase: CourtCaseDetails(court: "Supreme Court", stage: .finalAppeal, crimes: [.traffickingInPersons],
                                        victims: [PartyGroup(count: 3, sex: .female, ageBand: .child, citizenship: ["gt"])], verdict: .convicted)
        )
    }

    @Test("Normalising trims text, turns country codes into alpha-3 and drops repeats and blanks")
    func normalise() {
        let record = Self.courtCase().normalised()
        #expect(record.countries == ["MEX"])
        #expect(record.articles == [.tip3b])
        #expect(record.keywords == ["debt"])
        #expect(record.texts[0].title == "People v. Lozano")
        #expect(record.courtCase?.victims[0].citizenship == ["GTM"])
        #expect(record.validate(today: Self.today).isEmpty)
    }

    @Test("Validation names every problem with its field path")
    func validation() {
        var record = Self.courtCase()
        record.texts[1].language = record.texts[0].language
        record.texts[0].title = ""
        record.countries = ["ZZZ"]
        record.date = PartialDate(year: 2030)
        record.bibliography = BibliographyDetails(link: "ftp://example.org")
        record.courtCase?.defendants = [PartyGroup(count: 0)]
        let fields = Set(record.validate(today: Self.today).map(\.field))
        #expect(fields == ["texts[1].language", "texts[0].title", "countries", "date", "bibliography", "bibliography.link", "courtCase.defendants[0].count"])
        #expect(KnowledgeRecord(type: .bibliography, texts: []).validate(today: Self.today).map(\.field) == ["texts"])
    }

    @Test("The index entry holds every language's text, normalised, and one facet row per value")
    func indexEntry() {
        let entry = KnowledgeIndexEntry(Self.courtCase().normalised())
        #expect(entry.text.contains("recruited with false job offers"))
        #expect(entry.text.contains("劳动监察部门"))
        #expect(entry.sortDate == "2019-05-00")
        #expect(entry.year == 2019)
        let facets = Set(entry.facets.map { "\($0.field.rawValue)=\($0.value)" })
        #expect(facets == ["type=case", "country=MEX", "year=2019", "article=TIP-3b", "exploitation=ForcedLabour", "issue=ConsentIrrelevant",
                           "language=eng", "language=zho", "crime=TraffickingInPersons", "stage=FinalAppeal", "verdict=Convicted", "court=Supreme Court"])
        #expect(entry.facets.first { $0.field == .year }?.number == 2019)
    }

    @Test("Query field values are read loosely and stored exactly; unknown values are refused with the allowed list")
    func canonicalValues() throws {
        let query = try SearchQuery.parse("country:mexico verdict:convicted language:zh stage:\"final appeal\" article:tip-3b", fields: KnowledgeField.catalog).canonicalised()
        let plan = FTS5Compiler.compile(query)
        #expect(Set(plan.filters.flatMap(\.values)) == ["MEX", "Convicted", "zho", "FinalAppeal", "TIP-3b"])
        #expect(throws: UnknownFieldValue.self) { try SearchQuery.parse("verdict:maybe", fields: KnowledgeField.catalog).canonicalised() }
        let parsed = try SearchQuery.parse("verdict:maybe", fields: KnowledgeField.catalog)
        do {
            _ = try parsed.canonicalised()
            Issue.record("verdict:maybe was accepted")
        } catch {
            #expect(error.allowed.contains("Acquitted"))
        }
    }

    @Test("A snippet comes from the reader's language when it matches there, else from a language that matches")
    func snippets() throws {
        let record = Self.courtCase().normalised()
        let chinese = try SearchQuery.parse("劳动监察", fields: KnowledgeField.catalog)
        #expect(record.snippet(for: chinese, language: LanguageCode("en")).html.contains("<mark>劳动监察</mark>"))
        let english = try SearchQuery.parse("false", fields: KnowledgeField.catalog)
        #expect(record.snippet(for: english, language: LanguageCode("zh")).html.contains("<mark>false</mark>"))
    }
}

@Suite("Case digest")
struct CaseDigestTests {
    static func record(_ title: String, year: Int?, issues: [KnowledgeIssue], type: KnowledgeRecordType = .courtCase) -> KnowledgeRecord {
        KnowledgeRecord(type: type, date: year.flatMap { PartialDate(year: $0) }, issues: issues, texts: [KnowledgeText(language: LanguageCode("en")!, title: title)])
    }

    @Test("Cases are grouped under each chosen issue in the order asked, newest first; laws are left out; an unaddressed issue stays as an empty section")
    func grouping() {
        let a = UUID(), b = UUID(), c = UUID(), law = UUID()
        let digest = CaseDigest(issues: [.digitalEvidence, .consentIrrelevant, .compensation, .digitalEvidence], cases: [
            (a, Self.record("Old consent case", year: 2012, issues: [.consentIrrelevant])),
            (b, Self.record("New consent and digital case", year: 2021, issues: [.consentIrrelevant, .digitalEvidence])),
            (c, Self.record("Undated digital case", year: nil, issues: [.digitalEvidence])),
            (law, Self.record("A law", year: 2020, issues: [.consentIrrelevant], type: .legislation)),
        ])
        #expect(digest.sections.map(\.issue) == [.digitalEvidence, .consentIrrelevant, .compensation])
        #expect(digest.sections[0].entries.map(\.id) == [b, c], "dated before undated")
        #expect(digest.sections[1].entries.map(\.id) == [b, a], "newest first")
        #expect(digest.sections[2].entries.isEmpty)
        #expect(digest.caseCount == 3)
    }
}
