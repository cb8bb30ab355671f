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
        let query = CaseFileModel.query(on: database)
        switch filter {
        case .nothing: return ListPage(items: [], nextCursor: nil)
        case .ownedBy(let user):
            query.group(.or) { $0.filter(\.$assignedTo.$id == user).filter(\.$createdBy.$id == user) }
        case .organisation(let org, let user), .organisationOrReferred(let org, let user):
            query.group(.or) { $0.filter(\.$organisation.$id == org).filter(\.$assignedTo.$id == user) }
        case .everything: break
        }
        if let status = criteria.status { query.filter(\.$status == status) }
        if let organisation = criteria.organisationID { query.filter(\.$organisation.$id == organisation) }
        if let assigned = criteria.assignedTo { query.filter(\.$assignedTo.$id == assigned) }
        if let from = criteria.openedFrom { query.filter(\.$openedOn >= from) }
        if let to = criteria.openedTo { query.filter(\.$openedOn <= to) }
        if let reference = criteria.reference, !reference.isEmpty { query.filter(\.$reference =~ reference.uppercased()) }
        if let type = criteria.exploitationType {
            query.filter(.sql(embed: """
                EXISTS (SELECT 1 FROM victims v JOIN code_values c ON c.owner_id = v.id \
                WHERE v.case_id = cases.id AND c.field = \(bind: "vic_TypeOfExploitation") AND c.value = \(bind: type))
                """))
        }
        if let country = criteria.citizenship {
            query.filter(.sql(embed: """
                EXISTS (SELECT 1 FROM victims v JOIN person_citizenships pc ON pc.person_id = v.person_id \
                WHERE v.case_id = cases.id AND pc.country = \(bind: country))
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
            query.sort(\.$openedOn, .descending).sort(\.$id, .descending)
        case .oldest:
            if let cursor, let id = UUID(uuidString: cursor.id) {
                query.group(.or) { or in
                    or.filter(\.$openedOn > cursor.key)
                    or.group(.and) { $0.filter(\.$openedOn == cursor.key).filter(\.$id > id) }
                }
            }
            query.sort(\.$openedOn, .ascending).sort(\.$id, .ascending)
        case .reference:
            if let cursor, let id = UUID(uuidString: cursor.id) {
                query.group(.or) { or in
                    or.filter(\.$reference > cursor.key)
                    or.group(.and) { $0.filter(\.$reference == cursor.key).filter(\.$id > id) }
                }
            }
            query.sort(\.$reference, .ascending).sort(\.$id, .ascending)
        }
        let rows = try await query.limit(limit + 1).all()
        return page(rows, limit: limit) { model in
            Cursor(key: criteria.sort == .reference ? model.reference : model.openedOn, id: model.id?.uuidString ?? "")
        }
    }
}
