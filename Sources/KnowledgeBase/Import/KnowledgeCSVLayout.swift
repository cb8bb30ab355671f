import CaseModel
import Foundation

/// The flat CSV layout of the knowledge import: one record per row, one text
/// in the original language and optionally one translation, lists separated
/// by `;` (as in the HTCDS template). `docs/knowledge.md` lists the columns.
public enum KnowledgeCSVLayout {
    /// Every column the layout reads, in the template's order.
    public static let columns = [
        "sourceId", "type", "publish", "language", "title", "summary", "commentary", "body", "attachment",
        "translationLanguage", "translationTitle", "translationSummary",
        "countries", "date", "articles", "exploitation", "issues", "keywords", "sources", "citations",
        "court", "stage", "legalSystem", "crimes", "verdict", "charges", "sentence",
        "defendantsCount", "defendantsSex", "defendantsAge", "victimsCount", "victimsSex", "victimsAge", "victimsCitizenship",
        "lawStatus", "authors", "publisher", "publicationType", "researchMethod", "link",
    ]

    /// The record in `cells` (column name → value), or every problem found in it.
    public static func read(row: Int, _ cells: [String: String]) -> KnowledgeImportOutcome {
        var problems: [KnowledgeImportProblem] = []
        func cell(_ name: String) -> String { (cells[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func list(_ name: String) -> [String] { cell(name).split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        func problem(_ column: String, _ value: String, _ message: String) { problems.append(KnowledgeImportProblem(row: row, column: column, value: value, message: message)) }
        func vocabulary<V: KnowledgeVocabulary>(_ name: String, _: V.Type) -> V? {
            let text = cell(name)
            guard !text.isEmpty else { return nil }
            guard let value = V(loose: text) else {
                problem(name, text, "not one of " + V.allCases.map(\.rawValue).joined(separator: ", "))
                return nil
            }
            return value
        }
        func vocabularies<V: KnowledgeVocabulary>(_ name: String, _: V.Type) -> [V] {
            list(name).compactMap { text in
                guard let value = V(loose: text) else { problem(name, text, "not one of " + V.allCases.map(\.rawValue).joined(separator: ", ")); return nil }
                return value
            }
        }
        func language(_ name: String) -> LanguageCode? {
            let text = cell(name)
            guard let code = LanguageCode(text) else { problem(name, text, "not an ISO 639 language code"); return nil }
            return code
        }
        func count(_ name: String) -> Int? {
            let text = cell(name)
            guard !text.isEmpty else { return nil }
            guard let number = Int(text) else { problem(name, text, "not a whole number"); return nil }
            return number
        }

        let type = vocabulary("type", KnowledgeRecordType.self) ?? {
            if cell("type").isEmpty { problem("type", "", "is required: case, legislation or bibliography") }
            return .courtCase
        }()
        var texts: [KnowledgeText] = []
        if let code = language("language") {
            texts.append(KnowledgeText(language: code, title: cell("title"), summary: cell("summary"), commentary: cell("commentary"), body: cell("body")))
        }
        if !cell("translationLanguage").isEmpty, let code = language("translationLanguage") {
            texts.append(KnowledgeText(language: code, title: cell("translationTitle"), summary: cell("translationSummary")))
        }
        var date: PartialDate?
        if !cell("date").isEmpty {
            date = PartialDate(parsing: cell("date"))
            if date == nil { problem("date", cell("date"), "expected YYYY, YYYY-MM or YYYY-MM-DD") }
        }
        let exploitation: [ExploitationType] = list("exploitation").compactMap { text in
            guard let value = ExploitationType.parse(text) else { problem("exploitation", text, "not an HTCDS form of exploitation"); return nil }
            return value
        }
        let citations: [Citation] = list("citations").compactMap { text in
            let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
            guard let id = UUID(uuidString: parts[0]) else { problem("citations", text, "expected a record id, optionally followed by the article"); return nil }
            return Citation(record: id, article: parts.count > 1 ? parts[1] : "")
        }
        var publish: Bool?
        switch cell("publish").lowercased() {
        case "": publish = nil
        case "true", "yes", "1": publish = true
        case "false", "no", "0": publish = false
        default: problem("publish", cell("publish"), "expected true or false")
        }
        var record = KnowledgeRecord(type: type, countries: list("countries"), date: date, articles: vocabularies("articles", ProtocolArticle.self),
                                     exploitation: exploitation, issues: vocabularies("issues", KnowledgeIssue.self), keywords: list("keywords"),
                                     sources: list("sources"), texts: texts, citations: citations)
        switch type {
        case .courtCase:
            func group(_ prefix: String) -> [PartyGroup] {
                guard let number = count("\(prefix)Count") else { return [] }
                return [PartyGroup(count: number, sex: vocabulary("\(prefix)Sex", PartyGroup.Sex.self) ?? .unknown,
                                   ageBand: vocabulary("\(prefix)Age", PartyGroup.AgeBand.self) ?? .unknown,
                                   citizenship: prefix == "victims" ? list("victimsCitizenship") : [])]
            }
            record.courtCase = CourtCaseDetails(court: cell("court"), stage: vocabulary("stage", CourtStage.self), legalSystem: vocabulary("legalSystem", LegalSystem.self),
                                                crimes: vocabularies("crimes", CrimeType.self), defendants: group("defendants"), victims: group("victims"),
                                                charges: cell("charges"), verdict: vocabulary("verdict", Verdict.self), sentence: cell("sentence"))
        case .legislation:
            record.legislation = LegislationDetails(status: vocabulary("lawStatus", LegislationStatus.self))
        case .bibliography:
            record.bibliography = BibliographyDetails(authors: list("authors"), publisher: cell("publisher"), publicationType: vocabulary("publicationType", PublicationType.self),
                                                      researchMethod: vocabulary("researchMethod", ResearchMethod.self), link: cell("link"))
        }
        if !problems.isEmpty { return .rejected(problems) }
        let source = cell("sourceId")
        let attachment = cell("attachment")
        return .record(KnowledgeImportRow(row: row, record: record, sourceID: source.isEmpty ? nil : source, publish: publish,
                                           attachment: attachment.isEmpty ? nil : attachment))
    }

    /// The CSV column that holds a value reported at a record path after
    /// validation (`texts[0].title` → `title`), for the error file.
    public static func column(forPath path: String) -> String {
        let mapping: [(String, String)] = [
            ("texts[0].title", "title"), ("texts[0].summary", "summary"), ("texts[0].commentary", "commentary"), ("texts[0].body", "body"),
            ("texts[0].language", "language"), ("texts[1].", "translationTitle"), ("texts", "title"),
            ("courtCase.defendants", "defendantsCount"), ("courtCase.victims[0].citizenship", "victimsCitizenship"), ("courtCase.victims", "victimsCount"),
            ("courtCase.", ""), ("bibliography.", ""), ("legislation", "lawStatus"),
        ]
        for (prefix, column) in mapping where path.hasPrefix(prefix) {
            if column.isEmpty { return String(path.dropFirst(prefix.count).prefix { $0 != "[" && $0 != "." }) }
            return column
        }
        return String(path.prefix { $0 != "[" && $0 != "." })
    }
}
