import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// Candidate persons for a name search, found through the blind index.
public enum PersonNameQueries {
    public struct Candidate: Sendable, Decodable {
        public let personID: UUID
        public let organisationID: UUID
        /// How many of the query's digests the person shares.
        public let hits: Int

        enum CodingKeys: String, CodingKey {
            case personID = "person_id"
            case organisationID = "organisation_id"
            case hits
        }
    }

    /// Persons sharing the most digests with the query, best first.
    ///
    /// - Parameter excludingOrganisation: Leave out the persons of this organisation
    ///   (the duplicate check looks at the other organisations' registers only).
    public static func candidates(digests: Set<String>, limit: Int, excludingOrganisation: UUID? = nil, on database: any Database) async throws -> [Candidate] {
        guard !digests.isEmpty else { return [] }
        let sql = Backend.sqlDatabase(database)
        let query = sql.select()
            .column("person_id").column("organisation_id")
            .column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("hits")))
            .from(PersonNameIndexModel.schema)
            .where("digest", .in, Array(digests))
        if let excludingOrganisation { query.where("organisation_id", .notEqual, SQLBind(excludingOrganisation)) }
        return try await query
            .groupBy("person_id").groupBy("organisation_id")
            .orderBy(SQLIdentifier("hits"), SQLDirection.descending)
            .limit(limit)
            .all(decoding: Candidate.self)
    }
}
