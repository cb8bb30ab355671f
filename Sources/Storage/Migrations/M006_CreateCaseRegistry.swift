import FluentKit
import SQLKit

/// The case registry: cases, persons, victim and perpetrator contexts, their
/// multi-select values, the route, consent, support, comments, attachments and
/// the blind name index.
struct M006_CreateCaseRegistry: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CaseFileModel.schema)
            .id()
            .field("reference", .string, .required)
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, .id))
            .field("created_by", .uuid, .references(UserModel.schema, .id))
            .field("assigned_to", .uuid, .references(UserModel.schema, .id))
            .field("opened_on", .string, .required)
            .field("status", .string, .required)
            .field("closed_on", .string)
            .field("closure_reason_enc", .string)
            .field("summary_enc", .string)
            .field("source_id", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "reference")
            .unique(on: "source_id")
            .create()

        try await database.schema(PersonModel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(OrganisationModel.schema, .id))
            .field("source_id", .string)
            .field("given_name_enc", .string)
            .field("middle_name_enc", .string)
            .field("family_name_enc", .string)
            .field("aliases_enc", .string)
            .field("birth_date_enc", .string)
            .field("identity_number_enc", .string)
            .field("email_enc", .string)
            .field("phone_enc", .string)
            .field("address_enc", .string)
            .field("notes_enc", .string)
            .field("gender", .string)
            .field("age_group", .string, .required)
            .field("primary_language", .string)
            .field("secondary_language", .string)
            .field("marital_status", .string)
            .field("number_of_children", .int)
            .field("education", .string)
            .field("address_country", .string)
            .field("deceased", .bool, .required)
            .field("duplicate_checked", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "source_id")
            .create()

        try await database.schema(PersonCitizenshipModel.schema)
            .id()
            .field("person_id", .uuid, .required, .references(PersonModel.schema, .id, onDelete: .cascade))
            .field("country", .string, .required)
            .unique(on: "person_id", "country")
            .create()

        try await database.schema(VictimModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseFileModel.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(PersonModel.schema, .id))
            .field("trafficking_status", .string, .required)
            .field("status_decided_by", .string)
            .field("status_decided_on", .string)
            .field("identified_on", .string)
            .field("relationship_to_trafficker", .string)
            .field("age_when_trafficked", .int)
            .field("age_group_at_exploitation", .string, .required)
            .field("forced_labour_industry", .string)
            .field("exploitation_country", .string)
            .field("exploitation_place_enc", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "case_id", "person_id")
            .create()

        try await database.schema(PerpetratorModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseFileModel.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(PersonModel.schema, .id))
            .field("relationship", .string)
            .field("role_details_enc", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "case_id", "person_id")
            .create()

        try await database.schema(CodeValueModel.schema)
            .id()
            .field("owner_id", .uuid, .required)
            .field("field", .string, .required)
            .field("value", .string, .required)
            .unique(on: "owner_id", "field", "value")
            .create()

        try await database.schema(TraffickingEventModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseFileModel.schema, .id, onDelete: .cascade))
            .field("victim_id", .uuid, .references(VictimModel.schema, .id, onDelete: .setNull))
            .field("event_type", .string, .required)
            .field("date_from", .string)
            .field("date_to", .string)
            .field("exact_dates_enc", .string)
            .field("country", .string)
            .field("admin_area", .string)
            .field("city", .string)
            .field("location_enc", .string)
            .field("description_enc", .string)
            .field("created_at", .datetime)
            .create()

        try await database.schema(ConsentModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseFileModel.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(PersonModel.schema, .id))
            .field("purpose", .string, .required)
            .field("granted", .bool, .required)
            .field("given_on", .string, .required)
            .field("method", .string, .required)
            .field("given_by_enc", .string)
            .field("recorded_by", .uuid, .references(UserModel.schema, .id))
            .field("withdrawn_on", .string)
            .field("withdrawal_recorded_by", .uuid, .references(UserModel.schema, .id))
            .field("withdrawal_note_enc", .string)
            .field("created_at", .datetime)
            .create()

        try await database.schema(SupportPlanModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseFileModel.schema, .id, onDelete: .cascade))
            .field("victim_id", .uuid, .required, .references(VictimModel.schema, .id, onDelete: .cascade))
            .field("plan_type", .string, .required)
            .field("objectives_enc", .string)
            .field("action_plan_enc", .string)
            .field("planned_end", .string)
            .field("actual_end", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()

        try await database.schema(ServiceModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseFileModel.schema, .id, onDelete: .cascade))
            .field("victim_id", .uuid, .required, .references(VictimModel.schema, .id, onDelete: .cascade))
            .field("support_plan_id", .uuid, .references(SupportPlanModel.schema, .id, onDelete: .setNull))
            .field("service_type", .string, .required)
            .field("need_enc", .string)
            .field("provider_id", .uuid, .references(OrganisationModel.schema, .id))
            .field("provider_name", .string)
            .field("status", .string, .required)
            .field("start_on", .string)
            .field("end_on", .string)
            .field("notes_enc", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()

        try await database.schema(CaseCommentModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseFileModel.schema, .id, onDelete: .cascade))
            .field("author_id", .uuid, .references(UserModel.schema, .id))
            .field("body_enc", .string, .required)
            .field("created_at", .datetime)
            .create()

        try await database.schema(AttachmentModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseFileModel.schema, .id, onDelete: .cascade))
            .field("uploaded_by", .uuid, .references(UserModel.schema, .id))
            .field("file_name_enc", .string, .required)
            .field("content_type", .string, .required)
            .field("size_bytes", .int, .required)
            .field("sha256", .string, .required)
            .field("created_at", .datetime)
            .create()

        try await database.schema(PersonNameIndexModel.schema)
            .id()
            .field("person_id", .uuid, .required, .references(PersonModel.schema, .id, onDelete: .cascade))
            .field("organisation_id", .uuid, .required)
            .field("digest", .string, .required)
            .unique(on: "person_id", "digest")
            .create()

        let sql = Backend.sqlDatabase(database)
        let indexes: [(String, String, [String])] = [
            ("cases_list_idx", CaseFileModel.schema, ["organisation_id", "opened_on", "id"]),
            ("cases_status_idx", CaseFileModel.schema, ["organisation_id", "status"]),
            ("cases_assigned_idx", CaseFileModel.schema, ["assigned_to"]),
            ("persons_organisation_idx", PersonModel.schema, ["organisation_id"]),
            ("person_citizenships_country_idx", PersonCitizenshipModel.schema, ["country", "person_id"]),
            ("victims_case_idx", VictimModel.schema, ["case_id"]),
            ("victims_person_idx", VictimModel.schema, ["person_id"]),
            ("victims_identified_idx", VictimModel.schema, ["identified_on"]),
            ("perpetrators_case_idx", PerpetratorModel.schema, ["case_id"]),
            ("perpetrators_person_idx", PerpetratorModel.schema, ["person_id"]),
            ("code_values_value_idx", CodeValueModel.schema, ["field", "value", "owner_id"]),
            ("events_case_idx", TraffickingEventModel.schema, ["case_id"]),
            ("consents_case_idx", ConsentModel.schema, ["case_id", "person_id"]),
            ("support_plans_case_idx", SupportPlanModel.schema, ["case_id"]),
            ("services_case_idx", ServiceModel.schema, ["case_id"]),
            ("comments_case_idx", CaseCommentModel.schema, ["case_id"]),
            ("attachments_case_idx", AttachmentModel.schema, ["case_id"]),
            ("name_index_digest_idx", PersonNameIndexModel.schema, ["digest", "organisation_id"]),
        ]
        for (name, table, columns) in indexes {
            var builder = sql.create(index: name).on(table)
            for column in columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    func revert(on database: any Database) async throws {
        for schema in [
            PersonNameIndexModel.schema, AttachmentModel.schema, CaseCommentModel.schema, ServiceModel.schema,
            SupportPlanModel.schema, ConsentModel.schema, TraffickingEventModel.schema, CodeValueModel.schema,
            PerpetratorModel.schema, VictimModel.schema, PersonCitizenshipModel.schema, PersonModel.schema, CaseFileModel.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
