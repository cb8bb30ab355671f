import CaseModel
import Foundation
import KnowledgeBase
import Storage
import Vapor

/// One result of a portal search (`/knowledge/search`).
struct KnowledgeResultDTO: Content {
    var id: UUID
    var type: String
    var title: String
    /// An excerpt around the matches, plain text.
    var snippet: String
    /// The same excerpt as HTML, matches in `<mark>`, everything else escaped.
    var snippetHtml: String
    var date: String?
    var countries: [String]
    var languages: [String]

    init(_ hit: KnowledgePortal.Hit) {
        id = hit.id
        type = hit.type.rawValue
        title = hit.title
        snippet = hit.snippet.text
        snippetHtml = hit.snippet.html
        date = hit.date
        countries = hit.countries
        languages = hit.languages.map(\.alpha3)
    }

    static let schema = JSONSchema.object([
        ("id", .uuid), ("type", .string(values: KnowledgeRecordType.allCases.map(\.rawValue))), ("title", .string()),
        ("snippet", .string()), ("snippetHtml", .string()), ("date", .string()), ("countries", .array(.string())), ("languages", .array(.string())),
    ], required: ["id", "type", "title", "snippet", "snippetHtml", "countries", "languages"])
}

/// A page of search results with facet counts; `next_cursor` is named as the
/// portal's published interface has it.
struct KnowledgeSearchDTO: Content {
    struct Count: Content {
        var value: String
        var count: Int
    }

    var results: [KnowledgeResultDTO]
    var total: Int
    var facets: [String: [Count]]
    var next_cursor: String?

    init(_ page: KnowledgePortal.Page) {
        results = page.hits.map(KnowledgeResultDTO.init)
        total = page.total
        facets = Dictionary(uniqueKeysWithValues: KnowledgeField.counted.map { field in
            (field.rawValue, page.facets[field, default: []].map { Count(value: $0.value, count: $0.count) })
        })
        next_cursor = page.nextCursor
    }

    /// `next_cursor` is always written, as `null` on the last page.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(results, forKey: .results)
        try container.encode(total, forKey: .total)
        try container.encode(facets, forKey: .facets)
        try container.encode(next_cursor, forKey: .next_cursor)
    }

    static let schema = JSONSchema.object([
        ("results", .array(.ref("KnowledgeResult"))),
        ("total", .integer(minimum: 0)),
        ("facets", .object(KnowledgeField.counted.map { ($0.rawValue, .array(.object([("value", .string()), ("count", .integer(minimum: 1))], required: ["value", "count"]))) },
                           required: KnowledgeField.counted.map(\.rawValue))),
        ("next_cursor", .nullable(.string())),
    ], required: ["results", "total", "facets", "next_cursor"])
}

/// A published record with its links, as the public reads it.
struct PublishedKnowledgeDTO: Content {
    struct Link: Content {
        var id: UUID
        var type: String
        var title: String
        var article: String?
    }

    var id: UUID
    var record: KnowledgeRecord
    var publishedAt: Date?
    var citedBy: [Link]
    var cites: [Link]
    var similar: [Link]

    static let schema = JSONSchema.object([
        ("id", .uuid), ("record", .ref("KnowledgeRecord")), ("publishedAt", .dateTime),
        ("citedBy", .array(.ref("KnowledgeLink"))), ("cites", .array(.ref("KnowledgeLink"))), ("similar", .array(.ref("KnowledgeLink"))),
    ], required: ["id", "record", "citedBy", "cites", "similar"])

    static let linkSchema = JSONSchema.object([("id", .uuid), ("type", .string()), ("title", .string()), ("article", .string())], required: ["id", "type", "title"])
}

/// A record on the editors' desk: its draft and editorial state.
struct EditorKnowledgeDTO: Content {
    var id: UUID
    var status: String
    var revision: Int
    var draft: KnowledgeRecord
    var hasPublishedVersion: Bool
    var publishedAt: Date?
    var createdAt: Date?
    var updatedAt: Date?

    init(_ model: KnowledgeRecordModel) throws {
        id = try model.requireID()
        status = model.status
        revision = model.revision
        draft = try KnowledgeEditing.decode(model.draft)
        hasPublishedVersion = model.published != nil
        publishedAt = model.publishedAt
        createdAt = model.createdAt
        updatedAt = model.updatedAt
    }

    static let schema = JSONSchema.object([
        ("id", .uuid), ("status", .string(values: KnowledgeStatus.allCases.map(\.rawValue))), ("revision", .integer(minimum: 1)),
        ("draft", .ref("KnowledgeRecord")), ("hasPublishedVersion", .boolean), ("publishedAt", .dateTime), ("createdAt", .dateTime), ("updatedAt", .dateTime),
    ], required: ["id", "status", "revision", "draft", "hasPublishedVersion"])
}

