import SQLKit

extension KnowledgeIndex {
    /// Runs a bulk load of many batches (`body`) that adds about `count`
    /// records. When the index holds fewer records than that (a new portal, or
    /// one with the few demo documents), its secondary indexes
    /// (`KnowledgeIndexSchema.secondaryIndexes`) are dropped first and each
    /// built once at the end: one sorted build is several times faster than
    /// updating them row by row. Searches stay correct meanwhile, only slower.
    /// Into a larger index the load runs as it is: rebuilding would cost more
    /// than it saves.
    ///
    /// The indexes are rebuilt also when `body` throws. A process killed
    /// mid-load leaves them to `createMissingIndexes`, which start-up runs.
    ///
    /// - Parameter building: called before the indexes are built at the end,
    ///   to say why the load pauses there.
    public func bulkLoad<Result>(adding count: Int, building: () -> Void = {}, _ body: () async throws -> Result) async throws -> Result {
        let schema = KnowledgeIndexSchema(isPostgres: isPostgres)
        let held = try await sql.raw("SELECT count(*) AS held FROM (SELECT key FROM knowledge_index LIMIT \(bind: count)) AS held").first()?.decode(column: "held", as: Int.self) ?? 0
        guard held < count else {
            try await createMissingIndexes()
            return try await body()
        }
        try await schema.dropSecondaryIndexes(on: sql)
        let result: Result
        do {
            result = try await body()
        } catch {
            try? await createMissingIndexes()
            throw error
        }
        building()
        try await createMissingIndexes()
        return result
    }

    /// Builds the secondary indexes a stopped bulk load left out; a no-op when
    /// all are there.
    public func createMissingIndexes() async throws {
        let schema = KnowledgeIndexSchema(isPostgres: isPostgres)
        guard isPostgres else { return try await schema.createSecondaryIndexes(on: sql) }
        // GIN builds gather entries in maintenance memory and write them out
        // each time it fills; the 64 MB default fills many times at 100,000
        // records. The setting is per connection, so one connection builds all.
        try await sql.withSession { session in
            try await session.raw("SET maintenance_work_mem = '256MB'").run()
            try await schema.createSecondaryIndexes(on: session)
            try await session.raw("RESET maintenance_work_mem").run()
        }
    }
}
