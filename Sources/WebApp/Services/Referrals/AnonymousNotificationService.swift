import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage

/// The fields an anonymous notification may hold, and nothing else.
struct AnonymousNotification: Sendable, Equatable {
    static let fields: Set<String> = ["sex", "ageGroup", "citizenship", "exploitationTypes", "exploitationCountry", "exploitationMonth"]

    var sex: Gender?
    var ageGroup: AgeGroup = .unknown
    /// ISO alpha-3.
    var citizenship: String?
    var exploitationTypes: Set<ExploitationType> = []
    /// ISO alpha-3.
    var exploitationCountry: String?
    /// Month precision at most; a day is cut to its month.
    var exploitationMonth: PartialDate?
}

/// A stored notification, as lists show it.
struct AnonymousNotificationView: Sendable {
    let id: UUID
    let organisationID: UUID
    let notifiedMonth: String
    let notification: AnonymousNotification
}

/// The duty-to-notify path: an adult who does not consent to a referral is
/// still counted, through a record that cannot identify them. The row has no
/// link to the case or the person; the audit entry names the case (so the
/// notifying organisation can account for it) but not the notification.
struct AnonymousNotificationService {
    let database: any Database
    let context: LibertasContext

    func notify(_ caller: Caller, _ input: AnonymousNotification, fromCase caseID: UUID? = nil) async throws -> UUID {
        let org = caller.user.organisationID
        try await context.authorize(caller, .create, RecordFacts(kind: .anonymousNotification, organisationID: org), on: database)
        if let caseID { _ = try await CaseService(database: database, context: context).load(caller, id: caseID, for: .read) }
        let today = PartialDate.today(context.now())
        var validator = Validator()
        var citizenship: String?
        if let code = input.citizenship {
            if let country = Country.find(code) { citizenship = country.iso3 } else { validator.add("citizenship", .validationCountry) }
        }
        var country: String?
        if let code = input.exploitationCountry {
            if let found = Country.find(code) { country = found.iso3 } else { validator.add("exploitationCountry", .validationCountry) }
        }
        if let month = input.exploitationMonth, month.isInFuture(today: today) { validator.add("exploitationMonth", .validationInFuture) }
        try validator.throwIfInvalid()

        let row = AnonymousNotificationModel(organisationID: org, ageGroup: input.ageGroup.rawValue, notifiedMonth: today.toMonth.description)
        let id = try row.requireID()
        row.sex = input.sex?.rawValue
        row.citizenship = citizenship
        row.exploitationCountry = country
        row.exploitationMonth = input.exploitationMonth?.toMonth.description
        let values = input.exploitationTypes.inListOrder.map { CodeValueModel(ownerID: id, field: AnonymousNotificationModel.exploitationField, value: $0.rawValue) }
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.create(on: tx)
            for value in values { try await value.create(on: tx) }
            var summary = AuditSummary()
            if let caseID { summary.note("case", caseID.uuidString) }
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "notification.create", recordType: "anonymousNotification",
                                              organisationID: org, summary: summary))
        }
        return id
    }

    /// Notifications the caller may see: the organisation's own, or all for the coordinator and analysts.
    func list(_ caller: Caller, cursor: String?, limit: Int?) async throws -> ListPage<AnonymousNotificationView> {
        let query = AnonymousNotificationModel.query(on: database)
        switch context.listFilter(caller, .anonymousNotification) {
        case .nothing, .ownedBy: try await context.refuse(caller, .list, .anonymousNotification, on: database)
        case .organisation(let org, _), .organisationOrReferred(let org, _): query.filter(\.$organisationID == org)
        case .everything: break
        }
        let page = try await NewestFirst.page(query, after: Cursor.parse(cursor), limit: PageSize.clamp(limit))
        let ids = page.items.compactMap(\.id)
        let values = ids.isEmpty ? [] : try await CodeValueModel.query(on: database).filter(\.$ownerID ~~ ids).filter(\.$field == AnonymousNotificationModel.exploitationField).all()
        let types = Dictionary(grouping: values, by: \.ownerID)
        return try page.map { row in
            let id = try row.requireID()
            return AnonymousNotificationView(id: id, organisationID: row.organisationID, notifiedMonth: row.notifiedMonth, notification: AnonymousNotification(
                sex: row.sex.flatMap(Gender.init(rawValue:)), ageGroup: AgeGroup(rawValue: row.ageGroup) ?? .unknown, citizenship: row.citizenship,
                exploitationTypes: Set((types[id] ?? []).compactMap { ExploitationType(rawValue: $0.value) }),
                exploitationCountry: row.exploitationCountry, exploitationMonth: row.exploitationMonth.flatMap(PartialDate.init(parsing:))
            ))
        }
    }
}
