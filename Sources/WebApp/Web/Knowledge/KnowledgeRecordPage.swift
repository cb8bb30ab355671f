import CaseModel
import Foundation
import KnowledgeBase
import Localization
import Storage

/// The public page of one published record: its description in the reader's
/// language, the full text, and its links to other records.
enum KnowledgeRecordPage {
    struct Model {
        var published: KnowledgePortal.Published
        var citedBy: [(KnowledgePortal.Published, String)]
        var cites: [(KnowledgePortal.Published, String)]
        var similar: [KnowledgePortal.Published]
        var language: LanguageCode?
        var mayEdit: Bool
    }

    /// The record's address: stable, readable, and the same one the inbox links to.
    static func path(_ id: UUID) -> String { "/knowledge/records/\(id.uuidString.lowercased())" }

    static func render(_ context: PageContext, _ model: Model) -> String {
        let t = context.t
        let record = model.published.record
        let text = record.text(for: model.language)
        let title = record.title(for: model.language)
        return Layout.render(context, title: title, section: .knowledge, description: String((text?.summary ?? "").prefix(300))) {
            article(.class("knowledge-record"), text.map { .lang(Locale.LanguageCode($0.language.alpha3).identifier(.alpha2) ?? $0.language.alpha3) } ?? nil) {
                div(.class("page-actions")) {
                    h1 { title }
                    if model.mayEdit { a(.class("button secondary"), .href("/knowledge/desk/\(model.published.id)")) { t(.navKnowledgeDesk) } }
                }
                p(.class("meta")) { Components.badge(KnowledgeLabels.vocabulary(record.type, t: t), kind: "type-\(record.type.rawValue)") }
                if record.texts.count > 1 { otherLanguages(t, model) }
                details(t, record)
                if let text {
                    if !text.summary.isEmpty { section { h2 { t(.knowledgeFieldSummary) }; paragraphs(text.summary) } }
                    if !text.commentary.isEmpty { section { h2 { t(.knowledgeFieldCommentary) }; paragraphs(text.commentary) } }
                    if !text.provisions.isEmpty { provisions(t, text.provisions) }
                    if !text.body.isEmpty {
                        element("details", [.class("full-text")]) {
                            element("summary", []) { t(.knowledgeShowFullText) }
                            paragraphs(text.body)
                        }
                    }
                }
            }
            links(t, t(.knowledgeCites), model.cites, empty: nil, id: "cites", language: model.language)
            links(t, t(.knowledgeCitedBy), model.citedBy, empty: t(.knowledgeCitedByEmpty), id: "cited-by", language: model.language)
            links(t, t(record.type == .courtCase ? .knowledgeSimilar : .knowledgeSimilarRecords), model.similar.map { ($0, "") }, empty: t(.knowledgeSimilarEmpty),
                  id: "similar", language: model.language)
        }
    }

    static func otherLanguages(_ t: Localizer, _ model: Model) -> HTMLNode {
        let current = model.published.record.text(for: model.language)?.language
        return p(.class("other-languages")) {
            t(.knowledgeOtherLanguages) + ": "
            for text in model.published.record.texts where text.language != current {
                a(.href(path(model.published.id) + "?lang=\(text.language.alpha3)"), Attribute("hreflang", text.language.alpha3)) { KnowledgeLabels.languageName(text.language.alpha3, t: t) }
                " "
            }
        }
    }

