import CaseModel
import Foundation
import KnowledgeBase
import Localization
import Storage

/// The editors' desk: the list of records in every state, one record's draft
/// with its revisions and the publish and withdraw buttons, and the editor.
enum KnowledgeDeskPages {
    static func list(_ context: PageContext, _ page: ListPage<KnowledgeRecordModel>, status: KnowledgeStatus?, isFirstPage: Bool) -> String {
        let t = context.t
        return Layout.render(context, title: t(.knowledgeDeskTitle), section: .knowledge) {
            div(.class("page-actions")) {
                h1 { t(.knowledgeDeskTitle) }
                a(.class("button"), .href("/knowledge/desk/new?type=case")) { t(.knowledgeNewCase) }
                a(.class("button secondary"), .href("/knowledge/desk/new?type=legislation")) { t(.knowledgeNewLaw) }
                a(.class("button secondary"), .href("/knowledge/desk/new?type=bibliography")) { t(.knowledgeNewPublication) }
                a(.class("button secondary"), .href("/knowledge/desk/import")) { t(.knowledgeImportTitle) }
            }
            form(.class("filters card"), .method("get"), .action("/knowledge/desk")) {
                Components.selectField("status", label: t(.knowledgeDeskFilter), options: KnowledgeStatus.allCases.map { ($0.rawValue, t.text(forKey: "knowledgeStatus.\($0.rawValue)")) },
                                       selected: status?.rawValue, errors: .none, includeBlank: t(.knowledgeDeskAll))
                div { button(.type("submit")) { t(.knowledgeSearchButton) } }
            }
            if page.items.isEmpty { p(.class("empty")) { t(.knowledgeDeskEmpty) } }
            if !page.items.isEmpty {
                table(.class("list")) {
                    thead { tr { th { t(.knowledgeFieldTitle) }; th { t(.knowledgeFieldType) }; th { t(.fieldStatus) }; th { t(.knowledgeRevisions) } } }
                    tbody {
                        for model in page.items {
                            tr {
                                td { a(.href("/knowledge/desk/\(model.id!)")) { model.title.isEmpty ? "—" : model.title } }
                                td { t.text(forKey: "\(KnowledgeRecordType.labelPrefix).\(model.type)") }
                                td { Components.badge(t.text(forKey: "knowledgeStatus.\(model.status)"), kind: "status-\(model.status)") }
                                td { String(model.revision) }
                            }
                        }
                    }
                }
            }
            Components.pagination(nextCursor: page.nextCursor, baseQuery: [("status", status?.rawValue ?? "")], path: "/knowledge/desk", isFirstPage: isFirstPage, t: t)
        }
    }

    static func show(_ context: PageContext, _ model: KnowledgeRecordModel, draft: KnowledgeRecord, revisions: [KnowledgeRevisionModel]) -> String {
        let t = context.t
        let id = model.id!
        let status = model.recordStatus
        return Layout.render(context, title: draft.title(for: nil), section: .knowledge) {
            div(.class("page-actions")) {
                h1 { draft.title(for: nil) }
                a(.class("button secondary"), .href("/knowledge/desk/\(id)/edit")) { t(.knowledgeEdit) }
                if status != .published {
                    form(.class("inline-form"), .method("post"), .action("/knowledge/desk/\(id)/publish")) {
                        Components.csrfField(context.csrfToken)
                        button(.type("submit")) { t(.knowledgePublish) }
                    }
                }
                if status.isPublic {
                    form(.class("inline-form"), .method("post"), .action("/knowledge/desk/\(id)/withdraw")) {
                        Components.csrfField(context.csrfToken)
                        button(.type("submit"), .class("secondary")) { t(.knowledgeWithdraw) }
                    }
                    a(.href(KnowledgeRecordPage.path(id))) { t(.knowledgeViewPublic) }
                }
            }
            p { Components.badge(t.text(forKey: "knowledgeStatus.\(status.rawValue)"), kind: "status-\(status.rawValue)") }
            Components.notice(t(.knowledgeDraftNotice))
            KnowledgeRecordPage.details(t, draft)
            if let text = draft.texts.first, !text.summary.isEmpty {
                section { h2 { t(.knowledgeFieldSummary) }; KnowledgeRecordPage.paragraphs(text.summary) }
            }
            section(.class("card")) {
                h2 { t(.knowledgeRevisions) }
                ul {
                    for revision in revisions {
                        li {
                            t(.knowledgeRevisionLine, ["number": String(revision.number), "action": t.text(forKey: "knowledgeRevision.\(revision.action)")])
                            " · "
                            Components.dateTime(revision.createdAt, t: t)
                        }
                    }
                }
            }
        }
    }

