import Foundation

/// The signed-in user an access decision is made for.
public struct Principal: Hashable, Sendable {
    public var userID: UUID
    public var organisationID: UUID
    public var roles: Set<Role>

    public init(userID: UUID, organisationID: UUID, roles: Set<Role>) {
        self.userID = userID
        self.organisationID = organisationID
        self.roles = roles
    }
}
