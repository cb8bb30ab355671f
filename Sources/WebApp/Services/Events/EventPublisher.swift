import AccessControl
import Fluent
import Foundation
import Storage

/// Where services hand the events of a change, inside the transaction that
/// makes the change, so an event exists if and only if the change does.
///
/// Publishing writes the event to the outbox (`events`), one inbox row per
/// user who hears it, and one pending delivery per active endpoint of the
/// organisation that subscribes to the kind. Nothing leaves the process here:
/// ``WebhookDispatcher`` sends from the queue after the commit, so a rolled
/// back change sends nothing and a restart loses nothing.
struct EventPublisher: Sendable {
    let now: @Sendable () -> Date

    func publish(_ events: [DomainEvent], on database: any Database) async throws {
        for event in events {
            try await publish(event, on: database)
        }
    }

    /// Stores one event and fans it out.
    private func publish(_ event: DomainEvent, on database: any Database) async throws {
        let at = now()
        let row = EventModel(kind: event.kind.rawValue, subjectID: event.subjectID, caseID: event.caseID,
                             organisationID: event.organisationID, userID: event.userID, at: at)
        try await row.create(on: database)
        let eventID = try row.requireID()
        let recipients = try await NotificationAudience.recipients(of: event, on: database)
        try await recipients.map { NotificationModel(eventID: eventID, userID: $0) }.create(on: database)
        let endpoints = try await WebhookEndpointModel.query(on: database)
            .filter(\.$organisationID == event.organisationID).filter(\.$active == true).all()
            .filter { $0.kindSet.contains(event.kind.rawValue) }
        try await endpoints.map { WebhookDeliveryModel(eventID: eventID, endpointID: try $0.requireID(), organisationID: event.organisationID, at: at) }
            .create(on: database)
    }
}

extension LibertasContext {
    var events: EventPublisher { EventPublisher(now: now) }
}