    static func importForm(_ context: PageContext, errors: FormErrors) -> String {
        let t = context.t
        return Layout.render(context, title: t(.knowledgeImportTitle), section: .knowledge) {
            h1 { t(.knowledgeImportTitle) }
            p { t(.knowledgeImportIntro) }
            p(.class("hint")) { t(.knowledgeImportCLIHint) }
            Components.errorSummary(errors, t: t)
            form(.class("stacked card"), .id("knowledge-import"), .method("post"), .action("/knowledge/desk/import"), Attribute("enctype", "multipart/form-data")) {
                Components.csrfField(context.csrfToken)
                div(.class("field")) {
                    label(.for("field-file")) { t(.knowledgeImportFile) }
                    if let error = errors.message(for: "file") { p(.class("field-error"), .id("field-file-error")) { error } }
                    input(.type("file"), .id("field-file"), .name("file"), .required(), Attribute("accept", ".json,.csv"))
                }
                Components.checkbox("publish", label: t(.knowledgeImportPublish), checked: false)
                div { button(.type("submit")) { t(.knowledgeImportSubmit) } }
            }
        }
    }

    static func importResult(_ context: PageContext, _ outcome: ImportOutcome) -> String {
        let t = context.t
        return Layout.render(context, title: t(.importResultTitle), section: .knowledge) {
            h1 { t(.importResultTitle) }
            CaseDataPages.outcomeReport(t, outcome, errorsPath: "/knowledge/desk/import/errors")
            p { a(.class("button"), .href("/knowledge/desk")) { t(.knowledgeImportBack) } }
        }
    }

    struct EditorModel {
        var form: KnowledgeForm
        var type: KnowledgeRecordType
        /// `nil` for a new record.
        var id: UUID?
        var errors: FormErrors
    }

