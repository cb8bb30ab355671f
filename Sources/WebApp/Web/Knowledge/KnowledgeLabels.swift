import CaseModel
import Foundation
import KnowledgeBase
import Localization
import Storage

/// How the portal's stored values read on a page.
enum KnowledgeLabels {
    /// The record language a reader of this interface language sees first.
    static func readerLanguage(_ t: Localizer) -> LanguageCode? {
        LanguageCode(String(t.language.tag.prefix(2)))
    }

    static func vocabulary<V: KnowledgeVocabulary>(_ value: V?, t: Localizer) -> String {
        value.map { t.text(forKey: $0.labelKey) } ?? "—"
    }

    static func list<V: KnowledgeVocabulary>(_ values: [V], t: Localizer) -> String {
        values.isEmpty ? "—" : values.map { t.text(forKey: $0.labelKey) }.joined(separator: ", ")
    }

    static func countries(_ codes: [String], t: Localizer) -> String {
        codes.isEmpty ? "—" : codes.map(t.countryName).joined(separator: ", ")
    }

    /// A language's name in the reader's language ("Chinese", "中文"), or its code.
    static func languageName(_ code: String, t: Localizer) -> String {
        let alpha2 = Locale.LanguageCode(code).identifier(.alpha2) ?? code
        return Locale(identifier: t.language.tag).localizedString(forLanguageCode: alpha2) ?? code
    }

    /// The label of one facet value.
    static func facetValue(_ field: KnowledgeField, _ value: String, t: Localizer) -> String {
        switch field {
        case .type: t.text(forKey: "\(KnowledgeRecordType.labelPrefix).\(value)")
        case .country: t.countryName(value)
        case .year, .court: value
        case .crime: t.text(forKey: "\(CrimeType.labelPrefix).\(value)")
        case .exploitation: t.text(forKey: ExploitationType(rawValue: value)?.labelKey ?? value)
        case .article: t.text(forKey: "\(ProtocolArticle.labelPrefix).\(value)")
        case .stage: t.text(forKey: "\(CourtStage.labelPrefix).\(value)")
        case .verdict: t.text(forKey: "\(Verdict.labelPrefix).\(value)")
        case .language: languageName(value, t: t)
        case .issue: t.text(forKey: "\(KnowledgeIssue.labelPrefix).\(value)")
        }
    }

    static func facetTitle(_ field: KnowledgeField) -> TextKey {
        switch field {
        case .type: .knowledgeFacetType
        case .country: .knowledgeFacetCountry
        case .year: .knowledgeFacetYear
        case .crime: .knowledgeFacetCrime
        case .exploitation: .knowledgeFacetExploitation
        case .article: .knowledgeFacetArticle
        case .stage, .court: .knowledgeFacetStage
        case .verdict: .knowledgeFacetVerdict
        case .language: .knowledgeFacetLanguage
        case .issue: .knowledgeFacetIssue
        }
    }

    static func party(_ group: PartyGroup, t: Localizer) -> String {
        t(.knowledgeParty, ["count": String(group.count), "sex": vocabulary(group.sex, t: t), "age": vocabulary(group.ageBand, t: t),
                            "citizenship": countries(group.citizenship, t: t)])
    }
}
