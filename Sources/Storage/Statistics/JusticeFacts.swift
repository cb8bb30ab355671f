import CaseModel
import FluentKit
import Foundation
import Reporting
import SQLKit

/// One narrow row per criminal-justice stage a perpetrator reached, with what the GLOTIP persons
/// tables group by: the stage and its year, the person, GLOTIP sex and age, first citizenship, the
/// GLOTIP group of the case's victims, the article, and the case's organisation.
///
/// Why a table of its own: read from the registry, each stage of a year costs random reads of its
/// perpetrator, person, citizenships and case. With a synthetic register of 750,000 stages that was
/// 5.7 s for one year's tables on SQLite; from here a year is a range of one covering index.
///
/// Like ``VictimFacts``, the rows are derived, never edited: ``StatisticsFacts`` rewrites a case's
/// rows whenever its stages, perpetrators, persons or victims change, in the same transaction.
public enum JusticeFacts {
    public static let schema = "justice_facts"

    /// `INSERT … SELECT` of the facts of stages `j` (joined to the perpetrator `r`, person `p` and
    /// case `c`); callers append a `WHERE`. The case's group is read from its victim facts, so those
    /// are written first.
    static let insertSelect: String = {
        let caseGroup = "(SELECT CASE WHEN COUNT(DISTINCT vf.form_group) > 1 THEN '\(GLOTIPExploitationGroup.otherForms.rawValue)' "
            + "ELSE MIN(vf.form_group) END FROM \(VictimFacts.schema) vf WHERE vf.case_id = j.case_id)"
        return """
            INSERT INTO \(schema) (stage_id, case_id, organisation_id, person_id, stage, year, reached_on, sex, age, citizenship, case_group, article)
            SELECT j.id, j.case_id, c.organisation_id, r.person_id, j.stage,
              CAST(NULLIF(substr(j.reached_on, 1, 4), '') AS INTEGER), j.reached_on,
              \(VictimFacts.sexCase("p.gender")), \(VictimFacts.ageCase("p.age_group")),
              (SELECT MIN(pc.country) FROM person_citizenships pc WHERE pc.person_id = r.person_id),
              \(caseGroup), j.article
            FROM justice_stages j JOIN perpetrators r ON r.id = j.perpetrator_id JOIN persons p ON p.id = r.person_id JOIN cases c ON c.id = j.case_id
            """
    }()

    /// Rewrites every row from the registry (after ``VictimFacts/rebuild(on:)``).
    public static func rebuild(on database: any Database) async throws {
        let sql = Backend.sqlDatabase(database)
        try await sql.raw("DELETE FROM \(ident: schema)").run()
        try await sql.raw("\(unsafeRaw: insertSelect)").run()
        try await sql.raw("ANALYZE \(ident: schema)").run()
    }
}

/// Keeps the tables derived from cases, ``VictimFacts``, ``JusticeFacts`` and the list filters'
/// ``CaseFacets``, in step with the registry. Call it in the transaction of any change to a case's victims, perpetrators, persons,
/// events, stages or organisation.
public enum StatisticsFacts {
    /// Rewrites the facts of these cases.
    public static func refresh(caseIDs: some Collection<UUID>, on database: any Database) async throws {
        try await write(caseIDs, replacing: true, on: database)
    }

    /// Writes the facts of cases created in this transaction, which have none
    /// yet: what ``refresh(caseIDs:on:)`` does without its deletes, which an
    /// import would otherwise run for every batch to find nothing.
    public static func add(newCaseIDs: some Collection<UUID>, on database: any Database) async throws {
        try await write(newCaseIDs, replacing: false, on: database)
    }

    private static func write(_ caseIDs: some Collection<UUID>, replacing: Bool, on database: any Database) async throws {
        guard !caseIDs.isEmpty else { return }
        let sql = Backend.sqlDatabase(database)
        for chunk in Array(caseIDs).chunked(500).map(Array.init) {
            if replacing {
                try await sql.raw("DELETE FROM \(ident: VictimFacts.schema) WHERE case_id IN (\(binds: chunk))").run()
                try await sql.raw("DELETE FROM \(ident: JusticeFacts.schema) WHERE case_id IN (\(binds: chunk))").run()
                try await CaseFacets.delete(chunk, on: sql)
            }
            try await sql.raw("\(unsafeRaw: VictimFacts.insertSelect) WHERE v.case_id IN (\(binds: chunk))").run()
            try await sql.raw("\(unsafeRaw: JusticeFacts.insertSelect) WHERE j.case_id IN (\(binds: chunk))").run()
            try await CaseFacets.insert(chunk, on: sql)
        }
    }

    /// Rewrites the facts of every case in which this person is a victim or a perpetrator.
    public static func refresh(personID: UUID, on database: any Database) async throws {
        let asVictim = try await VictimModel.query(on: database).filter(\.$person.$id == personID).all(\.$caseFile.$id)
        let asPerpetrator = try await PerpetratorModel.query(on: database).filter(\.$person.$id == personID).all(\.$caseFile.$id)
        try await refresh(caseIDs: Set(asVictim + asPerpetrator), on: database)
    }
}
