import FluentKit
import Foundation
import SQLKit

/// What a case list shows beside each case: its victims' names and forms of
/// exploitation. Read as plain rows of the few columns needed: decoding whole
/// victim and person models through Fluent cost more than the list query
/// itself at fifty cases a page.
public enum CaseListDetails {
    /// A victim on a listed case, with the person's encrypted names.
    public struct Victim: Sendable, Decodable {
        public let caseID: UUID
        public let victimID: UUID
        public let personID: UUID
        public let givenNameCipher: String?
        public let familyNameCipher: String?
        public let aliasesCipher: String?

        enum CodingKeys: String, CodingKey {
            case caseID = "case_id"
            case victimID = "victim_id"
            case personID = "person_id"
            case givenNameCipher = "given_name_enc"
            case familyNameCipher = "family_name_enc"
            case aliasesCipher = "aliases_enc"
        }
    }

    /// A value of a victim's multi-select field.
    public struct Value: Sendable, Decodable {
        public let ownerID: UUID
        public let value: String

        enum CodingKeys: String, CodingKey {
            case ownerID = "owner_id"
            case value
        }
    }

    /// The victims of these cases, in the order they were added (as on the case page).
    public static func victims(ofCases caseIDs: [UUID], on database: any Database) async throws -> [Victim] {
        guard !caseIDs.isEmpty else { return [] }
        return try await Backend.sqlDatabase(database).select()
            .column(SQLColumn("case_id", table: "v"))
            .column(SQLAlias(SQLColumn("id", table: "v"), as: SQLIdentifier("victim_id")))
            .column(SQLColumn("person_id", table: "v"))
            .column(SQLColumn("given_name_enc", table: "p"))
            .column(SQLColumn("family_name_enc", table: "p"))
            .column(SQLColumn("aliases_enc", table: "p"))
            .from(SQLAlias(SQLIdentifier(VictimModel.schema), as: SQLIdentifier("v")))
            .join(SQLAlias(SQLIdentifier(PersonModel.schema), as: SQLIdentifier("p")), on: SQLColumn("id", table: "p"), .equal, SQLColumn("person_id", table: "v"))
            .where(SQLColumn("case_id", table: "v"), .in, SQLBind.group(caseIDs))
            .orderBy(SQLColumn("created_at", table: "v")).orderBy(SQLColumn("id", table: "v"))
            .all(decoding: Victim.self)
    }

    /// The values of one multi-select field of these victims.
    public static func values(of field: String, victims victimIDs: [UUID], on database: any Database) async throws -> [Value] {
        guard !victimIDs.isEmpty else { return [] }
        return try await Backend.sqlDatabase(database).select()
            .column("owner_id").column("value")
            .from(CodeValueModel.schema)
            .where("owner_id", .in, victimIDs)
            .where("field", .equal, field)
            .all(decoding: Value.self)
    }
}