    static func editor(_ context: PageContext, _ model: EditorModel) -> String {
        let t = context.t
        let values = model.form
        let errors = model.errors
        let title = model.id == nil ? t(model.type == .courtCase ? .knowledgeNewCase : model.type == .legislation ? .knowledgeNewLaw : .knowledgeNewPublication) : t(.knowledgeEdit)
        func options<V: KnowledgeVocabulary>(_: V.Type) -> [(value: String, label: String)] { V.allCases.map { ($0.rawValue, t.text(forKey: $0.labelKey)) } }
        func checks<V: KnowledgeVocabulary>(_ name: String, _ legend: TextKey, _: V.Type, _ checked: [String]?) -> HTMLNode {
            Components.checkboxes(name, legend: t(legend), options: V.allCases.map { ($0.rawValue, t.text(forKey: $0.labelKey), nil) }, checked: Set(checked ?? []), errors: errors, wide: true)
        }
        return Layout.render(context, title: title, section: .knowledge) {
            h1 { title }
            Components.errorSummary(errors, t: t)
            form(.class("stacked knowledge-editor"), .id("knowledge-form"), .method("post"), .action(model.id.map { "/knowledge/desk/\($0)" } ?? "/knowledge/desk"),
                 Attribute("enctype", "multipart/form-data")) {
                Components.csrfField(context.csrfToken)
                input(.type("hidden"), .name("type"), .value(model.type.rawValue))
                fieldset(.class("card")) {
                    legend { t(.knowledgePrimaryText) }
                    Components.textField("language", label: t(.knowledgeFieldLanguage), value: values.language ?? "eng", hint: t(.knowledgeFieldLanguageHint), errors: errors, required: true, maxLength: 3)
                    Components.textField("title", label: t(.knowledgeFieldTitle), value: values.title, errors: errors, required: true, maxLength: KnowledgeLimits.maximumTitleLength)
                    CaseComponents.textArea("summary", label: t(.knowledgeFieldSummary), value: values.summary, errors: errors, rows: 5)
                    CaseComponents.textArea("commentary", label: t(.knowledgeFieldCommentary), value: values.commentary, errors: errors, rows: 4)
                    if model.type == .legislation {
                        CaseComponents.textArea("provisions", label: t(.knowledgeFieldProvisions), value: values.provisions, hint: t(.knowledgeProvisionsHint), errors: errors, rows: 6)
                    }
                    CaseComponents.textArea("body", label: t(.knowledgeFieldBody), value: values.body, errors: errors, rows: 8)
                    div(.class("field")) {
                        label(.for("field-attachment")) { t(.knowledgeAttachment) }
                        p(.class("hint"), .id("field-attachment-hint")) { t(.knowledgeAttachmentHint) }
                        if let error = errors.message(for: "attachment") { p(.class("field-error"), .id("field-attachment-error")) { error } }
                        input(.type("file"), .id("field-attachment"), .name("attachment"), Attribute("accept", ".pdf,.txt"), .aria("describedby", "field-attachment-hint"))
                    }
                }
                fieldset(.class("card")) {
                    legend { t(.knowledgeTranslation) }
                    p(.class("hint")) { t(.knowledgeTranslationHint) }
                    Components.textField("translationLanguage", label: t(.knowledgeFieldLanguage), value: values.translationLanguage, hint: t(.knowledgeFieldLanguageHint), errors: errors, maxLength: 3)
                    Components.textField("translationTitle", label: t(.knowledgeFieldTitle), value: values.translationTitle, errors: errors, maxLength: KnowledgeLimits.maximumTitleLength)
                    CaseComponents.textArea("translationSummary", label: t(.knowledgeFieldSummary), value: values.translationSummary, errors: errors, rows: 4)
                    CaseComponents.textArea("translationCommentary", label: t(.knowledgeFieldCommentary), value: values.translationCommentary, errors: errors, rows: 3)
                }
                fieldset(.class("card")) {
                    legend { t(.knowledgeFieldCountries) }
                    Components.textField("countries", label: t(.knowledgeFieldCountries), value: values.countries, hint: t(.knowledgeCommaHint), errors: errors, maxLength: 1_000)
                    Components.textField("date", label: t(.knowledgeFieldDate), value: values.date, hint: t(.knowledgeFieldDateHint), errors: errors, maxLength: 10)
                    Components.textField("keywords", label: t(.knowledgeFieldKeywords), value: values.keywords, hint: t(.knowledgeCommaHint), errors: errors, maxLength: 5_000)
                    CaseComponents.textArea("sources", label: t(.knowledgeFieldSources), value: values.sources, hint: t(.knowledgeLinesHint), errors: errors, rows: 3)
                    CaseComponents.textArea("citations", label: t(.knowledgeFieldCitations), value: values.citations, hint: t(.knowledgeCitationsHint), errors: errors, rows: 3)
                }
                if model.type == .courtCase {
                    fieldset(.class("card")) {
                        legend { t(.knowledgeCaseDetails) }
                        Components.textField("court", label: t(.knowledgeFieldCourt), value: values.court, errors: errors, maxLength: KnowledgeLimits.maximumShortTextLength)
                        Components.selectField("stage", label: t(.knowledgeFieldStage), options: options(CourtStage.self), selected: values.stage, errors: errors, includeBlank: "—")
                        Components.selectField("legalSystem", label: t(.knowledgeFieldLegalSystem), options: options(LegalSystem.self), selected: values.legalSystem, errors: errors, includeBlank: "—")
                        Components.selectField("verdict", label: t(.knowledgeFieldVerdict), options: options(Verdict.self), selected: values.verdict, errors: errors, includeBlank: "—")
                        CaseComponents.textArea("charges", label: t(.knowledgeFieldCharges), value: values.charges, errors: errors, rows: 2)
                        CaseComponents.textArea("sentence", label: t(.knowledgeFieldSentence), value: values.sentence, errors: errors, rows: 2)
                        party("defendants", t(.knowledgeFieldDefendants), values.defendantsCount, values.defendantsSex, values.defendantsAge, values.defendantsCitizenship, t: t, errors: errors)
                        party("victims", t(.knowledgeFieldVictims), values.victimsCount, values.victimsSex, values.victimsAge, values.victimsCitizenship, t: t, errors: errors)
                    }
                    checks("crimes", .knowledgeFieldCrimes, CrimeType.self, values.crimes)
                }
                if model.type == .legislation {
                    Components.selectField("lawStatus", label: t(.knowledgeFieldLawStatus), options: options(LegislationStatus.self), selected: values.lawStatus, errors: errors, includeBlank: "—")
                }
                if model.type == .bibliography {
                    fieldset(.class("card")) {
                        legend { t(.knowledgeTypeBibliography) }
                        CaseComponents.textArea("authors", label: t(.knowledgeFieldAuthors), value: values.authors, hint: t(.knowledgeLinesHint), errors: errors, rows: 3)
                        Components.textField("publisher", label: t(.knowledgeFieldPublisher), value: values.publisher, errors: errors, maxLength: KnowledgeLimits.maximumShortTextLength)
                        Components.selectField("publicationType", label: t(.knowledgeFieldPublicationType), options: options(PublicationType.self), selected: values.publicationType, errors: errors, includeBlank: "—")
                        Components.selectField("researchMethod", label: t(.knowledgeFieldMethod), options: options(ResearchMethod.self), selected: values.researchMethod, errors: errors, includeBlank: "—")
                        Components.textField("link", label: t(.knowledgeFieldLink), value: values.link, type: "url", errors: errors, maxLength: 2_000)
                    }
                }
                Components.checkboxes("exploitation", legend: t(.knowledgeFieldExploitation),
                                      options: ExploitationType.allCases.map { ($0.rawValue, t.text(forKey: $0.labelKey), nil) }, checked: Set(values.exploitation ?? []), errors: errors, wide: true)
                checks("articles", .knowledgeFieldArticles, ProtocolArticle.self, values.articles)
                checks("issues", .knowledgeFieldIssues, KnowledgeIssue.self, values.issues)
                div { button(.type("submit")) { t(.actionSave) } }
            }
        }
    }

