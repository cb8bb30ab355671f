import CaseModel
import Foundation
import KnowledgeBase
import Localization
import PDFWriter

/// The case digest: choose issues (and optionally narrow by a query), read the
/// digest grouped by issue, download it as PDF.
enum CaseDigestPages {
    struct Model {
        var issues: [KnowledgeIssue]
        var q: String?
        var digest: CaseDigest?
        var error: String?
        var language: LanguageCode?
    }

    static func render(_ context: PageContext, _ model: Model) -> String {
        let t = context.t
        let query = Components.queryString(model.issues.map { ("issue[]", $0.rawValue) } + [("q", model.q ?? "")])
        return Layout.render(context, title: t(.knowledgeDigestTitle), section: .knowledge, description: t(.knowledgeDigestIntro)) {
            h1 { t(.knowledgeDigestTitle) }
            p { t(.knowledgeDigestIntro) }
            form(.class("filters card"), .id("digest-form"), .method("get"), .action("/knowledge/digest")) {
                Components.checkboxes("issue", legend: t(.knowledgeFieldIssues), options: KnowledgeIssue.allCases.map { ($0.rawValue, t.text(forKey: $0.labelKey), nil) },
                                      checked: Set(model.issues.map(\.rawValue)), errors: .none, wide: true)
                Components.textField("q", label: t(.knowledgeDigestNarrow), value: model.q, hint: t(.knowledgeSearchHint), errors: .none, maxLength: 1_000)
                div { button(.type("submit")) { t(.knowledgeDigestMake) } }
            }
            if let error = model.error { Components.notice(error, kind: "error") }
            if let digest = model.digest {
                p(.class("page-actions")) {
                    t(.knowledgeDigestCount, ["count": String(digest.caseCount)])
                    a(.class("button secondary"), .href("/knowledge/digest.pdf" + query), Attribute("download", "case-digest.pdf")) { t(.knowledgeDigestPDF) }
                }
                for part in digest.sections {
                    section(.class("digest-issue"), .id("issue-\(part.issue.rawValue)")) {
                        h2 { t.text(forKey: part.issue.labelKey) }
                        if part.entries.isEmpty { p(.class("empty")) { t(.knowledgeDigestNone) } }
                        for entry in part.entries {
                            article(.class("card")) {
                                h3 { a(.href(KnowledgeRecordPage.path(entry.id))) { entry.record.title(for: model.language) } }
                                p(.class("meta")) { citation(entry.record, t: t) }
                                if let summary = entry.record.text(for: model.language)?.summary, !summary.isEmpty { KnowledgeRecordPage.paragraphs(summary) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// "Court, Country, date": how the digest cites a decision.
    static func citation(_ record: KnowledgeRecord, t: Localizer) -> String {
        [record.courtCase?.court ?? "", record.countries.map(t.countryName).joined(separator: ", "), record.date?.description ?? ""]
            .filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// The same digest as a PDF document, in the reader's interface language.
    static func pdf(_ digest: CaseDigest, t: Localizer, language: LanguageCode?, now: Date) -> Data {
        var document = PDFDocument(title: t(.knowledgeDigestTitle), author: t(.appName), creationDate: now, language: t.language.tag)
        document.add(.title(t(.knowledgeDigestTitle)))
        document.add(.paragraph(t(.knowledgeDigestCount, ["count": String(digest.caseCount)])))
        for section in digest.sections {
            document.add(.heading(t.text(forKey: section.issue.labelKey)))
            if section.entries.isEmpty { document.add(.paragraph(t(.knowledgeDigestNone))) }
            for entry in section.entries {
                document.add(.subheading(entry.record.title(for: language)))
                document.add(.field(label: t(.knowledgeDigestCitation), value: citation(entry.record, t: t)))
                if let summary = entry.record.text(for: language)?.summary, !summary.isEmpty { document.add(.paragraph(summary)) }
                if let commentary = entry.record.text(for: language)?.commentary, !commentary.isEmpty {
                    document.add(.field(label: t(.knowledgeFieldCommentary), value: commentary))
                }
            }
        }
        return document.render()
    }
}
