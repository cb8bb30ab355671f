import CaseModel
import Foundation
import KnowledgeBase
import Vapor

/// The editors' form: one record, its original text and optionally one
/// translation, lists typed one per line or separated by commas. Fields the
/// form does not show (a third language, further party groups) are kept from
/// the draft being edited.
struct KnowledgeForm: Content {
    var type: String?
    var language: String?
    var title: String?
    var summary: String?
    var commentary: String?
    var body: String?
    var provisions: String?
    var translationLanguage: String?
    var translationTitle: String?
    var translationSummary: String?
    var translationCommentary: String?
    var countries: String?
    var date: String?
    var articles: [String]?
    var exploitation: [String]?
    var issues: [String]?
    var keywords: String?
    var sources: String?
    var citations: String?
    var court: String?
    var stage: String?
    var legalSystem: String?
    var crimes: [String]?
    var verdict: String?
    var charges: String?
    var sentence: String?
    var defendantsCount: String?
    var defendantsSex: String?
    var defendantsAge: String?
    var defendantsCitizenship: String?
    var victimsCount: String?
    var victimsSex: String?
    var victimsAge: String?
    var victimsCitizenship: String?
    var lawStatus: String?
    var authors: String?
    var publisher: String?
    var publicationType: String?
    var researchMethod: String?
    var link: String?
    /// A full decision or publication, PDF or text, whose text becomes the full text.
    var attachment: File?

    init() {}

    /// The form with the attachment's text as the full text, when a file was attached.
    /// - Throws: a field error on `attachment` when the file cannot be read.
    func withAttachment(_ request: Request) async throws -> KnowledgeForm {
        guard let file = attachment, file.data.readableBytes > 0 else { return self }
        let name = URL(fileURLWithPath: file.filename).lastPathComponent
        let upload = FileManager.default.temporaryDirectory.appendingPathComponent("libertas-attachment-\(UUID().uuidString)-\(name)")
        try Data(buffer: file.data).write(to: upload)
        defer { try? FileManager.default.removeItem(at: upload) }
        do {
            var copy = self
            copy.body = try await request.application.threadPool.runIfActive { try DocumentText.extract(upload) }
            copy.attachment = nil
            return copy
        } catch let problem as DocumentText.Problem {
            throw AppError.invalid([FieldError("attachment", .knowledgeAttachmentUnreadable, ["reason": problem.description])])
        }
    }

