import CaseModel
import Foundation
import KnowledgeBase
import Storage
import Vapor

/// The knowledge portal: public search and reading of published records, and
/// the editors' drafts, publication and revision history.
enum KnowledgeAPI {
    static let tag = "Knowledge portal"
    static let recordID = APIOperation.Parameter.path("id", "The record's id.")
    static let language = APIOperation.Parameter.query("lang", "The reader's language (ISO 639, e.g. `en`, `zh`): titles and snippets come in it where the record has it.")

    static func register(on api: APIRegistry) {
        registerPublic(on: api)
        registerDigest(on: api)
        registerEditing(on: api)
        registerSavedSearches(on: api)
    }

    static func registerPublic(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/knowledge/search", operationID: "searchKnowledge",
            summary: "Search the published case law, legislation and bibliography. No token needed. The query language has words, \"phrases\", AND/OR/NOT (or -word), parentheses and fields: country:MEX year:2015..2020 type:case crime: exploitation: article:TIP-3b stage: verdict:convicted language:zho issue: court:. Facet counts cover every match, not just the page.",
            tag: tag,
            parameters: [
                .query("q", "The query; empty lists every published record, newest first."),
                language,
                .query("sort", "`relevance` (default; BM25 on SQLite, ts_rank on PostgreSQL), `newest` or `oldest`.", .string(values: KnowledgeSearchRequest.Sort.allCases.map(\.rawValue))),
                .query("cursor", "The previous page's `next_cursor`."),
                .query("limit", "Results per page, 1 to \(KnowledgeQueryInput.maximumLimit) (default \(KnowledgeQueryInput.defaultLimit)).", .integer(minimum: 1, maximum: KnowledgeQueryInput.maximumLimit)),
            ],
            success: .init(status: 200, description: "A page of published records with highlighted snippets and facet counts.", schema: .ref("KnowledgeSearch")),
            errors: [], isPublic: true
        )) { request in
            let page = try await request.knowledgePortal.search(try request.knowledgeQueryInput())
            let body = try page.apiBody.value {
                var buffer = ByteBuffer()
                var headers = HTTPHeaders()
                try ContentConfiguration.global.requireEncoder(for: .json).encode(KnowledgeSearchDTO(page), to: &buffer, headers: &headers)
                return buffer
            }
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(buffer: body))
        }

        api.add(APIOperation(
            method: .GET, path: "/knowledge/records/{id}", operationID: "getKnowledgeRecord",
            summary: "One published record with the records citing it, those it cites and similar records of its type. Drafts and withdrawn records are 404.",
            tag: tag, parameters: [recordID, language],
            success: .init(status: 200, description: "The published record.", schema: .ref("PublishedKnowledgeRecord")), errors: [404], isPublic: true
        )) { request in
            try await request.publishedKnowledgeDTO(id: try request.uuidParameter("id"))
        }
    }

    static func registerDigest(on api: APIRegistry) {
        let entry = JSONSchema.object([("id", .uuid), ("title", .string()), ("court", .string()), ("countries", .array(.string())), ("date", .string()), ("summary", .string())],
                                      required: ["id", "title", "court", "countries", "summary"])
        api.add(APIOperation(
            method: .GET, path: "/knowledge/digest", operationID: "knowledgeCaseDigest",
            summary: "A case digest: the published court cases addressing each chosen issue, newest first (at most \(CaseDigest.maximumCasesPerIssue) per issue). No token needed. The same digest is at /knowledge/digest.pdf as PDF.",
            tag: tag,
            parameters: [.query("issue", "The issues, separated by commas (issue=DigitalEvidence,ConsentIrrelevant)."),
                         .query("q", "Only cases matching this query."), language],
            success: .init(status: 200, description: "The digest, one section per issue.", schema: .object([
                ("sections", .array(.object([("issue", KnowledgeSchemas.values(KnowledgeIssue.self)), ("cases", .array(entry))], required: ["issue", "cases"]))),
            ], required: ["sections"])),
            errors: [], isPublic: true
        )) { request in
            let names = (request.queryValue("issue") ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            var issues: [KnowledgeIssue] = []
            for name in names {
                guard let issue = KnowledgeIssue(rawValue: name) else { throw AppError.badRequest(.knowledgeFieldValueUnknown, ["field": "issue", "value": name, "allowed": ""]) }
                issues.append(issue)
            }
            guard !issues.isEmpty else { throw AppError.badRequest(.knowledgeDigestChoose) }
            let language = try KnowledgeQueryInput(lang: request.queryValue("lang")).language()
            return CaseDigestDTO(try await request.knowledgePortal.digest(issues: issues, query: request.queryValue("q")), language: language)
        }
    }

    static func registerEditing(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/knowledge/drafts", operationID: "listKnowledgeDrafts",
            summary: "Every record in its editorial state, newest first (knowledge editors).", tag: tag,
            parameters: [.query("status", "Only records in this state.", .string(values: KnowledgeStatus.allCases.map(\.rawValue)))] + APIOperation.Parameter.pagination,
            success: .init(status: 200, description: "A page of records.", schema: PageDTO<EditorKnowledgeDTO>.schema(of: "EditorKnowledgeRecord")), errors: [403]
        )) { request in
            let status = try request.queryValue("status").map { value in
                guard let status = KnowledgeStatus(rawValue: value) else { throw AppError.badRequest(.validationChoice) }
                return status
            }
            let page = try await request.knowledgeEditing.list(try request.caller(), status: status, cursor: request.queryValue("cursor"), limit: try request.limit())
            return try PageDTO(page, EditorKnowledgeDTO.init)
        }

        api.add(APIOperation(
            method: .POST, path: "/knowledge/drafts", operationID: "createKnowledgeDraft",
            summary: "Create a record as a draft; nothing is public until it is published.", tag: tag,
            requestBody: .ref("KnowledgeRecord"),
            success: .init(status: 201, description: "The new draft.", schema: .ref("EditorKnowledgeRecord")), errors: [403, 422],
            maxBodySize: "4mb"
        )) { request in
            let caller = try request.caller()
            let id = try await request.knowledgeEditing.create(caller, try request.content.decode(KnowledgeRecord.self))
            return Created(body: try EditorKnowledgeDTO(try await request.knowledgeEditing.load(caller, id: id)))
        }

        api.add(APIOperation(
            method: .GET, path: "/knowledge/drafts/{id}", operationID: "getKnowledgeDraft", summary: "A record's draft and state.", tag: tag,
            parameters: [recordID], success: .init(status: 200, description: "The record.", schema: .ref("EditorKnowledgeRecord")), errors: [403, 404]
        )) { request in
            try EditorKnowledgeDTO(try await request.knowledgeEditing.load(try request.caller(), id: try request.uuidParameter("id")))
        }

        api.add(APIOperation(
            method: .PUT, path: "/knowledge/drafts/{id}", operationID: "updateKnowledgeDraft",
            summary: "Replace the draft. A published record stays public as it was until it is published again.", tag: tag,
            parameters: [recordID], requestBody: .ref("KnowledgeRecord"),
            success: .init(status: 200, description: "The record.", schema: .ref("EditorKnowledgeRecord")), errors: [403, 404, 422], maxBodySize: "4mb"
        )) { request in
            let caller = try request.caller()
            let id = try request.uuidParameter("id")
            try await request.knowledgeEditing.update(caller, id: id, try request.content.decode(KnowledgeRecord.self))
            return try EditorKnowledgeDTO(try await request.knowledgeEditing.load(caller, id: id))
        }

        for (verb, summary) in [("publish", "Publish the draft: it replaces the public version, enters the search index and alerts matching saved searches."),
                                ("withdraw", "Take the record off the public portal; the draft and its history stay.")] {
            api.add(APIOperation(
                method: .POST, path: "/knowledge/drafts/{id}/\(verb)", operationID: "\(verb)KnowledgeRecord", summary: summary, tag: tag,
                parameters: [recordID], success: .init(status: 200, description: "The record.", schema: .ref("EditorKnowledgeRecord")), errors: [403, 404]
            )) { request in
                let caller = try request.caller()
                let id = try request.uuidParameter("id")
                if verb == "publish" { try await request.knowledgeEditing.publish(caller, id: id) } else { try await request.knowledgeEditing.withdraw(caller, id: id) }
                return try EditorKnowledgeDTO(try await request.knowledgeEditing.load(caller, id: id))
            }
        }

        api.add(APIOperation(
            method: .POST, path: "/knowledge/import", operationID: "importKnowledge",
            summary: "Import records from a JSON array (the KnowledgeRecord form, each optionally with sourceId and publish) or CSV (docs/knowledge.md); the body is the file, its Content-Type says which. Bad rows are reported, the others imported; rows whose sourceId was imported before are skipped.",
            tag: tag, parameters: [.query("publish", "`true`: publish rows that do not say otherwise.", .string(values: ["true", "false"]))],
            success: .init(status: 200, description: "The summary and the first rejected rows.", schema: ImportResponse.schema),
            errors: [403, 404, 422], maxBodySize: ByteCount(value: ImportPolicy.maximumUploadBytes)
        )) { request in
            let isJSON = request.headers.contentType?.subType == "json"
            let outcome = try await KnowledgeImportRequest(request: request).run(try request.caller(), fileName: isJSON ? "upload.json" : "upload.csv",
                                                                                 data: request.body.data ?? ByteBuffer(), publish: request.queryValue("publish") == "true")
            return ImportResponse(outcome)
        }

        api.add(APIOperation(
            method: .GET, path: "/knowledge/drafts/{id}/revisions", operationID: "listKnowledgeRevisions", summary: "The record's revisions, newest first.", tag: tag,
            parameters: [recordID], success: .init(status: 200, description: "Revisions.", schema: .array(.ref("KnowledgeRevision"))), errors: [403, 404]
        )) { request in
            try await request.knowledgeEditing.revisions(try request.caller(), id: try request.uuidParameter("id")).map {
                KnowledgeRevisionDTO(number: $0.number, action: $0.action, userId: $0.userID, at: $0.createdAt)
            }
        }
    }
}

