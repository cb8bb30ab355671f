import SQLKit

/// What the bulk loads of the knowledge portal (``KnowledgeIndex/bulkLoad(adding:building:_:)``)
/// and of the case registry (``CaseRegistryBulkLoad``) share: a load that adds more rows than a
/// table holds runs with that table's secondary indexes dropped, and builds them once at the end,
/// also when the load fails.
///
/// Why: a sorted build at the end costs less than keeping the indexes current row by row, and the
/// gap grows with the load. Into a larger table the load runs with the indexes in place, since
/// rebuilding them would cost more than it saves.
enum DeferredIndexBuild {
    /// Runs `body`, which adds about `count` rows to `table`.
    ///
    /// - Parameters:
    ///   - restore: builds whatever indexes are missing; also run first, for a load stopped before.
    ///   - building: called before the indexes are built at the end, to say why the load pauses there.
    static func run<Result>(
        adding count: Int, to table: String, on sql: any SQLDatabase,
        drop: () async throws -> Void, restore: () async throws -> Void,
        building: () -> Void, _ body: () async throws -> Result
    ) async throws -> Result {
        try await restore()
        guard count > 0 else { return try await body() }
        let held = try await sql.raw("SELECT count(*) AS held FROM (SELECT 1 FROM \(ident: table) LIMIT \(bind: count)) AS held")
            .first()?.decode(column: "held", as: Int.self) ?? 0
        guard held < count else { return try await body() }
        try await drop()
        let result: Result
        do {
            result = try await body()
        } catch {
            try? await restore()
            throw error
        }
        building()
        try await restore()
        return result
    }
}