/// One saved version of a record.
struct KnowledgeRevisionDTO: Content {
    var number: Int
    var action: String
    /// Nil for changes made from the command line (imports, seeds).
    var userId: UUID?
    var at: Date?

    static let schema = JSONSchema.object([("number", .integer(minimum: 1)), ("action", .string()), ("userId", .uuid), ("at", .dateTime)],
                                          required: ["number", "action"])
}

/// The JSON form of `KnowledgeRecord`, the body editors send and the record the public reads.
enum KnowledgeSchemas {
    static func values<V: KnowledgeVocabulary>(_: V.Type) -> JSONSchema { .string(values: V.allCases.map(\.rawValue)) }

    static let party = JSONSchema.object([
        ("count", .integer(minimum: 1, maximum: KnowledgeLimits.maximumPartyCount)), ("sex", values(PartyGroup.Sex.self)),
        ("ageBand", values(PartyGroup.AgeBand.self)), ("citizenship", .array(.string())),
    ], required: ["count", "sex", "ageBand", "citizenship"])

    static let record = JSONSchema.object([
        ("type", values(KnowledgeRecordType.self)),
        ("countries", .array(.string(description: "ISO 3166 alpha-3"))),
        ("date", .string(description: "YYYY, YYYY-MM or YYYY-MM-DD")),
        ("articles", .array(values(ProtocolArticle.self))),
        ("exploitation", .array(CaseSchemas.code(ExploitationType.self))),
        ("issues", .array(values(KnowledgeIssue.self))),
        ("keywords", .array(.string())),
        ("sources", .array(.string())),
        ("texts", .array(.object([
            ("language", .string(description: "ISO 639")), ("title", .string()), ("summary", .string()), ("commentary", .string()), ("body", .string()),
            ("provisions", .array(.object([("article", .string()), ("heading", .string()), ("text", .string())], required: ["article", "heading", "text"]))),
        ], required: ["language", "title", "summary", "commentary", "body", "provisions"]))),
        ("citations", .array(.object([("record", .uuid), ("article", .string())], required: ["record", "article"]))),
        ("courtCase", .object([
            ("court", .string()), ("stage", values(CourtStage.self)), ("legalSystem", values(LegalSystem.self)), ("crimes", .array(values(CrimeType.self))),
            ("defendants", .array(party)), ("victims", .array(party)), ("charges", .string()), ("verdict", values(Verdict.self)), ("sentence", .string()),
        ], required: ["court", "crimes", "defendants", "victims", "charges", "sentence"])),
        ("legislation", .object([("status", values(LegislationStatus.self))], required: [])),
        ("bibliography", .object([
            ("authors", .array(.string())), ("publisher", .string()), ("publicationType", values(PublicationType.self)),
            ("researchMethod", values(ResearchMethod.self)), ("link", .string()),
        ], required: ["authors", "publisher", "link"])),
    ], required: ["type", "countries", "articles", "exploitation", "issues", "keywords", "sources", "texts", "citations"])

    static let components: [String: JSONSchema] = [
        "KnowledgeRecord": record,
        "KnowledgeResult": KnowledgeResultDTO.schema,
        "KnowledgeSearch": KnowledgeSearchDTO.schema,
        "KnowledgeLink": PublishedKnowledgeDTO.linkSchema,
        "PublishedKnowledgeRecord": PublishedKnowledgeDTO.schema,
        "EditorKnowledgeRecord": EditorKnowledgeDTO.schema,
        "KnowledgeRevision": KnowledgeRevisionDTO.schema,
    ]
}

/// A case digest in the API: one section per issue, its cases newest first.
struct CaseDigestDTO: Content {
    struct Entry: Content {
        var id: UUID
        var title: String
        var court: String
        var countries: [String]
        var date: String?
        var summary: String
    }

    struct Section: Content {
        var issue: String
        var cases: [Entry]
    }

    var sections: [Section]

    init(_ digest: CaseDigest, language: LanguageCode?) {
        sections = digest.sections.map { section in
            Section(issue: section.issue.rawValue, cases: section.entries.map { entry in
                Entry(id: entry.id, title: entry.record.title(for: language), court: entry.record.courtCase?.court ?? "", countries: entry.record.countries,
                      date: entry.record.date?.description, summary: entry.record.text(for: language)?.summary ?? "")
            })
        }
    }
}

