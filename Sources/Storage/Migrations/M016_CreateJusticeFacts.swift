import FluentKit
import SQLKit

/// The justice-facts table that the GLOTIP persons tables read (see ``JusticeFacts``), filled here
/// from the stages already recorded.
struct M016_CreateJusticeFacts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(JusticeFacts.schema)
            .field("stage_id", .uuid, .identifier(auto: false))
            .foreignKey("stage_id", references: JusticeStageModel.schema, .id, onDelete: .cascade)
            .field("case_id", .uuid, .required)
            .field("organisation_id", .uuid, .required)
            .field("person_id", .uuid, .required)
            .field("stage", .string, .required)
            .field("year", .int)
            .field("reached_on", .string, .required)
            .field("sex", .string, .required)
            .field("age", .string, .required)
            .field("citizenship", .string)
            .field("case_group", .string)
            .field("article", .string)
            .create()
        let sql = Backend.sqlDatabase(database)
        let indexes: [(String, [String])] = [
            // A year's persons by stage, sex, age, citizenship and group come from this index alone.
            ("justice_facts_stage_idx", ["stage", "year", "sex", "age", "person_id", "citizenship", "case_group", "organisation_id"]),
            // Offences: articles per case, with the date of the first formal contact.
            ("justice_facts_offence_idx", ["stage", "year", "case_id", "article", "reached_on", "organisation_id"]),
            ("justice_facts_case_idx", ["case_id"]),
        ]
        for (name, columns) in indexes {
            var builder = sql.create(index: name).on(JusticeFacts.schema)
            for column in columns { builder = builder.column(column) }
            try await builder.run()
        }
        try await JusticeFacts.rebuild(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(JusticeFacts.schema).delete()
    }
}
