import Fluent
import Foundation

/// Where services hand the events of a change, inside the transaction that
/// makes the change, so an event exists if and only if the change does.
///
/// Work in progress (issue 5, notifications): events are not stored yet.
struct EventPublisher: Sendable {
    func publish(_ events: [DomainEvent], on database: any Database) async throws {}
}

extension LibertasContext {
    var events: EventPublisher { EventPublisher() }
}
