import FluentKit
import SQLKit

/// National statistics: the country of repatriation on victims, perpetrators' criminal-justice
/// stages, the victim-facts table that statistics aggregate (filled here from existing cases), and
/// imported UNODC GLOTIP figures.
struct M015_CreateStatistics: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema(VictimModel.schema).field("repatriated_to", .string).update()
        try await database.schema(VictimModel.schema).field("repatriated_on", .string).update()

        try await database.schema(JusticeStageModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseFileModel.schema, .id, onDelete: .cascade))
            .field("perpetrator_id", .uuid, .required, .references(PerpetratorModel.schema, .id, onDelete: .cascade))
            .field("stage", .string, .required)
            .field("reached_on", .string, .required)
            .field("article", .string)
            .field("recorded_by", .uuid)
            .field("created_at", .datetime)
            .create()

        try await database.schema(VictimFacts.schema)
            .field("victim_id", .uuid, .identifier(auto: false))
            .foreignKey("victim_id", references: VictimModel.schema, .id, onDelete: .cascade)
            .field("case_id", .uuid, .required)
            .field("organisation_id", .uuid, .required)
            .field("year", .int)
            .field("month", .int)
            .field("status", .string, .required)
            .field("sex", .string, .required)
            .field("age", .string, .required)
            .field("form_group", .string)
            .field("forms", .int, .required)
            .field("citizenship", .string)
            .field("repatriated_to", .string)
            .field("exploitation_country", .string)
            .field("route_origin", .string)
            .field("route_transit_1", .string)
            .field("route_transit_2", .string)
            .field("route_transit_3", .string)
            .field("route_destination", .string)
            .field("route_origin_area", .string)
            .field("route_destination_area", .string)
            .create()

        try await database.schema(GLOTIPFigureModel.schema)
            .id()
            .field("iso3", .string, .required)
            .field("country", .string, .required)
            .field("region", .string, .required)
            .field("subregion", .string, .required)
            .field("indicator", .string, .required)
            .field("dimension", .string, .required)
            .field("category", .string, .required)
            .field("citizenship_code", .string)
            .field("sex", .string, .required)
            .field("age", .string, .required)
            .field("year", .int, .required)
            .field("value", .int)
            .field("source", .string, .required)
            .field("source_row", .int, .required)
            .field("imported_at", .datetime)
            .create()

        let sql = Backend.sqlDatabase(database)
        let indexes: [(String, String, [String])] = [
            ("justice_stages_stage_idx", JusticeStageModel.schema, ["stage", "reached_on"]),
            ("justice_stages_perpetrator_idx", JusticeStageModel.schema, ["perpetrator_id"]),
            ("justice_stages_case_idx", JusticeStageModel.schema, ["case_id"]),
            // Statistics read one year's facts at a time; the columns they group by follow, so the
            // GLOTIP tables are answered from the index alone.
            ("victim_facts_year_idx", VictimFacts.schema, ["year", "status", "sex", "age", "form_group", "forms", "month", "citizenship", "repatriated_to"]),
            ("victim_facts_route_idx", VictimFacts.schema, ["year", "status", "route_origin", "route_transit_1", "route_transit_2", "route_transit_3",
                                                           "route_destination", "route_origin_area", "route_destination_area"]),
            ("victim_facts_case_idx", VictimFacts.schema, ["case_id"]),
            ("victim_facts_organisation_idx", VictimFacts.schema, ["organisation_id", "year"]),
            // Services and plans are read by victim for the services figures.
            ("services_victim_idx", ServiceModel.schema, ["victim_id"]),
            ("support_plans_victim_idx", SupportPlanModel.schema, ["victim_id"]),
            ("glotip_figures_country_idx", GLOTIPFigureModel.schema, ["iso3", "year", "indicator"]),
        ]
        for (name, table, columns) in indexes {
            var builder = sql.create(index: name).on(table)
            for column in columns { builder = builder.column(column) }
            try await builder.run()
        }
        try await VictimFacts.rebuild(on: database)
    }

    func revert(on database: any Database) async throws {
        for schema in [GLOTIPFigureModel.schema, VictimFacts.schema, JusticeStageModel.schema] {
            try await database.schema(schema).delete()
        }
        try await database.schema(VictimModel.schema).deleteField("repatriated_to").update()
        try await database.schema(VictimModel.schema).deleteField("repatriated_on").update()
    }
}
