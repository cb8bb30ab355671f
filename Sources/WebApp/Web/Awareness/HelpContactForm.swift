import Foundation
import Vapor

/// The help contact form as posted: texts as typed, so a refused form comes
/// back with everything still in it.
struct HelpContactForm: Content {
    var name: String?
    var kind: String?
    var country: String?
    var represents: String?
    var languages: String?
    var phone: String?
    var email: String?
    var website: String?
    var address: String?
    var hours: String?
    var note: String?
    var active: Bool?

    init(_ listing: HelpContactListing? = nil) {
        guard let contact = listing?.contact else { return }
        name = contact.name
        kind = contact.kind.rawValue
        country = contact.country
        represents = contact.represents
        languages = contact.languages.joined(separator: ", ")
        phone = contact.phone
        email = contact.email
        website = contact.website
        address = contact.address
        hours = contact.hours
        note = contact.note
        active = contact.active
    }

    var input: HelpContactInput {
        let codes = (languages ?? "").split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " || $0 == "、" || $0 == "，" })
            .map(String.init).filter { !$0.isEmpty }
        return HelpContactInput(name: name, kind: kind, country: country, represents: represents, languages: codes, phone: phone, email: email,
                                website: website, address: address, hours: hours, note: note, active: active)
    }
}
