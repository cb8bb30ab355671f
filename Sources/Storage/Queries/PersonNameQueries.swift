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
    /// The digests are taken rarest first, as long as together they point at
    /// no more than `rowBudget` index rows; the common ones past that are left
    /// out, as a search engine leaves out stop words. A common digest (the
    /// first three letters of "Maria", or its phonetic code) is shared by tens
    /// of thousands of persons in a national register and says little about
    /// who is meant, while grouping its rows by person is where a search spent
    /// its time. Nothing likely is lost: a person who shares *k* of the *n*
    /// digests shares one of the *n − k + 1* rarest, so everyone sharing most
    /// of the query is still found, and ranked by the rare digests they share.
    ///
    /// - Parameter excludingOrganisation: Leave out the persons of this organisation
    ///   (the duplicate check looks at the other organisations' registers only).
    public static func candidates(
        digests: Set<String>, limit: Int, excludingOrganisation: UUID? = nil, rowBudget: Int = 20_000, on database: any Database
    ) async throws -> [Candidate] {
        let chosen = try await rarest(Array(digests), rowBudget: rowBudget, on: database)
        guard !chosen.isEmpty else { return [] }
        let query = Backend.sqlDatabase(database).select()
            .column("person_id").column("organisation_id")
            .column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("hits")))
            .from(PersonNameIndexModel.schema)
            .where("digest", .in, chosen)
        if let excludingOrganisation { query.where("organisation_id", .notEqual, SQLBind(excludingOrganisation)) }
        return try await query
            .groupBy("person_id").groupBy("organisation_id")
            .orderBy(SQLIdentifier("hits"), SQLDirection.descending)
            .limit(limit)
            .all(decoding: Candidate.self)
    }

    /// The digests that occur in the index, rarest first, up to the row budget
    /// (and always the rarest one, however common it is).
    ///
    /// Each count stops at the budget, so a digest shared by half the register
    /// costs no more to count than one at the budget.
    static func rarest(_ digests: [String], rowBudget: Int, on database: any Database) async throws -> [String] {
        guard !digests.isEmpty else { return [] }
        let counts = digests.map { digest -> SQLQueryString in
            "SELECT \(bind: digest) AS digest, (SELECT COUNT(*) FROM (SELECT 1 FROM \(ident: PersonNameIndexModel.schema) WHERE digest = \(bind: digest) LIMIT \(literal: rowBudget + 1)) AS capped) AS n"
        }.joined(separator: " UNION ALL ")
        struct Count: Decodable { let digest: String; let n: Int }
        let sorted = try await Backend.sqlDatabase(database).raw(counts).all(decoding: Count.self)
            .filter { $0.n > 0 }
            .sorted { ($0.n, $0.digest) < ($1.n, $1.digest) }
        var chosen: [String] = []
        var rows = 0
        for count in sorted where chosen.isEmpty || rows + count.n <= rowBudget {
            chosen.append(count.digest)
            rows += count.n
        }
        return chosen
    }
}
