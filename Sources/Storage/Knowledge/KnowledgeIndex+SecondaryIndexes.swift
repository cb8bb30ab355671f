import SQLKit

extension KnowledgeIndex {
    /// Runs a bulk load of many batches (`body`) that adds about `count`
    /// records. When the index holds fewer records than that (a new portal, or
    /// one with the few demo documents), its secondary indexes
    /// (`KnowledgeIndexSchema.secondaryIndexes`) are dropped first and each
    /// built once at the end: one sorted build costs less than keeping them
    /// current row by row (at 100,000 records the load ran 28 s faster and the
    /// builds took 21 s), and the gap grows with the index. Searches stay
    /// correct meanwhile, only slower. Into a larger index the load runs as it
    /// is: rebuilding would cost more than it saves.
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
        try await KnowledgeIndexSchema(isPostgres: isPostgres).createSecondaryIndexes(on: sql)
    }
}
