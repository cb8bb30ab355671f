import FluentKit
import Foundation

/// An organisation: a police unit, an NGO, a shelter, a ministry. Users belong to one.
public final class OrganisationModel: Model, @unchecked Sendable {
    public static let schema = "organisations"

    @ID(key: .id) public var id: UUID?

    @Field(key: "name") public var name: String
    /// `name` lower-cased: the sort and uniqueness key, the same on both databases.
    @Field(key: "name_key") public var nameKey: String
    @OptionalField(key: "acronym") public var acronym: String?
    /// An HTCDS `org_Type` value name.
    @Field(key: "org_type") public var type: String
    /// E.164.
    @OptionalField(key: "phone") public var phone: String?
    @Field(key: "active") public var active: Bool

    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(id: UUID = UUID(), name: String, acronym: String?, type: String, phone: String?, active: Bool = true) {
        self.id = id
        self.name = name
        self.nameKey = name.lowercased()
        self.acronym = acronym
        self.type = type
        self.phone = phone
        self.active = active
    }

    /// Sets the name and its sort key together.
    public func rename(_ newName: String) {
        name = newName
        nameKey = newName.lowercased()
    }
}
