import Foundation
import Storage

/// A help contact's description, checked: what ``HelpContactInput/validate()``
/// makes and what the pages and the API show.
struct HelpContact: Equatable, Sendable {
    var name: String
    var kind: HelpContactKind
    /// ISO 3166 alpha-3 of the country the contact is in and serves.
    var country: String?
    /// ISO 3166 alpha-3 of the country whose consulate or embassy this is.
    var represents: String?
    /// ISO 639-2 codes, sorted.
    var languages: [String]
    /// E.164.
    var phone: String?
    var email: String?
    /// Always `http` or `https`.
    var website: String?
    var address: String?
    var hours: String?
    var note: String?
    var active = true

    /// Reads a stored row; an unknown kind (a later version's) shows as `other`.
    init(_ model: HelpContactModel) {
        name = model.name
        kind = HelpContactKind(rawValue: model.kind) ?? .other
        country = model.country
        represents = model.represents
        languages = model.languages
        phone = model.phone
        email = model.email
        website = model.website
        address = model.address
        hours = model.hours
        note = model.note
        active = model.active
    }

    init(name: String, kind: HelpContactKind, country: String? = nil, represents: String? = nil, languages: [String] = [],
         phone: String? = nil, email: String? = nil, website: String? = nil, address: String? = nil, hours: String? = nil,
         note: String? = nil, active: Bool = true) {
        self.name = name
        self.kind = kind
        self.country = country
        self.represents = represents
        self.languages = languages
        self.phone = phone
        self.email = email
        self.website = website
        self.address = address
        self.hours = hours
        self.note = note
        self.active = active
    }

    /// Writes everything but the id onto a row.
    func apply(to model: HelpContactModel) {
        model.rename(name)
        model.kind = kind.rawValue
        model.country = country
        model.represents = represents
        model.languages = languages
        model.phone = phone
        model.email = email
        model.website = website
        model.address = address
        model.hours = hours
        model.note = note
        model.active = active
    }
}

/// A stored contact with its id and when it was last changed.
struct HelpContactListing: Sendable {
    var id: UUID
    var contact: HelpContact
    var updatedAt: Date?

    init(_ model: HelpContactModel) throws {
        id = try model.requireID()
        contact = HelpContact(model)
        updatedAt = model.updatedAt ?? model.createdAt
    }
}
