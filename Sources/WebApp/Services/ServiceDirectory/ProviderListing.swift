import CaseModel
import Foundation

/// A provider as pages and the API show it: the directory entry, its owner,
/// and, in a search, how far it is.
struct ProviderListing: Sendable {
    let id: UUID
    let organisationID: UUID
    let organisationName: String
    let provider: ServiceProvider
    let availabilityUpdatedAt: Date?
    /// Kilometres from the searched point, when the search gave one.
    let distanceKm: Double?
}
