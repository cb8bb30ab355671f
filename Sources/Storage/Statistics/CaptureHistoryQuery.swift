import CaseModel
import FluentKit
import Foundation
import Reporting
import SQLKit

/// The capture histories that multiple systems estimation starts from: for each detected victim, the
/// set of chosen organisations ("lists") that registered them in the period, counted by pattern.
///
/// **Linkage.** A person is one `persons` row: the same person registered as a victim in cases of
/// two organisations (the existing person chosen in the second case) is on both lists. Until the
/// record-linkage clusters exist, exact person ids are the only linkage, so two records of one person
/// that were never linked count as two people, which inflates the estimate.
///
/// Everything is grouped in the database (by person and organisation, then by person, then by
/// pattern), so what leaves is at most `2^K − 1` counts per stratum; no person id does.
public struct CaptureHistoryQuery: Sendable {
    /// What a person's stratum is taken from.
    public enum Stratum: String, Sendable, CaseIterable {
        /// GLOTIP sex (the same on every record of a person).
        case sex
        /// GLOTIP age at exploitation; a person recorded as a child in any case counts as a child,
        /// and a known age wins over `Unknown` (the smallest raw value in both cases).
        case age
        /// GLOTIP form group; a person exploited in forms of several groups counts under other
        /// forms, as a single victim does (UNODC's "mixed"). Nil when no form is recorded.
        case form
    }

    /// One cell: bit `i` of `mask` is `organisationIDs[i]` of the filter.
    public struct Cell: Hashable, Sendable {
        public var mask: Int
        /// The stratum's GLOTIP raw value; nil when not stratified or not recorded.
        public var stratum: String?

        public init(mask: Int, stratum: String?) {
            self.mask = mask
            self.stratum = stratum
        }
    }

    /// The years and statuses counted; `organisationIDs` are the lists, in bit order (2 to 62).
    public let filter: StatisticsFilter
    public let stratum: Stratum?

    public init(filter: StatisticsFilter, stratum: Stratum? = nil) {
        precondition((1...62).contains(filter.organisationIDs.count), "one bit per list in a 64-bit pattern")
        self.filter = filter
        self.stratum = stratum
    }

    /// Persons per pattern (and stratum). Patterns on no list never appear.
    public func run(on database: any Database) async throws -> [Cell: Int] {
        let sql = Backend.sqlDatabase(database)
        var bit: SQLQueryString = "CASE f.organisation_id"
        for (index, id) in filter.organisationIDs.enumerated() {
            bit = bit + " WHEN \(bind: id) THEN \(unsafeRaw: String(1 << index))"
        }
        bit = bit + " END"
        let stratumColumn: String
        switch stratum {
        case .none: stratumColumn = "CAST(NULL AS VARCHAR(1))"
        case .sex: stratumColumn = "MIN(po.sex)"
        case .age: stratumColumn = "MIN(po.age)"
        case .form:
            stratumColumn = "CASE WHEN MIN(po.gmin) IS NULL THEN NULL WHEN MIN(po.gmin) = MAX(po.gmax) THEN MIN(po.gmin) "
                + "ELSE '\(GLOTIPExploitationGroup.otherForms.rawValue)' END"
        }
        let query: SQLQueryString = """
            SELECT pp.pattern AS p, pp.stratum AS s, COUNT(*) AS n FROM (
              SELECT SUM(po.bit) AS pattern, \(unsafeRaw: stratumColumn) AS stratum FROM (
                SELECT v.person_id AS person_id, MIN(\(bit)) AS bit, MIN(f.sex) AS sex, MIN(f.age) AS age,
                  MIN(f.form_group) AS gmin, MAX(f.form_group) AS gmax
                FROM victim_facts f JOIN victims v ON v.id = f.victim_id
                WHERE \(filter.victimCondition)
                GROUP BY v.person_id, f.organisation_id
              ) po GROUP BY po.person_id
            ) pp GROUP BY pp.pattern, pp.stratum
            """
        var cells: [Cell: Int] = [:]
        for row in try await sql.raw(query).all() {
            let cell = Cell(mask: try row.decode(column: "p", as: Int.self), stratum: try row.decode(column: "s", as: String?.self))
            cells[cell, default: 0] += try row.decode(column: "n", as: Int.self)
        }
        return cells
    }

    /// The organisations that registered detected victims in the filter's years and statuses (its
    /// organisations are ignored): the default lists.
    public static func organisationsWithVictims(_ filter: StatisticsFilter, on database: any Database) async throws -> [UUID] {
        let sql = Backend.sqlDatabase(database)
        let all = StatisticsFilter(years: filter.years, confirmedOnly: filter.confirmedOnly)
        return try await sql.raw("SELECT DISTINCT f.organisation_id AS o FROM victim_facts f WHERE \(all.victimCondition)").all()
            .map { try $0.decode(column: "o", as: UUID.self) }
    }
}
