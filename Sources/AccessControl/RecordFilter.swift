import Foundation

/// The rows a principal may see in a list, a search or an export, ready for a
/// storage layer to turn into a `WHERE` clause. Produced only by ``AccessPolicy``.
public enum RecordFilter: Hashable, Sendable {
    /// Nothing: the principal may not list records of this kind at all.
    case nothing
    /// Records owned by this user.
    case ownedBy(userID: UUID)
    /// Records of this organisation, or owned by this user.
    case organisation(UUID, orOwnedBy: UUID)
    /// Records of this organisation, referred to it, or owned by this user.
    case organisationOrReferred(UUID, orOwnedBy: UUID)
    /// Every record.
    case everything
}
