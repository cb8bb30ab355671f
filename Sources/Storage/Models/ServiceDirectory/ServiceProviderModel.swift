import FluentKit
import Foundation

/// A provider in the national service directory, owned by an organisation.
///
/// Not personal data, so nothing here is encrypted. Multi-valued fields
/// (services, languages, genders, nationalities, statuses) are rows of
/// ``ServiceProviderValueModel``, so searches filter on them in SQL.
public final class ServiceProviderModel: Model, @unchecked Sendable {
    public static let schema = "service_providers"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: OrganisationModel
    @Field(key: "name") public var name: String
    /// `name` lower-cased: the sort key, the same on both databases.
    @Field(key: "name_key") public var nameKey: String
    @Field(key: "active") public var active: Bool
    @OptionalField(key: "min_age") public var minimumAge: Int?
    @OptionalField(key: "max_age") public var maximumAge: Int?
    @Field(key: "accepts_mothers_with_children") public var acceptsMothersWithChildren: Bool
    @Field(key: "disability_access") public var disabilityAccess: Bool
    @OptionalField(key: "capacity") public var capacity: Int?
    @OptionalField(key: "available_places") public var availablePlaces: Int?
    @OptionalField(key: "availability_updated_at") public var availabilityUpdatedAt: Date?
    /// ISO 3166 alpha-3.
    @OptionalField(key: "country") public var country: String?
    @OptionalField(key: "admin_area") public var adminArea: String?
    @OptionalField(key: "city") public var city: String?
    @OptionalField(key: "address") public var address: String?
    @OptionalField(key: "latitude") public var latitude: Double?
    @OptionalField(key: "longitude") public var longitude: Double?
    /// E.164.
    @OptionalField(key: "phone") public var phone: String?
    @OptionalField(key: "email") public var email: String?
    @OptionalField(key: "hours") public var hours: String?
    @Children(for: \.$provider) public var values: [ServiceProviderValueModel]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), organisationID: UUID) {
        self.id = id
        self.$organisation.id = organisationID
        self.active = true
    }
}

/// One value of a provider's multi-valued field, e.g. (`service`, `Shelter`)
/// or (`language`, `fra`): one row per value, indexed on (field, value).
public final class ServiceProviderValueModel: Model, @unchecked Sendable {
    public static let schema = "service_provider_values"

    /// The multi-valued fields of a provider.
    public enum ValueField: String, CaseIterable, Sendable {
        /// A `ServiceType` value.
        case service
        /// An ISO 639-2 code.
        case language
        /// A `Gender` value the provider takes; none means everyone.
        case gender
        /// An alpha-3 citizenship the provider is limited to; none means any.
        case nationality
        /// An alpha-3 citizenship the provider does not take.
        case excludedNationality
        /// A `TraffickingStatus` value the provider serves; none means any.
        case status
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "provider_id") public var provider: ServiceProviderModel
    @Field(key: "field") public var field: String
    @Field(key: "value") public var value: String

    public init() {}

    public init(providerID: UUID, field: ValueField, value: String) {
        self.id = .timeOrdered()
        self.$provider.id = providerID
        self.field = field.rawValue
        self.value = value
    }
}
