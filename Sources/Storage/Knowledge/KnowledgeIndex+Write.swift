import FluentKit
import KnowledgeBase
import KnowledgeSearch
import SQLKit

/// Reads and writes the search tables (`KnowledgeIndexSchema`).
public struct KnowledgeIndex: Sendable {
    let sql: any SQLDatabase
    let isPostgres: Bool
    /// Where searches count facets, when given; otherwise they count in SQL.
    let facetCache: KnowledgeFacetCache?
    /// The in-memory index that answers searches when it is current.
    let engine: KnowledgeSearchEngine?

    /// The index on `database`, which may be a transaction.
    ///
    /// - Parameters:
    ///   - facetCache: the cache of the facet values of this database's
    ///     records (one per database, kept for the life of the process).
    ///   - engine: this database's in-memory search index, likewise.
    public init(_ database: any Database, facetCache: KnowledgeFacetCache? = nil, engine: KnowledgeSearchEngine? = nil) {
        self.sql = Backend.sqlDatabase(database)
        self.isPostgres = sql.dialect.name == "postgresql"
        self.facetCache = facetCache
        self.engine = engine
    }

    /// A citation as stored: the citing record cites `key`, optionally at an article.
    public struct Link: Sendable, Equatable {
        public let key: Int
        public let article: String
        public init(key: Int, article: String) {
            self.key = key
            self.article = article
        }
    }

    /// Puts the published version of a record in the index, replacing any older one.
    public func replace(key: Int, type: KnowledgeRecordType, entry: KnowledgeIndexEntry, links: [Link]) async throws {
        try await replace([Document(key: key, type: type, entry: entry, links: links)])
    }

    /// Takes a record out of the index (withdrawn).
    public func remove(key: Int) async throws {
        try await remove(keys: [key])
    }

    /// How much indexed text PostgreSQL's vector covers (characters for
    /// M021's `left`, bytes of joined tokens for `PostgresVector`); kept under
    /// the 1 MB limit of a tsvector with room for positions.
    static let maximumVectorText = 400_000

    /// PostgreSQL's text search configuration for the index (made by M021):
    /// `simple`, with English words stemmed by Snowball and no stop words
    /// dropped, as SQLite's Porter tokenizer does; other words stay as they are.
    static let textSearchConfiguration = "libertas_search"

    func insertRows(into table: String, _ rows: [[(any Encodable & Sendable)?]]) async throws {
        // 200 rows of 4 values stays far below SQLite's 32,766-variable limit.
        for chunk in stride(from: 0, to: rows.count, by: 200) {
            var builder = StatementBuilder(postgres: isPostgres)
            builder.append("INSERT INTO \(table) VALUES ")
            for (index, row) in rows[chunk..<min(rows.count, chunk + 200)].enumerated() {
                builder.append(index == 0 ? "(" : ", (")
                for (column, value) in row.enumerated() {
                    if column > 0 { builder.append(", ") }
                    if let value { builder.bind(value) } else { builder.append("NULL") }
                }
                builder.append(")")
            }
            try await execute(builder)
        }
    }

    func execute(_ builder: StatementBuilder) async throws {
        try await sql.raw("\(builder.statement)").run()
    }

    func rows(_ builder: StatementBuilder) async throws -> [any SQLRow] {
        try await sql.raw("\(builder.statement)").all()
    }
}
