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
    /// The row's values (`nil` for SQL `NULL`); `now` fills the timestamps, as Fluent would on create.
    func bulkValues(now: Date) -> [(any Encodable & Sendable)?]
    /// Sets the timestamps on the model, as Fluent would on create.
    func markCreated(at now: Date)
}

extension BulkInsertable {
    public func markCreated(at now: Date) {}
}

/// One table's new rows as the values to bind, column by column and row after
/// row.
///
/// Reading a model's values costs a property-wrapper access each, and
/// SQLKit's general serialiser a dynamic call per value. Taken where the rows
/// are built (on every core in an import, in each request's task for the
/// API), the values leave the one writer that inserts them little to do but
/// send them.
public struct BulkRows: Sendable {
    let table: String
    let columns: [String]
    private(set) var values: [(any Encodable & Sendable)?]

    /// The models' values. Each model gets an id if it has none, and is marked
    /// as saved with `now` as its timestamps: the rows are built to be inserted,
    /// and are dropped if the insert fails.
    public init<M: BulkInsertable>(_ models: [M], now: Date) {
        table = M.schema
        columns = M.bulkColumns
        values = []
        values.reserveCapacity(models.count * columns.count)
        for model in models {
            if model.id == nil { model.id = .timeOrdered() }
            values += model.bulkValues(now: now)
            model._$idExists = true
            model.markCreated(at: now)
        }
    }

    /// Rows of a table that is not a ``BulkInsertable`` model.
    init(table: String, columns: [String], values: [(any Encodable & Sendable)?]) {
        precondition(values.count % columns.count == 0, "\(table): \(values.count) values for \(columns.count) columns")
        self.table = table
        self.columns = columns
        self.values = values
    }

    var rowCount: Int { values.count / columns.count }

    /// Adds `other`'s rows, which are of the same table.
    mutating func append(_ other: BulkRows) {
        precondition(other.table == table, "appended \(other.table) rows to \(table)")
        values += other.values
    }

    /// Replaces one value, for a choice made after the rows were built.
    mutating func set(row: Int, column: String, to value: (any Encodable & Sendable)?) {
        guard let index = columns.firstIndex(of: column) else { preconditionFailure("\(table) has no column \(column)") }
        values[row * columns.count + index] = value
    }

    /// Inserts the rows: by ``PostgresCopy`` when there are many on PostgreSQL,
    /// otherwise in multi-row statements, chunked below SQLite's limit of 32,766
    /// bound parameters.
    func insert(on sql: any SQLDatabase) async throws {
        if try await PostgresCopy.insert(self, on: sql) { return }
        let chunk = max(1, 30_000 / columns.count)
        var start = 0
        while start < rowCount {
            let end = min(start + chunk, rowCount)
            try await sql.execute(sql: Statement(rows: self, range: start..<end)) { _ in }
            start = end
        }
    }

    /// `INSERT INTO table (columns) VALUES (…), (…)`, written straight into the serialiser.
    private struct Statement: SQLExpression {
        let rows: BulkRows
        let range: Range<Int>

        func serialize(to serializer: inout SQLSerializer) {
            serializer.write("INSERT INTO ")
            SQLIdentifier(rows.table).serialize(to: &serializer)
            serializer.write(" ")
            SQLGroupExpression(rows.columns.map { SQLIdentifier($0) }).serialize(to: &serializer)
            serializer.write(" VALUES ")
            let width = rows.columns.count
            for row in range {
                serializer.write(row == range.lowerBound ? "(" : ", (")
                for column in 0..<width {
                    if column > 0 { serializer.write(", ") }
                    if let value = rows.values[row * width + column] {
                        serializer.write(bind: value)
                    } else {
                        serializer.write("NULL")
                    }
                }
                serializer.write(")")
            }
        }
    }
}

enum BulkInsert {
    /// Inserts the models in multi-row statements and marks them as saved.
    static func insert<M: BulkInsertable>(_ models: [M], on database: any Database) async throws {
        guard !models.isEmpty else { return }
        guard let sql = database as? any SQLDatabase else {
            try await models.create(on: database)
            return
        }
        try await BulkRows(models, now: Date()).insert(on: sql)
    }
}

