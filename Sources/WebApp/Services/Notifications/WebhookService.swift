import AccessControl
import AuditTrail
import Fluent
import Foundation
import Storage
import Webhooks

/// What an administrator asks for when adding an endpoint.
struct NewWebhookEndpoint: Sendable {
    var url: String?
    /// `DomainEvent.Kind` raw values.
    var kinds: [String]
}

/// An organisation's webhook endpoints and their delivery log, for its
/// administrator (and the system administrator, for any organisation).
///
/// The signing secret is generated here and returned once, like an access
/// token's; it is stored encrypted because the dispatcher needs it to sign.
struct WebhookService {
    let database: any Database
    let context: LibertasContext

    /// An organisation has at most this many endpoints, active or not.
    static let maximumEndpoints = 20

    func list(_ caller: Caller, organisationID: UUID) async throws -> [WebhookEndpointModel] {
        try await authorizeOrganisation(caller, .list, organisationID)
        return try await WebhookEndpointModel.query(on: database).filter(\.$organisationID == organisationID).sort(\.$id, .descending).all()
    }

    /// Adds an endpoint and returns it with its secret, shown this once.
    func create(_ caller: Caller, organisationID: UUID, _ input: NewWebhookEndpoint) async throws -> (WebhookEndpointModel, secret: String) {
        try await authorizeOrganisation(caller, .create, organisationID)
        var validator = Validator()
        let checked = WebhookURL.validate(input.url ?? "")
        switch checked {
        case .success: break
        case .failure(.needsHTTPS): validator.add("url", .validationWebhookHTTPS)
        case .failure(.hasCredentials): validator.add("url", .validationWebhookCredentials)
        case .failure(.malformed): validator.add("url", .validationWebhookURL)
        }
        let address = (try? checked.get())?.absoluteString ?? ""
        let known = Set(DomainEvent.Kind.subscribable.map(\.rawValue))
        let kinds = Set(input.kinds)
        if kinds.isEmpty || !kinds.isSubset(of: known) { validator.add("kinds", .validationWebhookKinds) }
        try validator.throwIfInvalid()
        let existing = try await WebhookEndpointModel.query(on: database).filter(\.$organisationID == organisationID).count()
        if existing >= Self.maximumEndpoints { throw AppError.invalid([FieldError("url", .validationWebhookLimit, ["max": String(Self.maximumEndpoints)])]) }

        let secret = "whsec_" + SecretGenerator.token()
        let kindList = DomainEvent.Kind.subscribable.map(\.rawValue).filter(kinds.contains).joined(separator: ";")
        let id = UUID.timeOrdered()
        let endpoint = WebhookEndpointModel(
            id: id, organisationID: organisationID, url: address,
            secretCipher: try context.cipher.seal(secret, field: WebhookEndpointModel.EncryptedField.secret, rowID: id),
            secretPrefix: String(secret.prefix(10)), kinds: kindList, at: context.now()
        )
        try await context.audit.transaction(on: database) { tx, audit in
            try await endpoint.create(on: tx)
            var summary = AuditSummary()
            summary.set("url", from: nil, to: address)
            summary.set("kinds", from: nil, to: kindList)
            summary.setRedacted("secret")
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "webhook.create", recordType: RecordKind.webhookEndpoint.rawValue,
                                              recordID: id.uuidString, organisationID: organisationID, summary: summary))
        }
        return (endpoint, secret)
    }

    /// Stops deliveries to an endpoint. Deliveries already queued fail when their turn comes.
    func deactivate(_ caller: Caller, id: UUID) async throws -> WebhookEndpointModel {
        let endpoint = try await load(caller, id: id, for: .update)
        guard endpoint.active else { return endpoint }
        endpoint.active = false
        endpoint.deactivatedAt = context.now()
        try await context.audit.transaction(on: database) { tx, audit in
            try await endpoint.update(on: tx)
            var summary = AuditSummary()
            summary.set("active", from: "true", to: "false")
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "webhook.deactivate", recordType: RecordKind.webhookEndpoint.rawValue,
                                              recordID: id.uuidString, organisationID: endpoint.organisationID, summary: summary))
        }
        return endpoint
    }

    /// Queues a `webhook.test` event for this endpoint alone; returns the event's id.
    func sendTest(_ caller: Caller, id: UUID) async throws -> UUID {
        let endpoint = try await load(caller, id: id, for: .update)
        guard endpoint.active else { throw AppError.conflict(FieldError("active", .validationWebhookInactive)) }
        let now = context.now()
        let event = EventModel(kind: DomainEvent.Kind.webhookTest.rawValue, subjectID: id, caseID: nil, organisationID: endpoint.organisationID, userID: nil, at: now)
        let eventID = try event.requireID()
        try await context.audit.transaction(on: database) { tx, audit in
            try await event.create(on: tx)
            try await WebhookDeliveryModel(eventID: eventID, endpointID: id, organisationID: endpoint.organisationID, at: now).create(on: tx)
            var summary = AuditSummary()
            summary.note("event", eventID.uuidString)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "webhook.test", recordType: RecordKind.webhookEndpoint.rawValue,
                                              recordID: id.uuidString, organisationID: endpoint.organisationID, summary: summary))
        }
        return eventID
    }

    /// A line of the delivery log.
    struct Delivery: Sendable {
        let id: UUID
        let eventID: UUID
        let kind: String
        let endpointID: UUID
        let url: String
        let status: WebhookDeliveryModel.Status
        let attempts: Int
        let lastStatusCode: Int?
        let lastError: String?
        let createdAt: Date
        let lastAttemptAt: Date?
        let nextAttemptAt: Date?
        let deliveredAt: Date?

        init(_ row: WebhookDeliveryModel) throws {
            id = try row.requireID()
            eventID = row.$event.id
            kind = row.event.kind
            endpointID = row.$endpoint.id
            url = row.endpoint.url
            status = WebhookDeliveryModel.Status(rawValue: row.status) ?? .failed
            attempts = row.attempts
            lastStatusCode = row.lastStatusCode
            lastError = row.lastError
            createdAt = row.createdAt
            lastAttemptAt = row.lastAttemptAt
            nextAttemptAt = status == .pending ? row.nextAttemptAt : nil
            deliveredAt = row.deliveredAt
        }
    }

    /// The organisation's deliveries, newest first.
    func deliveries(_ caller: Caller, organisationID: UUID, status: WebhookDeliveryModel.Status?, cursor: String?, limit: Int?) async throws -> ListPage<Delivery> {
        try await authorizeOrganisation(caller, .list, organisationID)
        let query = WebhookDeliveryModel.query(on: database).filter(\.$organisationID == organisationID).with(\.$event).with(\.$endpoint)
        if let status { query.filter(\.$status == status.rawValue) }
        return try await NewestFirst.page(query, after: Cursor.parse(cursor), limit: PageSize.clamp(limit)).map(Delivery.init)
    }

    // MARK: Helpers

    func load(_ caller: Caller, id: UUID, for action: Action) async throws -> WebhookEndpointModel {
        guard let endpoint = try await WebhookEndpointModel.find(id, on: database) else { throw AppError.notFound }
        try await context.authorize(caller, action, Self.facts(endpoint.organisationID), recordID: id.uuidString, on: database)
        return endpoint
    }

    /// Authorises `action` on the organisation's webhooks; an unknown organisation is "not found".
    func authorizeOrganisation(_ caller: Caller, _ action: Action, _ organisationID: UUID) async throws {
        try await context.authorize(caller, action, Self.facts(organisationID), on: database)
        guard try await OrganisationModel.find(organisationID, on: database) != nil else { throw AppError.notFound }
    }

    static func facts(_ organisationID: UUID) -> RecordFacts {
        RecordFacts(kind: .webhookEndpoint, organisationID: organisationID)
    }
}