    static func party(_ prefix: String, _ legendText: String, _ count: String?, _ sex: String?, _ age: String?, _ citizenship: String?, t: Localizer, errors: FormErrors) -> HTMLNode {
        fieldset(.class("party")) {
            legend { legendText }
            Components.textField("\(prefix)Count", label: t(.knowledgeFieldPartyCount), value: count, type: "number", errors: errors, maxLength: 6)
            Components.selectField("\(prefix)Sex", label: t(.knowledgeFieldSex), options: PartyGroup.Sex.allCases.map { ($0.rawValue, t.text(forKey: $0.labelKey)) }, selected: sex ?? PartyGroup.Sex.unknown.rawValue, errors: errors)
            Components.selectField("\(prefix)Age", label: t(.knowledgeFieldAgeBand), options: PartyGroup.AgeBand.allCases.map { ($0.rawValue, t.text(forKey: $0.labelKey)) }, selected: age ?? PartyGroup.AgeBand.unknown.rawValue, errors: errors)
            Components.textField("\(prefix)Citizenship", label: t(.knowledgeFieldCitizenship), value: citizenship, hint: t(.knowledgeCommaHint), errors: errors, maxLength: 500)
        }
    }

    /// The form field that shows an error reported at a record path
    /// (`texts[0].title` → `title`, `courtCase.victims[0].count` → `victimsCount`).
    static func formField(for path: String) -> String {
        if path.hasPrefix("texts[0].provisions") { return "provisions" }
        if path.hasPrefix("texts[0].") { return String(path.dropFirst("texts[0].".count)) }
        if path.hasPrefix("texts[1].") { return "translation" + String(path.dropFirst("texts[1].".count)).capitalizedFirst }
        if path.hasPrefix("texts") { return "title" }
        for role in ["defendants", "victims"] where path.hasPrefix("courtCase.\(role)") {
            let last = path.split(separator: ".").last.map(String.init) ?? "count"
            return role + (last == "ageBand" ? "Age" : last.capitalizedFirst)
        }
        for prefix in ["courtCase.", "bibliography."] where path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        if path.hasPrefix("legislation.") { return "lawStatus" }
        if path.hasPrefix("keywords") { return "keywords" }
        if path.hasPrefix("sources") { return "sources" }
        if path.hasPrefix("citations") { return "citations" }
        return path
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
