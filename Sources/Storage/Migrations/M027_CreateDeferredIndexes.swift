import FluentKit

/// The definitions of indexes (and foreign keys) a bulk import dropped for its duration
/// (``CaseRegistryBulkLoad``), kept in the database itself so that an import
/// that is stopped half way leaves enough behind to restore them.
struct M027_CreateDeferredIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CaseRegistryBulkLoad.deferredSchema)
            .field("name", .string, .identifier(auto: false))
            .field("definition", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await CaseRegistryBulkLoad.restoreDeferred(on: database)
        try await database.schema(CaseRegistryBulkLoad.deferredSchema).delete()
    }
}