extension KnowledgeAPI {
    static func registerSavedSearches(on api: APIRegistry) {
        let schema = JSONSchema.object([("id", .uuid), ("name", .string()), ("query", .string()), ("language", .string()), ("createdAt", .dateTime)],
                                       required: ["id", "name", "query"])
        api.add(APIOperation(
            method: .GET, path: "/knowledge/saved-searches", operationID: "listSavedSearches", summary: "Your saved portal searches.", tag: tag,
            success: .init(status: 200, description: "Saved searches, newest first.", schema: .array(schema))
        )) { request in
            try await request.savedSearches.list(try request.caller()).map(SavedSearchDTO.init)
        }

        api.add(APIOperation(
            method: .POST, path: "/knowledge/saved-searches", operationID: "createSavedSearch",
            summary: "Save a search. When a newly published record matches it, you get an in-app notification and your organisation's webhooks subscribed to `knowledge.match` fire.",
            tag: tag, requestBody: .object([("name", .string()), ("query", .string()), ("language", .string())], required: ["name", "query"]),
            success: .init(status: 201, description: "The saved search.", schema: schema), errors: [409, 422]
        )) { request in
            struct Body: Content { var name: String; var query: String; var language: String? }
            let body = try request.content.decode(Body.self)
            return Created(body: try SavedSearchDTO(try await request.savedSearches.create(try request.caller(), name: body.name, query: body.query, language: body.language)))
        }

        api.add(APIOperation(
            method: .DELETE, path: "/knowledge/saved-searches/{id}", operationID: "deleteSavedSearch", summary: "Delete one of your saved searches.", tag: tag,
            parameters: [.path("id", "The saved search's id.")], success: .init(status: 204, description: "Deleted."), errors: [404]
        )) { request in
            try await request.savedSearches.delete(try request.caller(), id: try request.uuidParameter("id"))
            return HTTPStatus.noContent
        }
    }
}