    static func details(_ t: Localizer, _ record: KnowledgeRecord) -> HTMLNode {
        dl(.class("details card")) {
            dt { t(.knowledgeFieldCountries) }
            dd { KnowledgeLabels.countries(record.countries, t: t) }
            dt { t(.knowledgeFieldDate) }
            dd { record.date?.description ?? "—" }
            if let details = record.courtCase {
                dt { t(.knowledgeFieldCourt) }
                dd { details.court.isEmpty ? "—" : details.court }
                dt { t(.knowledgeFieldStage) }
                dd { KnowledgeLabels.vocabulary(details.stage, t: t) }
                dt { t(.knowledgeFieldLegalSystem) }
                dd { KnowledgeLabels.vocabulary(details.legalSystem, t: t) }
                dt { t(.knowledgeFieldCrimes) }
                dd { KnowledgeLabels.list(details.crimes, t: t) }
                dt { t(.knowledgeFieldDefendants) }
                dd { details.defendants.isEmpty ? "—" : details.defendants.map { KnowledgeLabels.party($0, t: t) }.joined(separator: "; ") }
                dt { t(.knowledgeFieldVictims) }
                dd { details.victims.isEmpty ? "—" : details.victims.map { KnowledgeLabels.party($0, t: t) }.joined(separator: "; ") }
                dt { t(.knowledgeFieldCharges) }
                dd { details.charges.isEmpty ? "—" : details.charges }
                dt { t(.knowledgeFieldVerdict) }
                dd { KnowledgeLabels.vocabulary(details.verdict, t: t) }
                dt { t(.knowledgeFieldSentence) }
                dd { details.sentence.isEmpty ? "—" : details.sentence }
            }
            if let details = record.legislation {
                dt { t(.knowledgeFieldLawStatus) }
                dd { KnowledgeLabels.vocabulary(details.status, t: t) }
            }
            if let details = record.bibliography {
                dt { t(.knowledgeFieldAuthors) }
                dd { details.authors.isEmpty ? "—" : details.authors.joined(separator: "; ") }
                dt { t(.knowledgeFieldPublisher) }
                dd { details.publisher.isEmpty ? "—" : details.publisher }
                dt { t(.knowledgeFieldPublicationType) }
                dd { KnowledgeLabels.vocabulary(details.publicationType, t: t) }
                dt { t(.knowledgeFieldMethod) }
                dd { KnowledgeLabels.vocabulary(details.researchMethod, t: t) }
                if !details.link.isEmpty {
                    dt { t(.knowledgeFieldLink) }
                    dd { a(.href(details.link), .rel("noopener noreferrer")) { details.link } }
                }
            }
            dt { t(.knowledgeFieldExploitation) }
            dd { record.exploitation.isEmpty ? "—" : record.exploitation.map { t.text(forKey: $0.labelKey) }.joined(separator: ", ") }
            dt { t(.knowledgeFieldArticles) }
            dd { KnowledgeLabels.list(record.articles, t: t) }
            dt { t(.knowledgeFieldIssues) }
            dd { KnowledgeLabels.list(record.issues, t: t) }
            dt { t(.knowledgeFieldKeywords) }
            dd { record.keywords.isEmpty ? "—" : record.keywords.joined(separator: ", ") }
            dt { t(.knowledgeFieldLanguages) }
            dd { record.languages.map { KnowledgeLabels.languageName($0.alpha3, t: t) }.joined(separator: ", ") }
            if !record.sources.isEmpty {
                dt { t(.knowledgeFieldSources) }
                dd { record.sources.joined(separator: "; ") }
            }
        }
    }

    static func provisions(_ t: Localizer, _ provisions: [Provision]) -> HTMLNode {
        section(.class("provisions")) {
            h2 { t(.knowledgeFieldProvisions) }
            for provision in provisions {
                section(.id("article-\(provision.article)")) {
                    h3 { [t(.knowledgeArticleRef, ["article": provision.article]), provision.heading].filter { !$0.isEmpty }.joined(separator: " — ") }
                    paragraphs(provision.text)
                }
            }
        }
    }

    static func links(_ t: Localizer, _ title: String, _ records: [(KnowledgePortal.Published, String)], empty: String?, id: String, language: LanguageCode?) -> HTMLNode {
        if records.isEmpty && empty == nil { return .empty }
        return section(.class("card knowledge-links"), .id(id)) {
            h2 { title }
            if records.isEmpty, let empty { p(.class("empty")) { empty } }
            ul {
                for (record, article) in records {
                    li {
                        a(.href(path(record.id))) { record.record.title(for: language) }
                        if !article.isEmpty { " (" + t(.knowledgeArticleRef, ["article": article]) + ")" }
                    }
                }
            }
        }
    }

    /// Text split on blank lines into paragraphs; line breaks inside are kept by CSS.
    static func paragraphs(_ text: String) -> HTMLNode {
        div(.class("prose")) {
            for paragraph in text.components(separatedBy: "\n\n") where !paragraph.allSatisfy(\.isWhitespace) {
                p { paragraph }
            }
        }
    }
}
