import Foundation
import Vapor

/// A help contact in the API. The request body has the same fields, less the
/// ones the server sets.
struct HelpContactDTO: Content {
    var id: UUID
    var name: String
    var kind: HelpContactKind
    var country: String?
    var represents: String?
    var languages: [String]
    var phone: String?
    var email: String?
    var website: String?
    var address: String?
    var hours: String?
    var note: String?
    var active: Bool
    var updatedAt: Date?

    init(_ listing: HelpContactListing) {
        let contact = listing.contact
        id = listing.id
        name = contact.name
        kind = contact.kind
        country = contact.country
        represents = contact.represents
        languages = contact.languages
        phone = contact.phone
        email = contact.email
        website = contact.website
        address = contact.address
        hours = contact.hours
        note = contact.note
        active = contact.active
        updatedAt = listing.updatedAt
    }

    static let kindSchema = JSONSchema.string(values: HelpContactKind.allCases.map(\.rawValue))

    /// The fields a client sets, shared by the request body and the response.
    static let inputFields: [(String, JSONSchema)] = [
        ("name", .string(description: "At most \(HelpContactInput.Limits.name) characters.")),
        ("kind", kindSchema),
        ("country", .string(description: "ISO 3166 code (CN or CHN) of the country the contact is in and serves; answered as alpha-3.")),
        ("represents", .string(description: "Consulates and embassies only, and required for them: ISO 3166 code of the country whose mission it is; answered as alpha-3.")),
        ("languages", .array(.string(description: "ISO 639 codes (zh or zho) of the languages spoken; answered as ISO 639-2."))),
        ("phone", .string(description: "E.164, e.g. +12025550143. At least one of phone, email and website is required.")),
        ("email", .string()),
        ("website", .string(description: "http or https only; `example.org` is read as https://example.org.")),
        ("address", .string(description: "At most \(HelpContactInput.Limits.address) characters.")),
        ("hours", .string(description: "Opening hours as the contact states them; at most \(HelpContactInput.Limits.hours) characters.")),
        ("note", .string(description: "Shown to the public; at most \(HelpContactInput.Limits.note) characters.")),
    ]

    static let schema: JSONSchema = .object(
        [("id", .uuid), ("active", .boolean), ("updatedAt", .dateTime)] + inputFields,
        required: ["id", "name", "kind", "languages", "active"]
    )

    static let inputSchema: JSONSchema = .object(
        inputFields + [("active", .boolean)],
        required: ["name", "kind"]
    )
}

/// The body of `POST /help-contacts` and `PUT /help-contacts/{id}`.
struct HelpContactRequest: Content {
    var name: String?
    var kind: String?
    var country: String?
    var represents: String?
    var languages: [String]?
    var phone: String?
    var email: String?
    var website: String?
    var address: String?
    var hours: String?
    var note: String?
    var active: Bool?

    var input: HelpContactInput {
        HelpContactInput(name: name, kind: kind, country: country, represents: represents, languages: languages ?? [],
                         phone: phone, email: email, website: website, address: address, hours: hours, note: note, active: active)
    }
}