/// A saved search in the API.
struct SavedSearchDTO: Content {
    var id: UUID
    var name: String
    var query: String
    var language: String?
    var createdAt: Date?

    init(_ model: KnowledgeSavedSearchModel) throws {
        id = try model.requireID()
        name = model.name
        query = model.query
        language = model.language
        createdAt = model.createdAt
    }
}

extension Request {
    var knowledgeEditing: KnowledgeEditing { KnowledgeEditing(database: db, context: libertas) }
    var knowledgePortal: KnowledgePortal { KnowledgePortal(database: db, context: libertas) }
    var savedSearches: SavedSearches { SavedSearches(database: db, context: libertas) }

    func knowledgeQueryInput() throws -> KnowledgeQueryInput {
        KnowledgeQueryInput(q: queryValue("q"), lang: queryValue("lang"), sort: queryValue("sort"), cursor: queryValue("cursor"), limit: try limit())
    }

    /// A published record with its links, in the reader's language.
    func publishedKnowledgeDTO(id: UUID) async throws -> PublishedKnowledgeDTO {
        let language = try KnowledgeQueryInput(lang: queryValue("lang")).language()
        let portal = knowledgePortal
        let published = try await portal.record(id)
        let links = try await portal.links(of: published)
        let similar = try await portal.similar(to: published)
        func link(_ record: KnowledgePortal.Published, _ article: String?) -> PublishedKnowledgeDTO.Link {
            .init(id: record.id, type: record.record.type.rawValue, title: record.record.title(for: language), article: article.flatMap { $0.isEmpty ? nil : $0 })
        }
        return PublishedKnowledgeDTO(id: published.id, record: published.record, publishedAt: published.publishedAt,
                                     citedBy: links.citedBy.map { link($0.0, $0.1) }, cites: links.cites.map { link($0.0, $0.1) },
                                     similar: similar.map { link($0, nil) })
    }
}
