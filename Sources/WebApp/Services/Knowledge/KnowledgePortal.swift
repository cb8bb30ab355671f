import CaseModel
import Fluent
import Foundation
import KnowledgeBase
import KnowledgeSearch
import Storage
import Vapor

/// The public side of the knowledge portal: search and read published records,
/// with their citations and similar records. Nothing here needs a caller, and
/// nothing here can see a draft: search reads the index, which holds published
/// versions only, and reads decode the `published` column.
struct KnowledgePortal {
    let database: any Database
    let context: LibertasContext

    /// A published record.
    struct Published: Sendable {
        let id: UUID
        let key: Int
        let record: KnowledgeRecord
        let publishedAt: Date?
    }

    /// One search result: what a result list shows of the record, in the
    /// reader's language (kept small: pages of these are cached).
    struct Hit: Sendable {
        let id: UUID
        let type: KnowledgeRecordType
        let title: String
        let date: String?
        let countries: [String]
        let languages: [LanguageCode]
        let snippet: Snippet

        init(id: UUID, _ record: KnowledgeListing, language: LanguageCode?, snippet: Snippet) {
            self.id = id
            type = record.type
            title = record.title(for: language)
            date = record.date?.description
            countries = record.countries
            languages = record.languages
            self.snippet = snippet
        }
    }

    struct Page: Sendable {
        let hits: [Hit]
        let total: Int
        let facets: [KnowledgeField: [FacetCount]]
        let nextCursor: String?
        /// The API's JSON of this page, made once: a cached page is served many
        /// times, and encoding its facet counts was most of a cached answer's time.
        let apiBody = EncodedOnce()
    }

    /// A value computed on first use and kept (shared by every copy of the page).
    final class EncodedOnce: @unchecked Sendable {
        private let lock = NSLock()
        private var buffer: ByteBuffer?

        func value(_ make: () throws -> ByteBuffer) rethrows -> ByteBuffer {
            if let buffer = lock.withLock({ buffer }) { return buffer }
            let made = try make()
            lock.withLock { buffer = made }
            return made
        }
    }

    func search(_ input: KnowledgeQueryInput) async throws -> Page {
        let request = try input.request()
        let language = try input.language()
        let cache = context.knowledgeSearches
        let key = cache.isEnabled ? KnowledgeSearchCache.Key(generation: try await KnowledgeIndex(database).generation(), request: request, language: language?.alpha3) : nil
        if let key, let page = cache.page(for: key) { return page }
        let result = try await KnowledgeIndex(database, facetCache: context.knowledgeFacets, engine: context.knowledgeEngine).search(request, generation: key?.generation)
        let listings = try await listings(keys: result.hits.map(\.key))
        let hits = result.hits.compactMap { hit in
            listings[hit.key].map { id, listing in
                Hit(id: id, listing, language: language, snippet: request.query.map { listing.snippet(for: $0, language: language) }
                    ?? Snippet.make(text: listing.text(for: language)?.summary ?? "", terms: []))
            }
        }
        let page = Page(hits: hits, total: result.total, facets: result.facets, nextCursor: result.next?.token)
        if let key { cache.store(page, for: key) }
        return page
    }

    /// A published record, or 404 (drafts and withdrawn records do not exist for the public).
    func record(_ id: UUID) async throws -> Published {
        guard let model = try await KnowledgeRecordModel.find(id, on: database), let published = try Self.published(model) else { throw AppError.notFound }
        return published
    }

    /// Published records citing this one, and published records it cites.
    func links(of record: Published) async throws -> (citedBy: [(Published, String)], cites: [(Published, String)]) {
        let index = KnowledgeIndex(database)
        let citing = try await index.citing(record.key)
        let cited = try await index.cited(by: record.key)
        let records = try await published(keys: citing.map(\.key) + cited.map(\.key))
        return (citing.compactMap { link in records[link.key].map { ($0, link.article) } },
                cited.compactMap { link in records[link.key].map { ($0, link.article) } })
    }

    /// Records of the same type most like this one: candidates sharing facets,
    /// ranked by TF-IDF text cosine blended with facet overlap (`SimilarityIndex`).
    func similar(to record: Published, limit: Int = 5) async throws -> [Published] {
        let candidates = try await KnowledgeIndex(database).neighbours(of: record.key, type: record.record.type, limit: 200)
        guard !candidates.isEmpty else { return [] }
        let records = try await published(keys: candidates)
        let documents = [record.record.similarityDocument(id: String(record.key))]
            + candidates.compactMap { key in records[key].map { $0.record.similarityDocument(id: String(key)) } }
        return SimilarityIndex(documents: documents).similar(to: String(record.key), limit: limit).compactMap { Int($0.id).flatMap { records[$0] } }
    }

    /// Published records by search key.
    func published(keys: [Int]) async throws -> [Int: Published] {
        var result: [Int: Published] = [:]
        for model in try await publishedColumns(keys: keys) {
            if let published = try Self.published(model) { result[published.key] = published }
        }
        return result
    }

    /// What search results show of the public records among `keys`, by key.
    func listings(keys: [Int]) async throws -> [Int: (id: UUID, listing: KnowledgeListing)] {
        guard !keys.isEmpty else { return [:] }
        // Rows rather than models: Fluent's reading of each model's fields was
        // a tenth of a new search's time on PostgreSQL.
        // The status is checked here, not in SQL: given both, SQLite's planner
        // took the status index and read every published record.
        let rows = try await Backend.sqlDatabase(database).select()
            .columns("id", "search_key", "status", "published").from(KnowledgeRecordModel.schema)
            .where("search_key", .in, keys)
            .all()
        var result: [Int: (id: UUID, listing: KnowledgeListing)] = [:]
        for row in rows {
            guard KnowledgeStatus(rawValue: try row.decode(column: "status", as: String.self))?.isPublic == true,
                  let data = try row.decode(column: "published", as: String?.self) else { continue }
            result[try row.decode(column: "search_key", as: Int.self)] =
                (try row.decode(column: "id", as: UUID.self), try KnowledgeEditing.decode(data, as: KnowledgeListing.self))
        }
        return result
    }

    /// The records among `keys` with only the columns a public reader needs:
    /// the draft column is as large as the published one, and a page of hits
    /// would read it twenty times for nothing.
    private func publishedColumns(keys: [Int]) async throws -> [KnowledgeRecordModel] {
        guard !keys.isEmpty else { return [] }
        return try await KnowledgeRecordModel.query(on: database).filter(\.$searchKey ~~ Set(keys))
            .field(\.$id).field(\.$searchKey).field(\.$status).field(\.$published).field(\.$publishedAt).all()
    }

    static func published(_ model: KnowledgeRecordModel) throws -> Published? {
        guard model.recordStatus.isPublic, let data = model.published, let id = model.id else { return nil }
        return Published(id: id, key: model.searchKey, record: try KnowledgeEditing.decode(data), publishedAt: model.publishedAt)
    }
}
