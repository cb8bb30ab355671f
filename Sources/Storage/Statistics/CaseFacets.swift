import FluentKit
import Foundation
import SQLKit

/// One row for each value a case can be filtered by in a list: each form of
/// exploitation and each citizenship of its victims, with the case's
/// organisation and opening date.
///
/// Why a table of its own: a case list filtered by a victim's citizenship or
/// form of exploitation walked the organisation's cases in date order and, for
/// each, looked up its victims, their forms and their citizenships; when one
/// case in fifty matched, a page of fifty cost thousands of look-ups (20–30 ms
/// of SQLite alone on a register of a million victims). Here the filter's
/// value is a range of one index already in list order, so a page is read as
/// about fifty index entries.
///
/// The rows are derived, never edited: ``StatisticsFacts/refresh(caseIDs:on:)``
/// rewrites a case's rows in the transaction of any change to its victims,
/// their persons, its opening date or its organisation.
public enum CaseFacets {
    public static let schema = "case_facets"

    /// The fields a case list filters by through this table.
    public enum Field: String, Sendable {
        /// A `vic_TypeOfExploitation` value of one of the case's victims.
        case exploitation
        /// An ISO alpha-3 citizenship of one of the case's victims.
        case citizenship
    }

    /// `INSERT … SELECT` of the facets of the victims `v` of the cases that
    /// `condition` (on `v.case_id`) selects.
    static func insertSelect(where condition: SQLQueryString) -> SQLQueryString {
        """
        INSERT INTO \(ident: schema) (case_id, organisation_id, field, value, opened_on)
        SELECT DISTINCT v.case_id, c.organisation_id, \(literal: Field.exploitation.rawValue), cv.value, c.opened_on
        FROM victims v JOIN cases c ON c.id = v.case_id
        JOIN code_values cv ON cv.owner_id = v.id AND cv.field = \(literal: "vic_TypeOfExploitation")
        WHERE \(condition)
        UNION
        SELECT DISTINCT v.case_id, c.organisation_id, \(literal: Field.citizenship.rawValue), pc.country, c.opened_on
        FROM victims v JOIN cases c ON c.id = v.case_id
        JOIN person_citizenships pc ON pc.person_id = v.person_id
        WHERE \(condition)
        """
    }

    /// Rewrites every row from the registry.
    public static func rebuild(on database: any Database) async throws {
        let sql = Backend.sqlDatabase(database)
        try await sql.raw("DELETE FROM \(ident: schema)").run()
        try await sql.raw(insertSelect(where: "1 = 1")).run()
    }

    /// Deletes the rows of these cases (at most a few hundred at a time).
    static func delete(_ caseIDs: [UUID], on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM \(ident: schema) WHERE case_id IN (\(binds: caseIDs))").run()
    }

    /// Writes the rows of these cases, which have none (at most a few hundred at a time).
    static func insert(_ caseIDs: [UUID], on sql: any SQLDatabase) async throws {
        try await sql.raw(insertSelect(where: "v.case_id IN (\(binds: caseIDs))")).run()
    }
}
