import AccessControl
import FluentKit
import FluentSQL
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
    ) async throws -> ListPage<CaseFileModel> {
        // A scope of the form "A or B" runs as two queries merged here. The
        // large part (the organisation's register) walks an index in list order
        // and stops after a page; the small part (cases of other organisations
        // assigned to the user) is read whole through its own index and sorted
        // here. One `OR` query sorted every case of the organisation instead,
        // and an ordered small part would walk the whole register in date order
        // looking for its few rows: seconds, at a million cases.
        var large: (@Sendable (QueryBuilder<CaseFileModel>) -> Void)?
        var largeOrganisation: UUID?
        var small: (@Sendable (QueryBuilder<CaseFileModel>) -> Void)?
        switch filter {
        case .nothing:
            return ListPage(items: [], nextCursor: nil)
        case .ownedBy(let user):
            small = { query in query.group(.or) { $0.filter(\.$assignedTo.$id == user).filter(\.$createdBy.$id == user) } }
        case .organisation(let org, let user), .organisationOrReferred(let org, let user):
            large = { $0.filter(\.$organisation.$id == org) }
            largeOrganisation = org
            // "Other organisation" as two ranges, so the index on
            // (assigned_to, organisation_id) skips the user's own organisation
            // instead of reading through it.
            small = { query in
                query.filter(\.$assignedTo.$id == user)
                    .group(.or) { $0.filter(\.$organisation.$id < org).filter(\.$organisation.$id > org) }
            }
        case .everything:
            large = { _ in }
        }
        var rows: [CaseFileModel] = []
        if let large {
            if let ids = try await facetPage(organisationID: largeOrganisation, criteria: criteria, after: cursor, limit: limit + 1, on: database) {
                rows += ids.isEmpty ? [] : try await CaseFileModel.query(on: database).filter(\.$id ~~ ids).all()
            } else {
                let query = CaseFileModel.query(on: database)
                large(query)
                narrow(query, by: criteria, after: cursor)
                sort(query, by: criteria.sort)
                rows += try await query.limit(limit + 1).all()
            }
        }
        if let small {
            let query = CaseFileModel.query(on: database)
            small(query)
            narrow(query, by: criteria, after: cursor)
            rows += try await query.all()
        }
        rows = Array(rows.sorted(by: listOrder(criteria.sort)).prefix(limit + 1))
        return page(rows, limit: limit) { model in
            Cursor(key: sortKey(model, criteria.sort), id: model.id?.uuidString ?? "")
        }
    }

    private static func sortKey(_ model: CaseFileModel, _ sort: CaseCriteria.Sort) -> String {
        sort == .reference ? model.reference : model.openedOn
    }

    /// The order the database sorts a list in. Ids compare as their uppercase
    /// text, which is also the byte order PostgreSQL's `uuid` type uses.
    private static func listOrder(_ sort: CaseCriteria.Sort) -> (CaseFileModel, CaseFileModel) -> Bool {
        { a, b in
            let (keyA, keyB) = (sortKey(a, sort), sortKey(b, sort))
            let (idA, idB) = (a.id?.uuidString ?? "", b.id?.uuidString ?? "")
            return sort == .newest ? (keyA, idA) > (keyB, idB) : (keyA, idA) < (keyB, idB)
        }
    }

    /// The criteria's filters and the cursor.
    private static func narrow(_ query: QueryBuilder<CaseFileModel>, by criteria: CaseCriteria, after cursor: Cursor?) {
        if let status = criteria.status { query.filter(\.$status == status) }
        if let organisation = criteria.organisationID { query.filter(\.$organisation.$id == organisation) }
        if let assigned = criteria.assignedTo { query.filter(\.$assignedTo.$id == assigned) }
        if let from = criteria.openedFrom { query.filter(\.$openedOn >= from) }
        if let to = criteria.openedTo { query.filter(\.$openedOn <= to) }
        if let reference = criteria.reference, !reference.isEmpty { query.filter(\.$reference =~ reference.uppercased()) }
        // The large part of a list reads these from ``CaseFacets``; the small
        // part (a few assigned cases) and lists by reference look them up here.
        // Nested EXISTS: a case's victims first (by case id), then a point look-up
        // of the value for each. Flat joins let SQLite start from every victim
        // with the value, once per case examined.
        if let type = criteria.exploitationType {
            query.filter(.sql(embed: """
                EXISTS (SELECT 1 FROM victims v WHERE v.case_id = cases.id AND EXISTS (SELECT 1 FROM code_values c \
                WHERE c.owner_id = v.id AND c.field = \(bind: "vic_TypeOfExploitation") AND c.value = \(bind: type)))
                """))
        }
        if let country = criteria.citizenship {
            query.filter(.sql(embed: """
                EXISTS (SELECT 1 FROM victims v WHERE v.case_id = cases.id AND EXISTS (SELECT 1 FROM person_citizenships pc \
                WHERE pc.person_id = v.person_id AND pc.country = \(bind: country)))
                """))
        }
        switch criteria.sort {
        case .newest:
            if let cursor, let id = UUID(uuidString: cursor.id) {
                query.group(.or) { or in
                    or.filter(\.$openedOn < cursor.key)
                    or.group(.and) { $0.filter(\.$openedOn == cursor.key).filter(\.$id < id) }
                }
            }
        case .oldest:
            if let cursor, let id = UUID(uuidString: cursor.id) {
                query.group(.or) { or in
                    or.filter(\.$openedOn > cursor.key)
                    or.group(.and) { $0.filter(\.$openedOn == cursor.key).filter(\.$id > id) }
                }
            }
        case .reference:
            if let cursor, let id = UUID(uuidString: cursor.id) {
                query.group(.or) { or in
                    or.filter(\.$reference > cursor.key)
                    or.group(.and) { $0.filter(\.$reference == cursor.key).filter(\.$id > id) }
                }
            }
        }
    }

    private static func sort(_ query: QueryBuilder<CaseFileModel>, by sort: CaseCriteria.Sort) {
        switch sort {
        case .newest: query.sort(\.$openedOn, .descending).sort(\.$id, .descending)
        case .oldest: query.sort(\.$openedOn, .ascending).sort(\.$id, .ascending)
        case .reference: query.sort(\.$reference, .ascending).sort(\.$id, .ascending)
        }
    }
}
