import CaseModel
import FluentKit
import Foundation
import Reporting
import SQLKit

/// One narrow row per victim with exactly what national statistics group by: the year and month
/// identified, trafficking status, GLOTIP sex and age, the GLOTIP group and the set of forms of
/// exploitation (a bit per `ExploitationType`), first citizenship, country of repatriation and of
/// exploitation, and the route: the first recruitment country, up to three transit countries and
/// the last exploitation country of the victim's events (and the whole case's), in date order.
///
/// Why a table of its own: a year's GLOTIP tables read about 160,000 victims in a register of a
/// million. Read from the registry tables, each victim costs random reads of its person, its
/// citizenships and its coded values (5 s warm on SQLite); read from here, the year is one range
/// of an index that holds every grouped column.
///
/// The rows are derived, never edited: ``StatisticsFacts`` rewrites a case's rows from the
/// registry in the same transaction as any change to its victims, persons or events, and `rebuild` redoes
/// all of them (migration M015 fills the table for existing registers). The same SQL serves SQLite and
/// PostgreSQL.
public enum VictimFacts {
    public static let schema = "victim_facts"

    /// Rewrites every row from the registry.
    public static func rebuild(on database: any Database) async throws {
        let sql = Backend.sqlDatabase(database)
        try await sql.raw("DELETE FROM \(ident: schema)").run()
        try await sql.raw("\(unsafeRaw: insertSelect)").run()
        // Fresh statistics for the planner: without them PostgreSQL plans the first reports of a
        // large register as if the table were empty (2.0 s instead of 0.16 s for a year's tables).
        try await sql.raw("ANALYZE \(ident: schema)").run()
    }

    /// The bit of a form of exploitation in the `forms` column.
    public static func bit(_ form: ExploitationType) -> Int {
        1 << ExploitationType.allCases.firstIndex(of: form)!
    }

    static let exploitationField = "vic_TypeOfExploitation"

    /// SQL mapping a `Gender` column to the GLOTIP sex, generated from the Swift mapping.
    static func sexCase(_ column: String) -> String {
        "CASE \(column) " + Gender.allCases.map { "WHEN '\($0.rawValue)' THEN '\(GLOTIPSex(gender: $0).rawValue)'" }.joined(separator: " ")
            + " ELSE '\(GLOTIPSex.unknown.rawValue)' END"
    }

    /// SQL mapping an `AgeGroup` column to the GLOTIP age, generated from the Swift mapping.
    static func ageCase(_ column: String) -> String {
        "CASE \(column) " + AgeGroup.allCases.map { "WHEN '\($0.rawValue)' THEN '\(GLOTIPAge($0).rawValue)'" }.joined(separator: " ")
            + " ELSE '\(GLOTIPAge.unknown.rawValue)' END"
    }

    /// `INSERT … SELECT` of the facts of victims `v` (joined to their case `c` and person `p`);
    /// callers append a `WHERE`. Mappings come from the Swift code lists, so SQL and Swift agree.
    static let insertSelect: String = {
        let date = "COALESCE(v.identified_on, c.opened_on)"
        let sex = sexCase("p.gender")
        let age = ageCase("v.age_group_at_exploitation")
        let group = "CASE cv.value " + ExploitationType.allCases.map { "WHEN '\($0.rawValue)' THEN '\($0.glotipGroup.rawValue)'" }.joined(separator: " ") + " END"
        let bits = "CASE cv.value " + ExploitationType.allCases.map { "WHEN '\($0.rawValue)' THEN \(bit($0))" }.joined(separator: " ") + " ELSE 0 END"
        let codes = "FROM code_values cv WHERE cv.owner_id = v.id AND cv.field = '\(exploitationField)'"
        // A victim exploited in forms of several groups counts once, under other forms (UNODC's "mixed").
        let formGroup = "(SELECT CASE WHEN COUNT(DISTINCT g.grp) > 1 THEN '\(GLOTIPExploitationGroup.otherForms.rawValue)' ELSE MIN(g.grp) END FROM (SELECT \(group) AS grp \(codes)) g)"
        // The route, from the events of the victim or of the whole case that name a country. Routes
        // rarely pass more than three transit countries; more are left out of the figures. Undated
        // events come last on both backends (`IS NULL` sorts false first everywhere).
        func event(_ type: EventType, _ column: String, order: String, offset: Int = 0) -> String {
            "(SELECT e.\(column) FROM trafficking_events e WHERE e.case_id = v.case_id AND (e.victim_id IS NULL OR e.victim_id = v.id) "
                + "AND e.event_type = '\(type.rawValue)' AND e.country IS NOT NULL ORDER BY e.date_from IS NULL, e.date_from \(order), e.created_at \(order) LIMIT 1 OFFSET \(offset))"
        }
        let route = [
            event(.recruitment, "country", order: "ASC"),
            event(.transit, "country", order: "ASC"), event(.transit, "country", order: "ASC", offset: 1), event(.transit, "country", order: "ASC", offset: 2),
            "COALESCE(\(event(.exploitation, "country", order: "DESC")), v.exploitation_country)",
            event(.recruitment, "admin_area", order: "ASC"), event(.exploitation, "admin_area", order: "DESC"),
        ].joined(separator: ",\n  ")
        return """
            INSERT INTO \(schema) (victim_id, case_id, organisation_id, year, month, status, sex, age, form_group, forms, citizenship, repatriated_to, exploitation_country,
              route_origin, route_transit_1, route_transit_2, route_transit_3, route_destination, route_origin_area, route_destination_area)
            SELECT v.id, v.case_id, c.organisation_id,
              CAST(NULLIF(substr(\(date), 1, 4), '') AS INTEGER),
              CAST(NULLIF(substr(\(date), 6, 2), '') AS INTEGER),
              v.trafficking_status, \(sex), \(age), \(formGroup),
              COALESCE((SELECT SUM(\(bits)) \(codes)), 0),
              (SELECT MIN(pc.country) FROM person_citizenships pc WHERE pc.person_id = v.person_id),
              v.repatriated_to, v.exploitation_country,
              \(route)
            FROM victims v JOIN cases c ON c.id = v.case_id JOIN persons p ON p.id = v.person_id
            """
    }()
}

public extension Array {
    /// The array in consecutive pieces of at most `size` elements.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0 ..< Swift.min($0 + size, count)] }
    }
}
