import CaseModel
import Fluent
import Foundation
import KnowledgeBase
import KnowledgeSearch
import Storage

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

    /// One search result.
    struct Hit: Sendable {
        let published: Published
        let snippet: Snippet
    }

    struct Page: Sendable {
        let hits: [Hit]
        let total: Int
        let facets: [KnowledgeField: [FacetCount]]
        let nextCursor: String?
    }

    func search(_ input: KnowledgeQueryInput) async throws -> Page {
        let request = try input.request()
        let language = try input.language()
        let result = try await KnowledgeIndex(database, facetCache: context.knowledgeFacets).search(request)
        let records = try await published(keys: result.hits.map(\.key))
        let hits = result.hits.compactMap { hit in
            records[hit.key].map { published in
                Hit(published: published, snippet: request.query.map { published.record.snippet(for: $0, language: language) }
                    ?? Snippet.make(text: published.record.text(for: language)?.summary ?? "", terms: []))
            }
        }
        return Page(hits: hits, total: result.total, facets: result.facets, nextCursor: result.next?.token)
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
        guard !keys.isEmpty else { return [:] }
        var result: [Int: Published] = [:]
        for model in try await KnowledgeRecordModel.query(on: database).filter(\.$searchKey ~~ Set(keys)).all() {
            if let published = try Self.published(model) { result[published.key] = published }
        }
        return result
    }

    static func published(_ model: KnowledgeRecordModel) throws -> Published? {
        guard model.recordStatus.isPublic, let data = model.published, let id = model.id else { return nil }
        return Published(id: id, key: model.searchKey, record: try KnowledgeEditing.decode(data), publishedAt: model.publishedAt)
    }
}
