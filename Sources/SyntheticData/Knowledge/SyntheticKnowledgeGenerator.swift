import CaseModel
import KnowledgeBase

/// Generates knowledge-portal records that look like a real case-law,
/// legislation and bibliography database, for benchmarks and training.
///
/// Mostly court cases (titles such as "Prosecutor v. Okafor and others", a
/// facts summary of one to three paragraphs, a paragraph of commentary and a
/// decision of 3 to 10 KB built from templates), with some laws and
/// publications. Countries are weighted, years run from 2000 to 2025, and
/// about one record in ten has a Simplified Chinese text, so that searches in
/// a language without spaces meet realistic volumes.
///
/// The same seed gives the same records. Every record passes
/// `KnowledgeRecord.validate(today:)` for any `today` from 2026 on.
public struct SyntheticKnowledgeGenerator: Sendable {
    private var random: SeededRandom
    private let latestYear: Int

    /// The share of records with a Chinese text.
    public static let chineseShare = 0.10
    static let typeShares = Weighted<KnowledgeRecordType>([(.courtCase, 85), (.legislation, 7), (.bibliography, 8)])
    static let english = LanguageCode("eng")!
    static let chinese = LanguageCode("zho")!
    /// Chinese originals come from these; other records may carry a Chinese translation.
    static let chineseJurisdictions = Weighted([(JurisdictionProfile.byCode["CHN"]!, 4.0), (JurisdictionProfile.byCode["TWN"]!, 1)])
    static let otherJurisdictions = Weighted(JurisdictionProfile.all.filter { $0.code != "CHN" && $0.code != "TWN" }.map { ($0, $0.weight) })

    /// - Parameters:
    ///   - seed: equal seeds give equal records.
    ///   - today: no record is dated later than the year before this.
    public init(seed: UInt64, today: PartialDate) {
        random = SeededRandom(seed: seed ^ 0x4B4E_4F57)
        latestYear = min(2025, today.year - 1)
    }

    /// The next record.
    public mutating func next() -> KnowledgeRecord {
        let type = Self.typeShares.pick(using: &random)
        // Decisions run 3 to 10 KB; publications and laws are built to similar lengths.
        let target = Int.random(in: 3_000...10_000, using: &random)
        switch type {
        case .legislation:
            return SyntheticLegislation.record(in: Self.otherJurisdictions.pick(using: &random), latestYear: latestYear, using: &random)
        case .bibliography:
            return SyntheticBibliography.record(in: Self.otherJurisdictions.pick(using: &random), latestYear: latestYear, target: target, using: &random)
        case .courtCase:
            // Only cases have Chinese texts, so their share is raised to keep the overall share.
            let chinese = random.chance(Self.chineseShare / 0.85)
            let original = chinese && random.chance(0.5)
            let jurisdiction = original ? Self.chineseJurisdictions.pick(using: &random) : Self.otherJurisdictions.pick(using: &random)
            return courtCase(CaseStory.draw(in: jurisdiction, latestYear: latestYear, using: &random), chinese: chinese, chineseOriginal: original, target: target)
        }
    }

    private mutating func courtCase(_ story: CaseStory, chinese: Bool, chineseOriginal: Bool, target: Int) -> KnowledgeRecord {
        var texts: [KnowledgeText] = []
        if chinese {
            texts.append(KnowledgeText(
                language: Self.chinese, title: ChineseDecision.title(story, using: &random), summary: ChineseDecision.summary(story, using: &random),
                commentary: ChineseDecision.commentary(story, using: &random), body: ChineseDecision.body(story, target: target, using: &random)
            ))
        }
        // A Chinese original is translated into English only sometimes, and then in part (no full text).
        if !chineseOriginal || random.chance(0.5) {
            let english = KnowledgeText(
                language: Self.english, title: EnglishDecision.title(story, using: &random), summary: EnglishDecision.summary(story, using: &random),
                commentary: EnglishDecision.commentary(story, using: &random), body: chineseOriginal ? "" : EnglishDecision.body(story, target: target, using: &random)
            )
            if chineseOriginal { texts.append(english) } else { texts.insert(english, at: 0) }
        }
        var keywords = [story.sector.name.english]
        if story.usesDebt { keywords.append("debt bondage") }
        if chinese { keywords.append(story.sector.name.chinese) }
        return KnowledgeRecord(
            type: .courtCase, countries: [story.jurisdiction.code] + (story.isTransnational && random.chance(0.3) ? [story.origin.code] : []),
            date: story.decided, articles: story.articles, exploitation: [story.sector.exploitation], issues: story.issues, keywords: keywords,
            sources: ["Synthetic decision generated for testing; not a real case."], texts: texts,
            courtCase: CourtCaseDetails(
                court: chineseOriginal ? ChineseDecision.court(story) : EnglishDecision.court(story, using: &random),
                stage: story.stage, legalSystem: story.jurisdiction.legalSystem, crimes: story.crimes,
                defendants: story.defendantGroups, victims: story.victimGroups, charges: EnglishDecision.charges(story),
                verdict: story.verdict, sentence: EnglishDecision.sentence(story)
            )
        )
    }
}
