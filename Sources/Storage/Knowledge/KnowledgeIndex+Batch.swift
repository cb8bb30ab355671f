import Foundation
import KnowledgeBase
import KnowledgeSearch

extension KnowledgeIndex {
    /// One record's published version, as `replace(_:)` takes it.
    public struct Document: Sendable {
        public let key: Int
        public let type: KnowledgeRecordType
        public let entry: KnowledgeIndexEntry
        public let links: [Link]
        /// `entry.text` made ready by `prepare(_:)`, or `nil` for `replace` to do it.
        public let prepared: PreparedText?

        public init(key: Int, type: KnowledgeRecordType, entry: KnowledgeIndexEntry, links: [Link] = [], prepared: PreparedText? = nil) {
            self.key = key
            self.type = type
            self.entry = entry
            self.links = links
            self.prepared = prepared
        }
    }

    /// A record's search text in the form the backend stores: the FTS5 column
    /// on SQLite, the vector on PostgreSQL.
    public enum PreparedText: Sendable {
        case fullText(String)
        case vector(PostgresVectorSource)
    }

    /// Makes normalised texts (`KnowledgeIndexEntry.text`) ready to store, on
    /// every core. A bulk load calls it while it builds the next batch, so the
    /// write transaction does not wait on splitting texts.
    public func prepare(_ texts: [String]) async throws -> [PreparedText] {
        guard isPostgres else { return await Self.inParallel(texts) { .fullText(IndexText.make($0)) } }
        return try await postgresVectors(texts).map(PreparedText.vector)
    }

    /// Puts many published records in the index, replacing older versions:
    /// the rows `replace(key:type:entry:links:)` writes for each, in a few
    /// multi-row statements rather than six or more per record. Bulk loads
    /// spend their time here, so the statement count matters.
    public func replace(_ documents: [Document]) async throws {
        guard !documents.isEmpty else { return }
        try await remove(keys: documents.map(\.key))
        try await write(documents)
    }

    /// Puts records in the index under keys it does not hold yet (a bulk
    /// load's new search keys), without first deleting their older rows.
    public func insert(_ documents: [Document]) async throws {
        guard !documents.isEmpty else { return }
        try await touch()
        try await write(documents)
    }

    private func write(_ documents: [Document]) async throws {
        // 100 texts of a few kilobytes make statements of a megabyte or so.
        for start in stride(from: 0, to: documents.count, by: 100) {
            let chunk = documents[start..<min(documents.count, start + 100)]
            let missing = chunk.filter { $0.prepared == nil }
            var made = try await prepare(missing.map(\.entry.text)).makeIterator()
            let texts = chunk.map { $0.prepared ?? made.next()! }
            var index = StatementBuilder(postgres: isPostgres)
            index.append(isPostgres ? "INSERT INTO knowledge_index (key, type, sort_date, text, vector) VALUES " : "INSERT INTO knowledge_index (key, type, sort_date) VALUES ")
            var fts = StatementBuilder(postgres: false)
            fts.append("INSERT INTO knowledge_fts (rowid, text) VALUES ")
            for (offset, document) in chunk.enumerated() {
                let separator = offset == 0 ? "(" : ", ("
                index.append(separator)
                index.bind(document.key); index.append(", "); index.bind(document.type.rawValue); index.append(", "); index.bind(document.entry.sortDate)
                switch texts[offset] {
                case .vector(let vector):
                    index.append(", "); index.bind(document.entry.text); index.append(", ")
                    switch vector {
                    case .binary(let vector): index.bind(vector); index.append(")")
                    case .parsed(let tokens): index.append("to_tsvector('\(Self.textSearchConfiguration)', "); index.bind(tokens); index.append("))")
                    }
                case .fullText(let text):
                    index.append(")")
                    fts.append(separator); fts.bind(document.key); fts.append(", "); fts.bind(text); fts.append(")")
                }
            }
            try await execute(index)
            if !isPostgres { try await execute(fts) }
        }
        try await insertRows(into: "knowledge_facets (key, field, value, number)", documents.flatMap { document in
            document.entry.facets.map { [document.key, $0.field.rawValue, $0.value, $0.number] }
        })
        try await insertRows(into: "knowledge_links (from_key, to_key, article)", documents.flatMap { document in
            document.links.map { [document.key, $0.key, $0.article] }
        })
    }

    /// How a document's tsvector is written.
    public enum PostgresVectorSource: Sendable {
        /// Made here (`PostgresVector.binary`), bound as it is.
        case binary(PostgresTSVector)
        /// The tokens joined by spaces, for `to_tsvector`: a token had no regular lexeme.
        case parsed(String)
    }

    /// The vectors of normalised texts, all tokens' lexemes asked of the server in one statement.
    func postgresVectors(_ texts: [String]) async throws -> [PostgresVectorSource] {
        let documents = await Self.inParallel(texts) { PostgresVector.terms(ofIndexText: IndexText.make($0), limit: Self.maximumVectorText) }
        let lexemes = try await PostgresLexicon.shared.lexemes(Set(documents.flatMap(\.tokens)), configuration: Self.textSearchConfiguration, on: sql)
        return await Self.inParallel(documents) { terms in
            PostgresVector.binary(terms) { lexemes[$0] ?? nil }.map { .binary(PostgresTSVector(bytes: $0)) } ?? .parsed(terms.text)
        }
    }

    /// `items.map(transform)` on every core: splitting and writing vectors is
    /// most of the client's work in a bulk load on PostgreSQL.
    static func inParallel<T: Sendable, R: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> R) async -> [R] {
        let parts = min(items.count, ProcessInfo.processInfo.activeProcessorCount)
        guard parts > 1 else { return items.map(transform) }
        let size = (items.count + parts - 1) / parts
        return await withTaskGroup(of: (Int, [R]).self) { group in
            for part in 0..<parts {
                let slice = Array(items[(part * size)..<min(items.count, (part + 1) * size)])
                group.addTask { (part, slice.map(transform)) }
            }
            var results = [[R]](repeating: [], count: parts)
            for await (part, mapped) in group { results[part] = mapped }
            return results.flatMap { $0 }
        }
    }

    /// Takes records out of the index (withdrawn, or about to be replaced).
    /// Every write to the index passes here, so here it is marked as changed.
    public func remove(keys: [Int]) async throws {
        try await touch()
        var tables = ["knowledge_facets WHERE key", "knowledge_links WHERE from_key", "knowledge_index WHERE key"]
        if !isPostgres { tables.append("knowledge_fts WHERE rowid") }
        for start in stride(from: 0, to: keys.count, by: 500) {
            let chunk = keys[start..<min(keys.count, start + 500)]
            for table in tables {
                var builder = StatementBuilder(postgres: isPostgres)
                builder.append("DELETE FROM \(table) IN (")
                for (offset, key) in chunk.enumerated() {
                    if offset > 0 { builder.append(", ") }
                    builder.bind(key)
                }
                builder.append(")")
                try await execute(builder)
            }
        }
    }
}
