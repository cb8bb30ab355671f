import Foundation
import Testing
import VaporTesting
@testable import WebApp

/// Ranking on a small hand-labelled set: twelve decisions written to resemble
/// SHERLOC summaries, each with its own facts, and for each query the one
/// decision a prosecutor asking it would want. Every labelled decision must be
/// in the top three, on SQLite (BM25) and on PostgreSQL (ts_rank) alike.
@Suite("Knowledge portal relevance")
struct KnowledgeRelevanceTests {
    /// Title → summary. Titles are the labels.
    static let decisions: [(String, String)] = [
        ("Fishing vessel case", "Men from Cambodia were recruited for work at sea and kept on fishing vessels for years without pay; the captain confiscated their passports and threatened them."),
        ("Domestic servitude case", "A domestic worker was confined in the employer's house, worked eighteen hours a day without wages and was not allowed to leave or contact her family."),
        ("Online grooming case", "The defendant recruited teenage girls through a social media platform, promised modelling contracts and sexually exploited them in rented apartments."),
        ("Organ removal case", "A network brought donors from abroad with false promises of payment for a kidney; surgeons removed organs in a private clinic."),
        ("Forced begging case", "Children with disabilities were brought to the capital and forced to beg at traffic lights; the proceeds were collected every evening by the accused."),
        ("Construction debt case", "Migrant labourers on construction sites owed recruitment fees that grew every month, a debt bondage that kept them working for a fraction of the minimum wage."),
        ("Forced marriage case", "A fifteen-year-old girl was sold by her relatives into a marriage with an older man abroad and kept in domestic and sexual servitude."),
        ("Cannabis farm case", "Vietnamese boys were trafficked to tend cannabis plants in sealed houses; the court applied the non-punishment principle to the victims charged with cultivation."),
        ("Nail salon case", "Young women worked in nail salons for long hours, lived above the shop and had their earnings taken to repay transport costs."),
        ("Agricultural inspection case", "Labour inspectors found seasonal fruit pickers living in containers, deprived of their identity documents and paid in vouchers."),
        ("Cyber scam compound case", "Victims answering online job advertisements were taken across the border to scam compounds and forced to defraud people on the internet under threat of violence."),
        ("Sham adoption case", "Infants were obtained from poor mothers with forged consent papers and placed for adoption abroad for payment."),
    ]

    /// Background decisions that each mention one of the words the OR queries
    /// use, so those queries match many records and only ranking puts the right one first.
    static let background: [(String, String)] = ["debt", "wage", "girls", "marriage", "online", "border", "documents", "inspectors"].enumerated().flatMap { index, word in
        (1...2).map { n in ("Background decision \(index)-\(n)", "The trial chamber heard witnesses over several weeks; one mentioned \(word) once, and the appeal concerned sentencing only.") }
    }

    static let labelled: [(query: String, expected: String)] = [
        ("fishing vessel passports", "Fishing vessel case"),
        ("domestic worker confined", "Domestic servitude case"),
        ("social media modelling", "Online grooming case"),
        ("kidney", "Organ removal case"),
        ("forced to beg", "Forced begging case"),
        ("recruitment fees debt bondage", "Construction debt case"),
        ("\"sold by her relatives\"", "Forced marriage case"),
        ("non-punishment cannabis", "Cannabis farm case"),
        ("nail salons", "Nail salon case"),
        ("labour inspectors identity documents", "Agricultural inspection case"),
        ("scam compound online job", "Cyber scam compound case"),
        ("adoption forged consent", "Sham adoption case"),
        // Queries several decisions match, where the order is the ranking's doing.
        ("debt OR fees OR construction OR wage", "Construction debt case"),
        ("girls OR girl OR marriage OR relatives", "Forced marriage case"),
        ("online OR internet OR scam OR border", "Cyber scam compound case"),
        ("documents OR passports OR inspectors OR containers", "Agricultural inspection case"),
    ]

    @Test("Each labelled decision is in the top three for its query")
    func topThree() async throws {
        try await TestApp.run { world in
            let s = try await KnowledgePortalTests.setUp(world)
            for (title, summary) in Self.decisions + Self.background {
                try await KnowledgePortalTests.publish(s.editor, KnowledgePortalTests.courtCase(title, summary: summary))
            }
            var misses: [String] = []
            var rankedQueries = 0
            for (query, expected) in Self.labelled {
                let all = try await KnowledgePortalTests.titles(s.anonymous, query)
                if all.count > 3 { rankedQueries += 1 }
                let top = all.prefix(3)
                if !top.contains(expected) { misses.append("\(query) → \(Array(top)), expected \(expected)") }
            }
            #expect(misses.isEmpty, "\(misses)")
            #expect(rankedQueries >= 2, "some queries match more than three decisions, so the test exercises the ranking")
        }
    }
}
