import CaseModel
import FluentKit
import Foundation
import Reporting
import SQLKit

/// Reads the counts behind the GLOTIP tables: one `GROUP BY` per table, over `victim_facts` for
/// victims and over `justice_facts` for persons. Nothing about a single person leaves the database.
public struct GLOTIPTalliesQuery: Sendable {
    public let filter: StatisticsFilter

    public init(filter: StatisticsFilter) {
        self.filter = filter
    }

    public func run(on database: any Database) async throws -> GLOTIPTallies {
        let sql = Backend.sqlDatabase(database)
        var tallies = GLOTIPTallies()
        let condition = filter.victimCondition

        for row in try await sql.raw("SELECT f.year AS y, f.sex AS s, f.age AS a, f.form_group AS g, COUNT(*) AS n FROM victim_facts f WHERE \(condition) GROUP BY f.year, f.sex, f.age, f.form_group").all() {
            guard let key = try Self.sexAge(row) else { continue }
            let group = try row.decodeNil(column: "g") ? nil : GLOTIPExploitationGroup(rawValue: try row.decode(column: "g", as: String.self))
            tallies.victimsByGroup[VictimGroupKey(year: key.year, sex: key.sex, age: key.age, group: group), default: 0] += try row.decode(column: "n", as: Int.self)
        }

        // One pass counts every form: a SUM per bit of the `forms` column.
        let forms = ExploitationType.allCases
        let sums = forms.enumerated().map { "SUM(CASE WHEN (f.forms & \(VictimFacts.bit($1))) <> 0 THEN 1 ELSE 0 END) AS f\($0)" }.joined(separator: ", ")
        for row in try await sql.raw("SELECT f.year AS y, f.sex AS s, f.age AS a, \(unsafeRaw: sums) FROM victim_facts f WHERE \(condition) AND f.forms <> 0 GROUP BY f.year, f.sex, f.age").all() {
            guard let key = try Self.sexAge(row) else { continue }
            for (index, form) in forms.enumerated() {
                let count = try row.decode(column: "f\(index)", as: Int.self)
                if count > 0 { tallies.victimsByForm[VictimFormKey(year: key.year, sex: key.sex, age: key.age, form: form)] = count }
            }
        }

        for row in try await sql.raw("SELECT f.year AS y, f.citizenship AS c, COUNT(*) AS n FROM victim_facts f WHERE \(condition) GROUP BY f.year, f.citizenship").all() {
            tallies.victimsByCitizenship[try Self.yearCountry(row)] = try row.decode(column: "n", as: Int.self)
        }
        for row in try await sql.raw("SELECT f.year AS y, f.repatriated_to AS c, COUNT(*) AS n FROM victim_facts f WHERE \(condition) AND f.repatriated_to IS NOT NULL GROUP BY f.year, f.repatriated_to").all() {
            tallies.victimsByRepatriation[try Self.yearCountry(row)] = try row.decode(column: "n", as: Int.self)
        }
        try await persons(into: &tallies, on: sql)
        return tallies
    }

    /// Persons at each criminal-justice stage, counted once per stage and year however many times
    /// they reached it (several charges, several cases). Read from ``JusticeFacts``.
    private func persons(into tallies: inout GLOTIPTallies, on sql: any SQLDatabase) async throws {
        var scope: SQLQueryString = "j.year BETWEEN \(bind: filter.years.lowerBound) AND \(bind: filter.years.upperBound)"
        if !filter.organisationIDs.isEmpty {
            scope = scope + " AND j.organisation_id IN (\(binds: filter.organisationIDs))"
        }
        let from: SQLQueryString = "FROM \(ident: JusticeFacts.schema) j WHERE " + scope

        // A person is one `persons` row: the same person perpetrating in two cases counts once.
        for row in try await sql.raw("SELECT j.stage AS st, j.year AS y, j.sex AS s, j.age AS a, COUNT(DISTINCT j.person_id) AS n \(from) GROUP BY j.stage, j.year, j.sex, j.age").all() {
            guard let stage = JusticeStage(rawValue: try row.decode(column: "st", as: String.self)), let key = try Self.sexAge(row) else { continue }
            tallies.personsByStage[PersonStageKey(stage: stage, year: key.year, sex: key.sex, age: key.age)] = try row.decode(column: "n", as: Int.self)
        }

        let convicted: SQLQueryString = " AND j.stage = \(bind: JusticeStage.convicted.rawValue)"
        for row in try await sql.raw("SELECT y, c, COUNT(*) AS n FROM (SELECT DISTINCT j.year AS y, j.person_id AS person, j.citizenship AS c \(from + convicted)) x GROUP BY y, c").all() {
            tallies.convictedByCitizenship[try Self.yearCountry(row)] = try row.decode(column: "n", as: Int.self)
        }
        // The form of a conviction is the GLOTIP group of the victims' forms in its case.
        for row in try await sql.raw("SELECT j.year AS y, j.case_group AS g, COUNT(DISTINCT j.person_id) AS n \(from + convicted) GROUP BY j.year, j.case_group").all() {
            let group = try row.decodeNil(column: "g") ? nil : GLOTIPExploitationGroup(rawValue: try row.decode(column: "g", as: String.self))
            tallies.convictedByGroup[YearGroupKey(year: try row.decode(column: "y", as: Int.self), group: group), default: 0] += try row.decode(column: "n", as: Int.self)
        }

        // An offence is a criminal-code article in a case, counted in the year the first person was
        // brought into formal contact for it.
        let formal: SQLQueryString = " AND j.stage = \(bind: JusticeStage.formalContact.rawValue)"
        for row in try await sql.raw("SELECT CAST(substr(first, 1, 4) AS INTEGER) AS y, COUNT(*) AS n FROM (SELECT MIN(j.reached_on) AS first \(from + formal) GROUP BY j.case_id, COALESCE(j.article, '')) x GROUP BY CAST(substr(first, 1, 4) AS INTEGER)").all() {
            tallies.offencesByYear[try row.decode(column: "y", as: Int.self)] = try row.decode(column: "n", as: Int.self)
        }
    }

    private static func sexAge(_ row: any SQLRow) throws -> (year: Int, sex: GLOTIPSex, age: GLOTIPAge)? {
        guard !(try row.decodeNil(column: "y")),
              let sex = GLOTIPSex(rawValue: try row.decode(column: "s", as: String.self)),
              let age = GLOTIPAge(rawValue: try row.decode(column: "a", as: String.self)) else { return nil }
        return (try row.decode(column: "y", as: Int.self), sex, age)
    }

    private static func yearCountry(_ row: any SQLRow) throws -> YearCountryKey {
        YearCountryKey(year: try row.decode(column: "y", as: Int.self), country: try row.decodeNil(column: "c") ? nil : try row.decode(column: "c", as: String.self))
    }
}
