import FluentKit
import Foundation

/// One role held by one user. A join table rather than a list in a column, so
/// that "who holds this role" is a plain indexed query on both databases.
public final class UserRoleModel: Model, @unchecked Sendable {
    public static let schema = "user_roles"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: UserModel
    /// An `AccessControl.Role` raw value.
    @Field(key: "role") public var role: String

    public init() {}

    public init(userID: UUID, role: String) {
        self.id = UUID()
        self.$user.id = userID
        self.role = role
    }
}
