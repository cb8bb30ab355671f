import Fluent
import Foundation
import KnowledgeBase
import KnowledgeSearch
import Storage

/// Tells users whose saved searches match a newly published record, through
/// their inbox and their organisation's webhooks (`knowledge.match`).
struct SavedSearchAlerts {
    let database: any Database
    let context: LibertasContext

    /// Checks every saved search against the record `key`, which is already in
    /// the index (same transaction), and publishes one event per matching search's owner.
    func recordPublished(id: UUID, key: Int) async throws {
        let index = KnowledgeIndex(database)
        var alerted = Set<UUID>()
        for search in try await KnowledgeSavedSearchModel.query(on: database).all() where !alerted.contains(search.userID) {
            let query: SearchQuery?
            do {
                query = try KnowledgeQueryInput.parse(search.query)
            } catch {
                // A query that no longer parses (the catalogue changed) alerts no one rather than failing the publication.
                continue
            }
            // An empty query asks for every new record.
            var matches = true
            if let query { matches = try await index.matches(query, key: key) }
            if matches { alerted.insert(search.userID) }
        }
        guard !alerted.isEmpty else { return }
        let users = try await UserModel.query(on: database).filter(\.$id ~~ alerted).filter(\.$active == true).all()
        try await context.events.publish(users.compactMap { user in
            user.id.map { DomainEvent(kind: .knowledgeMatch, subjectID: id, caseID: nil, organisationID: user.$organisation.id, userID: $0) }
        }, on: database)
    }
}
