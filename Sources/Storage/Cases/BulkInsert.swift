import FluentKit
import Foundation
import SQLKit

/// A model whose rows can be inserted many at a time without Fluent's generic
/// path.
///
/// Fluent finds a model's columns by reflection (`Mirror`) on every row it
/// saves; in an import that reflection took two thirds of the time. These
/// models list their columns once, by hand. `BulkInsertTests` checks each list
/// against what Fluent itself would write, so a field added to a model and
/// forgotten here fails the tests.
public protocol BulkInsertable: Model where IDValue == UUID {
    /// The columns, in the order of ``bulkValues(now:)``.
    static var bulkColumns: [String] { get }
    /// The row's values; `now` fills the timestamps, as Fluent would on create.
    func bulkValues(now: Date) -> [any SQLExpression]
    /// Sets the timestamps on the model after the insert, as Fluent would.
    func markCreated(at now: Date)
}

extension BulkInsertable {
    public func markCreated(at now: Date) {}
}

enum BulkInsert {
    /// Inserts the models in multi-row statements, chunked below SQLite's limit
    /// of 32,766 bound parameters, and marks them as saved.
    static func insert<M: BulkInsertable>(_ models: [M], on database: any Database) async throws {
        guard !models.isEmpty else { return }
        guard let sql = database as? any SQLDatabase else {
            try await models.create(on: database)
            return
        }
        let now = Date()
        let chunk = max(1, 30_000 / M.bulkColumns.count)
        var start = 0
        while start < models.count {
            let end = min(start + chunk, models.count)
            var insert = sql.insert(into: M.schema).columns(M.bulkColumns)
            for model in models[start..<end] {
                if model.id == nil { model.id = .timeOrdered() }
                insert = insert.values(model.bulkValues(now: now))
            }
            try await insert.run()
            start = end
        }
        for model in models {
            model._$idExists = true
            model.markCreated(at: now)
        }
    }

    /// A bound value, or SQL `NULL`.
    static func bind(_ value: (any Encodable & Sendable)?) -> any SQLExpression {
        value.map { SQLBind($0) } ?? SQLLiteral.null
    }
}

// MARK: - The case registry's tables

extension CaseFileModel: BulkInsertable {
    public static let bulkColumns = [
        "id", "reference", "organisation_id", "created_by", "assigned_to", "opened_on", "status", "closed_on",
        "closure_reason_enc", "summary_enc", "source_id", "created_at", "updated_at",
    ]

    public func bulkValues(now: Date) -> [any SQLExpression] {
        [id, reference, $organisation.id, $createdBy.id, $assignedTo.id, openedOn, status, closedOn,
         closureReasonCipher, summaryCipher, sourceID, now, now].map(BulkInsert.bind)
    }

    public func markCreated(at now: Date) {
        createdAt = now
        updatedAt = now
    }
}

extension PersonModel: BulkInsertable {
    public static let bulkColumns = [
        "id", "organisation_id", "source_id", "given_name_enc", "middle_name_enc", "family_name_enc", "aliases_enc",
        "birth_date_enc", "identity_number_enc", "email_enc", "phone_enc", "address_enc", "notes_enc", "gender",
        "age_group", "primary_language", "secondary_language", "marital_status", "number_of_children", "education",
        "address_country", "deceased", "duplicate_checked", "created_at", "updated_at",
    ]

    public func bulkValues(now: Date) -> [any SQLExpression] {
        let values: [(any Encodable & Sendable)?] = [
            id, $organisation.id, sourceID, givenNameCipher, middleNameCipher, familyNameCipher, aliasesCipher,
            birthDateCipher, identityNumberCipher, emailCipher, phoneCipher, addressCipher, notesCipher, gender,
            ageGroup, primaryLanguage, secondaryLanguage, maritalStatus, numberOfChildren, education,
            addressCountry, deceased, duplicateChecked, now, now,
        ]
        return values.map(BulkInsert.bind)
    }

    public func markCreated(at now: Date) {
        createdAt = now
        updatedAt = now
    }
}

extension PersonCitizenshipModel: BulkInsertable {
    public static let bulkColumns = ["id", "person_id", "country"]
    public func bulkValues(now: Date) -> [any SQLExpression] { [id, $person.id, country].map(BulkInsert.bind) }
}

extension PersonNameIndexModel: BulkInsertable {
    public static let bulkColumns = ["id", "person_id", "organisation_id", "digest"]
    public func bulkValues(now: Date) -> [any SQLExpression] { [id, personID, organisationID, digest].map(BulkInsert.bind) }
}

extension VictimModel: BulkInsertable {
    public static let bulkColumns = [
        "id", "case_id", "person_id", "trafficking_status", "status_decided_by", "status_decided_on", "identified_on",
        "relationship_to_trafficker", "age_when_trafficked", "age_group_at_exploitation", "forced_labour_industry",
        "exploitation_country", "exploitation_place_enc", "repatriated_to", "repatriated_on", "created_at", "updated_at",
    ]

    public func bulkValues(now: Date) -> [any SQLExpression] {
        let values: [(any Encodable & Sendable)?] = [
            id, $caseFile.id, $person.id, traffickingStatus, statusDecidedBy, statusDecidedOn, identifiedOn,
            relationshipToTrafficker, ageWhenTrafficked, ageGroupAtExploitation, forcedLabourIndustry,
            exploitationCountry, exploitationPlaceCipher, repatriatedTo, repatriatedOn, now, now,
        ]
        return values.map(BulkInsert.bind)
    }

    public func markCreated(at now: Date) {
        createdAt = now
        updatedAt = now
    }
}

extension PerpetratorModel: BulkInsertable {
    public static let bulkColumns = ["id", "case_id", "person_id", "relationship", "role_details_enc", "created_at", "updated_at"]

    public func bulkValues(now: Date) -> [any SQLExpression] {
        [id, $caseFile.id, $person.id, relationship, roleDetailsCipher, now, now].map(BulkInsert.bind)
    }

    public func markCreated(at now: Date) {
        createdAt = now
        updatedAt = now
    }
}

extension CodeValueModel: BulkInsertable {
    public static let bulkColumns = ["id", "owner_id", "field", "value"]
    public func bulkValues(now: Date) -> [any SQLExpression] { [id, ownerID, field, value].map(BulkInsert.bind) }
}

extension TraffickingEventModel: BulkInsertable {
    public static let bulkColumns = [
        "id", "case_id", "victim_id", "event_type", "date_from", "date_to", "exact_dates_enc", "country", "admin_area",
        "city", "location_enc", "description_enc", "created_at",
    ]

    public func bulkValues(now: Date) -> [any SQLExpression] {
        let values: [(any Encodable & Sendable)?] = [
            id, $caseFile.id, $victim.id, eventType, dateFrom, dateTo, exactDatesCipher, country, adminArea,
            city, locationCipher, descriptionCipher, now,
        ]
        return values.map(BulkInsert.bind)
    }

    public func markCreated(at now: Date) { createdAt = now }
}
