import KnowledgeBase
import SQLKit

extension KnowledgeIndex {
    /// A published record citing or cited by another, with the article cited.
    public struct LinkedRecord: Sendable, Equatable {
        public let key: Int
        public let article: String
    }

    /// Published records citing `key` ("cited by"; for a law, the cases applying it).
    public func citing(_ key: Int) async throws -> [LinkedRecord] {
        try await linked("SELECT l.from_key AS key, l.article AS article FROM knowledge_links l JOIN knowledge_index i ON i.key = l.from_key WHERE l.to_key = ", key)
    }

    /// Published records that `key` cites.
    public func cited(by key: Int) async throws -> [LinkedRecord] {
        try await linked("SELECT l.to_key AS key, l.article AS article FROM knowledge_links l JOIN knowledge_index i ON i.key = l.to_key WHERE l.from_key = ", key)
    }

    /// Published records of `type` sharing the most facet values (country,
    /// forms of exploitation, articles, issues, crimes) with `key`: the
    /// candidates that "similar cases" then ranks by text.
    public func neighbours(of key: Int, type: KnowledgeRecordType, limit: Int) async throws -> [Int] {
        var builder = StatementBuilder(postgres: isPostgres)
        builder.append("""
            SELECT f2.key AS key, COUNT(*) AS shared FROM knowledge_facets f1 \
            JOIN knowledge_facets f2 ON f2.field = f1.field AND f2.value = f1.value AND f2.key <> f1.key \
            JOIN knowledge_index i ON i.key = f2.key \
            WHERE f1.field IN ('country', 'exploitation', 'article', 'issue', 'crime') AND f1.key = 
            """)
        builder.bind(key)
        builder.append(" AND i.type = ")
        builder.bind(type.rawValue)
        builder.append(" GROUP BY f2.key ORDER BY shared DESC, f2.key LIMIT ")
        builder.bind(limit)
        return try await rows(builder).map { try $0.decode(column: "key", as: Int.self) }
    }

    private func linked(_ sql: String, _ key: Int) async throws -> [LinkedRecord] {
        var builder = StatementBuilder(postgres: isPostgres)
        builder.append(sql)
        builder.bind(key)
        builder.append(" ORDER BY l.article, 1")
        return try await rows(builder).map { LinkedRecord(key: try $0.decode(column: "key", as: Int.self), article: try $0.decode(column: "article", as: String.self)) }
    }
}
