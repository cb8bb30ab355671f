import AccessControl
import FluentKit
import FluentSQL
import SQLKit
import Foundation

/// What to look for in the case list.
public struct CaseCriteria: Sendable, Equatable {
    public enum Sort: String, Sendable, CaseIterable {
        case newest, oldest, reference
    }

    public var status: String?
    /// An `ExploitationType` value: cases with a victim exploited this way.
    public var exploitationType: String?
    /// ISO alpha-3: cases with a victim of this citizenship.
    public var citizenship: String?
    /// `YYYY-MM-DD` bounds on the opening date, inclusive.
    public var openedFrom: String?
    public var openedTo: String?
    public var organisationID: UUID?
    public var assignedTo: UUID?
    public var reference: String?
    public var sort: Sort = .newest

    public init() {}
}

/// Reads of cases, always through an access-control filter.
public enum CaseQueries {
    public static func list(
        on database: any Database,
        filter: RecordFilter,
        criteria: CaseCriteria,
        after cursor: Cursor?,
        limit: Int
    ) async throws -> ListPage<CaseListRow> {
        // A scope of the form "A or B" runs as two queries merged here. The
        // large part (the organisation's register) walks an index in list order
        // and stops after a page; the small part (cases of other organisations
        // assigned to the user) is read whole through its own index and sorted
        // here. One `OR` query sorted every case of the organisation instead,
        // and an ordered small part would walk the whole register in date order
        // looking for its few rows: seconds, at a million cases.
        var large: [SQLQueryString]?
        var largeOrganisation: UUID?
        var small: SQLQueryString?
        switch filter {
        case .nothing:
            return ListPage(items: [], nextCursor: nil)
        case .ownedBy(let user):
            small = "(assigned_to = \(bind: user) OR created_by = \(bind: user))"
        case .organisation(let org, let user), .organisationOrReferred(let org, let user):
            large = ["organisation_id = \(bind: org)"]
            largeOrganisation = org
            // "Other organisation" as two ranges, so the index on
            // (assigned_to, organisation_id) skips the user's own organisation
            // instead of reading through it.
            small = "assigned_to = \(bind: user) AND (organisation_id < \(bind: org) OR organisation_id > \(bind: org))"
        case .everything:
            large = []
        }
        let narrowing = narrow(by: criteria, after: cursor)
        var rows: [CaseListRow] = []
        if let large {
            if let ids = try await facetPage(organisationID: largeOrganisation, criteria: criteria, after: cursor, limit: limit + 1, on: database) {
                if !ids.isEmpty { rows += try await select(["id IN (\(binds: ids))"], on: database) }
            } else {
                rows += try await select(large + narrowing, orderedBy: criteria.sort, limit: limit + 1, on: database)
            }
        }
        if let small {
            rows += try await select([small] + narrowing, on: database)
        }
        // Ids compare as their uppercase text, which is also the byte order
        // PostgreSQL's `uuid` type uses; each is converted once, not per comparison.
        let sort = criteria.sort
        let keyed = rows.map { (row: $0, key: sortKey($0, sort), id: $0.id.uuidString) }
        let ordered = keyed.sorted { a, b in
            sort == .newest ? (a.key, a.id) > (b.key, b.id) : (a.key, a.id) < (b.key, b.id)
        }
        return page(Array(ordered.prefix(limit + 1)), limit: limit) { Cursor(key: $0.key, id: $0.id) }.map(\.row)
    }

    private static func sortKey(_ row: CaseListRow, _ sort: CaseCriteria.Sort) -> String {
        sort == .reference ? row.reference : row.openedOn
    }

    /// Cases meeting every condition, in list order when `sort` is given.
    private static func select(
        _ conditions: [SQLQueryString], orderedBy sort: CaseCriteria.Sort? = nil, limit: Int? = nil, on database: any Database
    ) async throws -> [CaseListRow] {
        var query: SQLQueryString = "SELECT \(unsafeRaw: CaseListRow.columnList) FROM \(ident: CaseFileModel.schema)"
        if !conditions.isEmpty { query = "\(query) WHERE \(conditions.joined(separator: " AND "))" }
        switch sort {
        case .newest: query = "\(query) ORDER BY opened_on DESC, id DESC"
        case .oldest: query = "\(query) ORDER BY opened_on ASC, id ASC"
        case .reference: query = "\(query) ORDER BY reference ASC, id ASC"
        case nil: break
        }
        if let limit { query = "\(query) LIMIT \(literal: limit)" }
        return try await Backend.sqlDatabase(database).raw(query).all(decoding: CaseListRow.self)
    }

    /// The criteria's filters and the cursor, as conditions on `cases`.
    private static func narrow(by criteria: CaseCriteria, after cursor: Cursor?) -> [SQLQueryString] {
        var conditions: [SQLQueryString] = []
        if let status = criteria.status { conditions.append("status = \(bind: status)") }
        if let organisation = criteria.organisationID { conditions.append("organisation_id = \(bind: organisation)") }
        if let assigned = criteria.assignedTo { conditions.append("assigned_to = \(bind: assigned)") }
        if let from = criteria.openedFrom { conditions.append("opened_on >= \(bind: from)") }
        if let to = criteria.openedTo { conditions.append("opened_on <= \(bind: to)") }
        if let reference = criteria.reference, !reference.isEmpty {
            conditions.append("reference LIKE \(bind: "%" + reference.uppercased() + "%")")
        }
        // The large part of a list reads these from ``CaseFacets``; the small
        // part (a few assigned cases) and lists by reference look them up here.
        // Nested EXISTS: a case's victims first (by case id), then a point look-up
        // of the value for each. Flat joins let SQLite start from every victim
        // with the value, once per case examined.
        if let type = criteria.exploitationType {
            conditions.append("""
                EXISTS (SELECT 1 FROM victims v WHERE v.case_id = cases.id AND EXISTS (SELECT 1 FROM code_values c \
                WHERE c.owner_id = v.id AND c.field = \(bind: "vic_TypeOfExploitation") AND c.value = \(bind: type)))
                """)
        }
        if let country = criteria.citizenship {
            conditions.append("""
                EXISTS (SELECT 1 FROM victims v WHERE v.case_id = cases.id AND EXISTS (SELECT 1 FROM person_citizenships pc \
                WHERE pc.person_id = v.person_id AND pc.country = \(bind: country)))
                """)
        }
        if let cursor, let id = UUID(uuidString: cursor.id) {
            let (column, op) = switch criteria.sort {
            case .newest: ("opened_on", "<")
            case .oldest: ("opened_on", ">")
            case .reference: ("reference", ">")
            }
            conditions.append("""
                (\(ident: column) \(unsafeRaw: op) \(bind: cursor.key) OR (\(ident: column) = \(bind: cursor.key) AND id \(unsafeRaw: op) \(bind: id)))
                """)
        }
        return conditions
    }
}