    /// The form filled in from a draft.
    init(_ record: KnowledgeRecord) {
        type = record.type.rawValue
        if let text = record.texts.first {
            language = text.language.alpha3
            title = text.title
            summary = text.summary
            commentary = text.commentary
            body = text.body
            provisions = text.provisions.map { [$0.article, $0.heading, $0.text].joined(separator: " | ") }.joined(separator: "\n")
        }
        if record.texts.count > 1 {
            let text = record.texts[1]
            translationLanguage = text.language.alpha3
            translationTitle = text.title
            translationSummary = text.summary
            translationCommentary = text.commentary
        }
        countries = record.countries.joined(separator: ", ")
        date = record.date?.description
        articles = record.articles.map(\.rawValue)
        exploitation = record.exploitation.map(\.rawValue)
        issues = record.issues.map(\.rawValue)
        keywords = record.keywords.joined(separator: ", ")
        sources = record.sources.joined(separator: "\n")
        citations = record.citations.map { ($0.record.uuidString.lowercased() + " " + $0.article).trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
        if let details = record.courtCase {
            court = details.court
            stage = details.stage?.rawValue
            legalSystem = details.legalSystem?.rawValue
            crimes = details.crimes.map(\.rawValue)
            verdict = details.verdict?.rawValue
            charges = details.charges
            sentence = details.sentence
            if let group = details.defendants.first {
                (defendantsCount, defendantsSex, defendantsAge, defendantsCitizenship) = (String(group.count), group.sex.rawValue, group.ageBand.rawValue, group.citizenship.joined(separator: ", "))
            }
            if let group = details.victims.first {
                (victimsCount, victimsSex, victimsAge, victimsCitizenship) = (String(group.count), group.sex.rawValue, group.ageBand.rawValue, group.citizenship.joined(separator: ", "))
            }
        }
        lawStatus = record.legislation?.status?.rawValue
        if let details = record.bibliography {
            authors = details.authors.joined(separator: "\n")
            publisher = details.publisher
            publicationType = details.publicationType?.rawValue
            researchMethod = details.researchMethod?.rawValue
            link = details.link
        }
    }

    /// The record the form describes, on top of `existing` when editing.
    /// - Throws: `AppError.invalid` naming each field that cannot be read;
    ///   the record's own rules are checked later by `KnowledgeEditing`.
    func record(existing: KnowledgeRecord?) throws -> KnowledgeRecord {
        var validator = Validator()
        let type = existing?.type ?? KnowledgeRecordType(rawValue: self.type ?? "") ?? .courtCase
        func text(_ value: String?) -> String { (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func lines(_ value: String?) -> [String] { text(value).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        func commas(_ value: String?) -> [String] { text(value).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        func languageCode(_ name: String, _ value: String?) -> LanguageCode? {
            guard let code = LanguageCode(text(value)) else { validator.add(name, .knowledgeLanguageInvalid, ["value": text(value)]); return nil }
            return code
        }
        func values<V: KnowledgeVocabulary>(_ name: String, _ raw: [String]?, _: V.Type) -> [V] {
            (raw ?? []).compactMap { value in
                guard let parsed = V(rawValue: value) else { validator.add(name, .validationChoice); return nil }
                return parsed
            }
        }
        func value<V: KnowledgeVocabulary>(_ name: String, _ raw: String?, _: V.Type) -> V? {
            guard !text(raw).isEmpty else { return nil }
            guard let parsed = V(rawValue: text(raw)) else { validator.add(name, .validationChoice); return nil }
            return parsed
        }
        func party(_ prefix: String, _ count: String?, _ sex: String?, _ age: String?, _ citizenship: String?) -> PartyGroup? {
            guard !text(count).isEmpty else { return nil }
            guard let number = Int(text(count)) else { validator.add("\(prefix)Count", .validationNumber); return nil }
            return PartyGroup(count: number, sex: value("\(prefix)Sex", sex, PartyGroup.Sex.self) ?? .unknown,
                              ageBand: value("\(prefix)Age", age, PartyGroup.AgeBand.self) ?? .unknown, citizenship: commas(citizenship))
        }

        var texts: [KnowledgeText] = []
        var provisionList: [Provision] = []
        for (index, line) in lines(provisions).enumerated() {
            let parts = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count < 3 { validator.add("provisions", .knowledgeLinesInvalid, ["line": String(index + 1), "problem": "article | heading | text"]); continue }
            provisionList.append(Provision(article: parts[0], heading: parts[1], text: parts[2]))
        }
        if let code = languageCode("language", language) {
            texts.append(KnowledgeText(language: code, title: text(title), summary: text(summary), commentary: text(commentary), body: text(body), provisions: provisionList))
        }
        if !text(translationLanguage).isEmpty || !text(translationTitle).isEmpty, let code = languageCode("translationLanguage", translationLanguage) {
            let kept = existing?.texts.first { $0.language == code }
            texts.append(KnowledgeText(language: code, title: text(translationTitle), summary: text(translationSummary), commentary: text(translationCommentary),
                                       body: kept?.body ?? "", provisions: kept?.provisions ?? []))
        }
        for extra in existing?.texts.dropFirst(2) ?? [] where !texts.contains(where: { $0.language == extra.language }) { texts.append(extra) }

        var date: PartialDate?
        if !text(self.date).isEmpty {
            date = PartialDate(parsing: text(self.date))
            if date == nil { validator.add("date", .errorBadDate) }
        }
        var citationList: [Citation] = []
        for (index, line) in lines(citations).enumerated() {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard let id = UUID(uuidString: parts[0]) else {
                validator.add("citations", .knowledgeLinesInvalid, ["line": String(index + 1), "problem": parts[0]])
                continue
            }
            citationList.append(Citation(record: id, article: parts.count > 1 ? parts[1] : ""))
        }

        var record = KnowledgeRecord(
            type: type, countries: commas(countries), date: date, articles: values("articles", articles, ProtocolArticle.self),
            exploitation: (exploitation ?? []).compactMap { ExploitationType(rawValue: $0) }, issues: values("issues", issues, KnowledgeIssue.self),
            keywords: commas(keywords), sources: lines(sources), texts: texts, citations: citationList
        )
        switch type {
        case .courtCase:
            let old = existing?.courtCase
            let defendants = party("defendants", defendantsCount, defendantsSex, defendantsAge, defendantsCitizenship).map { [$0] } ?? []
            let victims = party("victims", victimsCount, victimsSex, victimsAge, victimsCitizenship).map { [$0] } ?? []
            record.courtCase = CourtCaseDetails(
                court: text(court), stage: value("stage", stage, CourtStage.self), legalSystem: value("legalSystem", legalSystem, LegalSystem.self),
                crimes: values("crimes", crimes, CrimeType.self),
                defendants: defendants + Array((old?.defendants ?? []).dropFirst()), victims: victims + Array((old?.victims ?? []).dropFirst()),
                charges: text(charges), verdict: value("verdict", verdict, Verdict.self), sentence: text(sentence)
            )
        case .legislation:
            record.legislation = LegislationDetails(status: value("lawStatus", lawStatus, LegislationStatus.self))
        case .bibliography:
            record.bibliography = BibliographyDetails(authors: lines(authors), publisher: text(publisher), publicationType: value("publicationType", publicationType, PublicationType.self),
                                                      researchMethod: value("researchMethod", researchMethod, ResearchMethod.self), link: text(link))
        }
        try validator.throwIfInvalid()
        return record
    }
}
