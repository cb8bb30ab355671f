import FluentKit
import Foundation
import SQLKit

extension CaseQueries {
    /// The ids of a page of cases filtered by a victim's citizenship or form of
    /// exploitation, read from ``CaseFacets`` in list order.
    ///
    /// The citizenship drives when both are asked for (it is usually the rarer);
    /// the other facet and the case's own filters are point look-ups for each
    /// row walked. `nil` when the criteria have no facet or sort by reference,
    /// which this table cannot serve in order.
    static func facetPage(
        organisationID: UUID?, criteria: CaseCriteria, after cursor: Cursor?, limit: Int, on database: any Database
    ) async throws -> [UUID]? {
        var facets: [(CaseFacets.Field, String)] = []
        if let country = criteria.citizenship { facets.append((.citizenship, country)) }
        if let type = criteria.exploitationType { facets.append((.exploitation, type)) }
        guard let driving = facets.first, criteria.sort != .reference else { return nil }
        let newest = criteria.sort == .newest
        // An organisation filter outside the caller's organisation matches nothing.
        if let organisationID, let asked = criteria.organisationID, asked != organisationID { return [] }

        var conditions: [SQLQueryString] = []
        if let organisationID = organisationID ?? criteria.organisationID { conditions.append("f.organisation_id = \(bind: organisationID)") }
        conditions.append("f.field = \(bind: driving.0.rawValue) AND f.value = \(bind: driving.1)")
        if let from = criteria.openedFrom { conditions.append("f.opened_on >= \(bind: from)") }
        if let to = criteria.openedTo { conditions.append("f.opened_on <= \(bind: to)") }
        if let cursor, let id = UUID(uuidString: cursor.id) {
            let op = newest ? "<" : ">"
            conditions.append("(f.opened_on \(unsafeRaw: op) \(bind: cursor.key) OR (f.opened_on = \(bind: cursor.key) AND f.case_id \(unsafeRaw: op) \(bind: id)))")
        }
        for (field, value) in facets.dropFirst() {
            conditions.append("EXISTS (SELECT 1 FROM \(ident: CaseFacets.schema) g WHERE g.case_id = f.case_id AND g.field = \(bind: field.rawValue) AND g.value = \(bind: value))")
        }
        var caseConditions: [SQLQueryString] = []
        if let status = criteria.status { caseConditions.append("c.status = \(bind: status)") }
        if let assigned = criteria.assignedTo { caseConditions.append("c.assigned_to = \(bind: assigned)") }
        if let reference = criteria.reference, !reference.isEmpty { caseConditions.append("c.reference LIKE \(bind: "%" + reference.uppercased() + "%")") }
        if !caseConditions.isEmpty {
            conditions.append("EXISTS (SELECT 1 FROM \(ident: CaseFileModel.schema) c WHERE c.id = f.case_id AND \(caseConditions.joined(separator: " AND ")))")
        }
        let direction = newest ? "DESC" : "ASC"
        struct Row: Decodable { let case_id: UUID }
        return try await Backend.sqlDatabase(database).raw("""
            SELECT f.case_id FROM \(ident: CaseFacets.schema) f WHERE \(conditions.joined(separator: " AND ")) \
            ORDER BY f.opened_on \(unsafeRaw: direction), f.case_id \(unsafeRaw: direction) LIMIT \(literal: limit)
            """).all(decoding: Row.self).map(\.case_id)
    }
}
