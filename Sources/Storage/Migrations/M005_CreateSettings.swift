import FluentKit

struct M005_CreateSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SettingModel.schema)
            .field("key", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SettingModel.schema).delete()
    }
}
