import FluentKit
import SQLKit

/// Referrals and their history, anonymous notifications, and what each consent
/// allows to share (every consent recorded before this allowed everything).
struct M010_CreateReferrals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ConsentModel.schema)
            .field("shares", .string, .required, .sql(.default("Identity;Contact;CaseDetails")))
            .update()

        try await database.schema(ReferralModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseFileModel.schema, .id, onDelete: .cascade))
            .field("victim_id", .uuid, .required, .references(VictimModel.schema, .id, onDelete: .cascade))
            .field("from_organisation_id", .uuid, .required, .references(OrganisationModel.schema, .id))
            .field("to_organisation_id", .uuid, .required, .references(OrganisationModel.schema, .id))
            .field("service_type", .string, .required)
            .field("status", .string, .required)
            .field("shares", .string, .required)
            .field("note_enc", .string)
            .field("decline_reason", .string)
            .field("referred_by", .uuid, .required)
            .field("referred_at", .datetime, .required)
            .field("decided_at", .datetime)
            .field("decided_by", .uuid)
            .field("first_service_at", .datetime)
            .field("closed_at", .datetime)
            .create()

        try await database.schema(ReferralStepModel.schema)
            .id()
            .field("referral_id", .uuid, .required, .references(ReferralModel.schema, .id, onDelete: .cascade))
            .field("step", .string, .required)
            .field("actor_id", .uuid)
            .field("organisation_id", .uuid, .required)
            .field("at", .datetime, .required)
            .field("comment_enc", .string)
            .create()

        try await database.schema(AnonymousNotificationModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, .id))
            .field("sex", .string)
            .field("age_group", .string, .required)
            .field("citizenship", .string)
            .field("exploitation_country", .string)
            .field("exploitation_month", .string)
            .field("notified_month", .string, .required)
            .create()

        let sql = Backend.sqlDatabase(database)
        try await sql.create(index: "referrals_case_idx").on(ReferralModel.schema).column("case_id").run()
        try await sql.create(index: "referrals_incoming_idx").on(ReferralModel.schema).column("to_organisation_id").column("status").column("referred_at").run()
        try await sql.create(index: "referrals_outgoing_idx").on(ReferralModel.schema).column("from_organisation_id").column("status").column("referred_at").run()
        try await sql.create(index: "referral_steps_referral_idx").on(ReferralStepModel.schema).column("referral_id").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AnonymousNotificationModel.schema).delete()
        try await database.schema(ReferralStepModel.schema).delete()
        try await database.schema(ReferralModel.schema).delete()
        try await database.schema(ConsentModel.schema).deleteField("shares").update()
    }
}