// MARK: - The case registry's tables

extension CaseFileModel: BulkInsertable {
    public static let bulkColumns = [
        "id", "reference", "organisation_id", "created_by", "assigned_to", "opened_on", "status", "closed_on",
        "closure_reason_enc", "summary_enc", "source_id", "created_at", "updated_at",
    ]

    public func bulkValues(now: Date) -> [(any Encodable & Sendable)?] {
        [id, reference, $organisation.id, $createdBy.id, $assignedTo.id, openedOn, status, closedOn,
         closureReasonCipher, summaryCipher, sourceID, now, now]
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

    public func bulkValues(now: Date) -> [(any Encodable & Sendable)?] {
        let values: [(any Encodable & Sendable)?] = [
            id, $organisation.id, sourceID, givenNameCipher, middleNameCipher, familyNameCipher, aliasesCipher,
            birthDateCipher, identityNumberCipher, emailCipher, phoneCipher, addressCipher, notesCipher, gender,
            ageGroup, primaryLanguage, secondaryLanguage, maritalStatus, numberOfChildren, education,
            addressCountry, deceased, duplicateChecked, now, now,
        ]
        return values
    }

    public func markCreated(at now: Date) {
        createdAt = now
        updatedAt = now
    }
}

extension PersonCitizenshipModel: BulkInsertable {
    public static let bulkColumns = ["id", "person_id", "country"]
    public func bulkValues(now: Date) -> [(any Encodable & Sendable)?] { [id, $person.id, country] }
}

extension PersonNameIndexModel: BulkInsertable {
    public static let bulkColumns = ["id", "person_id", "organisation_id", "digest"]
    public func bulkValues(now: Date) -> [(any Encodable & Sendable)?] { [id, personID, organisationID, digest] }
}

extension VictimModel: BulkInsertable {
    public static let bulkColumns = [
        "id", "case_id", "person_id", "trafficking_status", "status_decided_by", "status_decided_on", "identified_on",
        "relationship_to_trafficker", "age_when_trafficked", "age_group_at_exploitation", "forced_labour_industry",
        "exploitation_country", "exploitation_place_enc", "repatriated_to", "repatriated_on", "created_at", "updated_at",
    ]

    public func bulkValues(now: Date) -> [(any Encodable & Sendable)?] {
        let values: [(any Encodable & Sendable)?] = [
            id, $caseFile.id, $person.id, traffickingStatus, statusDecidedBy, statusDecidedOn, identifiedOn,
            relationshipToTrafficker, ageWhenTrafficked, ageGroupAtExploitation, forcedLabourIndustry,
            exploitationCountry, exploitationPlaceCipher, repatriatedTo, repatriatedOn, now, now,
        ]
        return values
    }

    public func markCreated(at now: Date) {
        createdAt = now
        updatedAt = now
    }
}

extension PerpetratorModel: BulkInsertable {
    public static let bulkColumns = ["id", "case_id", "person_id", "relationship", "role_details_enc", "created_at", "updated_at"]

    public func bulkValues(now: Date) -> [(any Encodable & Sendable)?] {
        [id, $caseFile.id, $person.id, relationship, roleDetailsCipher, now, now]
    }

    public func markCreated(at now: Date) {
        createdAt = now
        updatedAt = now
    }
}

extension CodeValueModel: BulkInsertable {
    public static let bulkColumns = ["id", "owner_id", "field", "value"]
    public func bulkValues(now: Date) -> [(any Encodable & Sendable)?] { [id, ownerID, field, value] }
}

extension TraffickingEventModel: BulkInsertable {
    public static let bulkColumns = [
        "id", "case_id", "victim_id", "event_type", "date_from", "date_to", "exact_dates_enc", "country", "admin_area",
        "city", "location_enc", "description_enc", "created_at",
    ]

    public func bulkValues(now: Date) -> [(any Encodable & Sendable)?] {
        let values: [(any Encodable & Sendable)?] = [
            id, $caseFile.id, $victim.id, eventType, dateFrom, dateTo, exactDatesCipher, country, adminArea,
            city, locationCipher, descriptionCipher, now,
        ]
        return values
    }

    public func markCreated(at now: Date) { createdAt = now }
}
