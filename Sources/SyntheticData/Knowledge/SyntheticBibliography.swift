import CaseModel
import KnowledgeBase

/// Writes a synthetic publication: a report, article or thesis on one form of
/// exploitation in one to three countries, with an abstract and a body in
/// the usual sections (introduction, method, findings, recommendations).
enum SyntheticBibliography {
    static let publishers = [
        "United Nations Office on Drugs and Crime", "International Labour Organization", "International Organization for Migration",
        "Journal of Human Trafficking", "Anti-Trafficking Review", "Trends in Organized Crime", "Oxford University Press",
        "Walk Free", "OSCE Office of the Special Representative", "Council of Europe (GRETA)", "Institute for Migration Studies",
    ]

    static let methodWords: [ResearchMethod: String] = [
        .qualitative: "qualitative", .quantitative: "quantitative", .mixedMethods: "carried out with mixed methods",
        .legalAnalysis: "a legal analysis", .literatureReview: "a review of the literature", .other: "exploratory",
    ]

    static func record(in jurisdiction: JurisdictionProfile, latestYear: Int, target: Int, using random: inout SeededRandom) -> KnowledgeRecord {
        let sector = KnowledgePhrases.sectors.pick(using: &random)
        var countries = [jurisdiction]
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            let other = JurisdictionProfile.weighted.pick(using: &random)
            if !countries.contains(where: { $0.code == other.code }) { countries.append(other) }
        }
        let places = countries.map(\.name).joined(separator: ", ")
        let method = Weighted<ResearchMethod>([(.qualitative, 35), (.quantitative, 20), (.mixedMethods, 20), (.legalAnalysis, 15), (.literatureReview, 10)]).pick(using: &random)
        let type = Weighted<PublicationType>([(.report, 35), (.journalArticle, 35), (.book, 8), (.policyDocument, 10), (.unDocument, 7), (.thesis, 5)]).pick(using: &random)
        let title = random.pick([
            "Trafficking for \(sector.name.english) in \(places): \(random.pick(["a qualitative study", "evidence from survivors", "patterns and responses", "a review of prosecutions"]))",
            "Recruitment, debt and control: \(sector.name.english) in \(places)",
            "Identifying victims of trafficking in \(sector.name.english): lessons from \(countries[0].name)",
            "Between migration and exploitation: \(sector.name.english) in \(places)",
        ])
        let authors = random.sample(NamePool.of(jurisdiction.region).family, count: Int.random(in: 1...4, using: &random)).map { "\($0), \(random.pick(["A.", "M.", "J.", "S.", "K.", "L.", "R."]))" }
        let year = min(latestYear, Int.random(in: 2000...2025, using: &random))
        let recruitment = random.pick(KnowledgePhrases.recruitment).english
        let control = random.sample(KnowledgePhrases.control, count: 3).map(\.english)
        let summary = "This \(type == .journalArticle ? "article" : type == .thesis ? "thesis" : "report") examines trafficking in persons for \(sector.name.english) in \(places). Drawing on \(method == .quantitative ? "a survey of \(Int.random(in: 100...3000, using: &random)) workers" : method == .legalAnalysis ? "an analysis of legislation and \(Int.random(in: 10...200, using: &random)) court decisions" : "interviews with \(Int.random(in: 12...120, using: &random)) survivors, officials and employers"), it describes how victims are recruited, typically through \(recruitment), and controlled through \(EnglishDecision.list(control))."
        var sections = [
            "ABSTRACT\n\n" + summary,
            "1. INTRODUCTION\n\nTrafficking for \(sector.name.english) remains under-identified. Victims are rarely detected \(sector.place.english), where \(random.pick(["labour inspection is infrequent", "workers are isolated", "informal arrangements prevail", "employers are seldom checked"])). This study asks how victims are recruited and controlled, why so few are identified, and what responses work.",
            "2. METHOD\n\nThe research was \(methodWords[method] ?? "qualitative"). Fieldwork took place between \(year - 2) and \(year - 1) in \(places). Interviews were conducted in the participants' languages with informed consent, and all names have been changed.",
        ]
        var length = sections.reduce(0) { $0 + $1.utf8.count }
        var finding = 1
        while length < target {
            let paragraph = "3.\(finding) " + random.pick([
                "Recruitment. Most participants were approached through \(random.pick(KnowledgePhrases.recruitment).english). They were promised wages several times those at home; none received a written contract in a language they understood.",
                "Control. Participants described \(random.pick(KnowledgePhrases.control).english). Many did not see themselves as victims, and feared the authorities more than their employers.",
                "Identification. Only a minority came to the attention of the authorities, usually through \(random.pick(KnowledgePhrases.discovery).english). Front-line officials lacked training in the indicators of trafficking.",
                "Prosecution. Of the cases identified, few reached court, and convictions often rested on the testimony of victims alone, which made them fragile on appeal.",
                "Support. Survivors valued safe accommodation, legal advice and help to find decent work; several returned to the same employers for lack of alternatives.",
            ])
            sections.append(paragraph)
            length += paragraph.utf8.count
            finding += 1
        }
        sections.append("4. RECOMMENDATIONS\n\nStates should strengthen labour inspection \(sector.place.english), prohibit recruitment fees, ensure that victims are referred through the national referral mechanism regardless of their cooperation, and train prosecutors to build cases that do not rest on victim testimony alone.")
        return KnowledgeRecord(
            type: .bibliography, countries: countries.map(\.code), date: PartialDate(year: year),
            articles: random.sample([.tip3a, .tip3b, .tip6, .tip9], count: Int.random(in: 0...2, using: &random)),
            exploitation: [sector.exploitation],
            issues: random.sample(KnowledgeIssue.allCases, count: Int.random(in: 1...4, using: &random)),
            keywords: [sector.name.english, "recruitment", method.rawValue],
            sources: ["Synthetic publication generated for testing; not a real work."],
            texts: [KnowledgeText(language: SyntheticKnowledgeGenerator.english, title: title, summary: summary, body: sections.joined(separator: "\n\n"))],
            bibliography: BibliographyDetails(authors: authors, publisher: random.pick(publishers), publicationType: type, researchMethod: method,
                                              link: "https://example.org/publications/\(year)/\(Int.random(in: 1000...99999, using: &random))")
        )
    }
}
