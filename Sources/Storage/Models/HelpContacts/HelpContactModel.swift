import FluentKit
import Foundation

/// A help contact of the public awareness section (`/learn/help`): a hotline,
/// shelter, NGO, police unit or consulate, kept by the system administrator.
///
/// It describes a service, not a person, so nothing here is encrypted, and it
/// belongs to no organisation: the directory is national. Only active contacts
/// are ever shown to the public.
public final class HelpContactModel: Model, @unchecked Sendable {
    public static let schema = "help_contacts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    /// `name` lower-cased: the sort key, the same on both databases.
    @Field(key: "name_key") public var nameKey: String
    /// A `HelpContactKind` raw value (`hotline`, `consulate`, …).
    @Field(key: "kind") public var kind: String
    /// ISO 3166 alpha-3 of the country the contact is in and serves.
    @OptionalField(key: "country") public var country: String?
    /// For a consulate or embassy: ISO 3166 alpha-3 of the country whose mission it is.
    @OptionalField(key: "represents") public var represents: String?
    /// ISO 639-2 codes between commas, with a comma at each end (`,eng,zho,`),
    /// so that "speaks Chinese" is one `LIKE '%,zho,%'` on both databases.
    @Field(key: "languages") public var languageList: String
    /// E.164.
    @OptionalField(key: "phone") public var phone: String?
    @OptionalField(key: "email") public var email: String?
    /// An `http` or `https` address, nothing else (it becomes a link on a public page).
    @OptionalField(key: "website") public var website: String?
    @OptionalField(key: "address") public var address: String?
    @OptionalField(key: "hours") public var hours: String?
    @OptionalField(key: "note") public var note: String?
    @Field(key: "active") public var active: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// A new, active contact; the id is explicit so it cannot be confused with Fluent's empty `init()`.
    public init(id: UUID) {
        self.id = id
        self.active = true
        self.languageList = ","
    }

    /// The languages as ISO 639-2 codes, in the stored order.
    public var languages: [String] {
        get { languageList.split(separator: ",").map(String.init) }
        set { languageList = Self.languageColumn(newValue) }
    }

    /// The stored form of a list of language codes.
    public static func languageColumn(_ codes: [String]) -> String {
        "," + codes.map { $0 + "," }.joined()
    }

    /// Sets the name and its sort key together.
    public func rename(_ newName: String) {
        name = newName
        nameKey = newName.lowercased()
    }
}
