import CaseModel
import Foundation

/// What the system administrator may set on a help contact, as typed: the API
/// and the form both fill it in, and ``validate()`` reads it into a
/// ``HelpContact`` or one `FieldError` per wrong field.
struct HelpContactInput: Sendable {
    var name: String?
    var kind: String?
    var country: String?
    var represents: String?
    var languages: [String] = []
    var phone: String?
    var email: String?
    var website: String?
    var address: String?
    var hours: String?
    var note: String?
    /// `nil` keeps the stored value (a new contact is active).
    var active: Bool?

    /// Lengths a person reading the directory on a phone can take in.
    enum Limits {
        static let name = 200
        static let address = 300
        static let hours = 200
        static let note = 1_000
        static let website = 500
        static let email = 254
        static let phone = 32
        static let languages = 12
    }

    func validate() throws -> HelpContact {
        var validator = Validator()
        let checkedName = validator.requireText(name, field: "name", maxLength: Limits.name)
        var parsedKind: HelpContactKind?
        if let text = kind?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            parsedKind = HelpContactKind(rawValue: text)
            if parsedKind == nil { validator.add("kind", .validationChoice) }
        } else {
            validator.add("kind", .validationRequired)
        }
        let checkedCountry = Self.countryCode(country, field: "country", validator: &validator)
        let checkedRepresents = Self.countryCode(represents, field: "represents", validator: &validator)
        // A consulate without "of which country" cannot be found by the people it is for.
        if parsedKind == .consulate, checkedRepresents == nil, validator.errors.allSatisfy({ $0.field != "represents" }) {
            validator.add("represents", .helpContactRepresentsRequired)
        } else if let parsedKind, parsedKind != .consulate, checkedRepresents != nil {
            validator.add("represents", .helpContactRepresentsOnlyConsulate)
        }
        var spoken: [String] = []
        for text in languages.map({ $0.trimmingCharacters(in: .whitespaces) }) where !text.isEmpty {
            if let code = LanguageCode(text) {
                if !spoken.contains(code.alpha3) { spoken.append(code.alpha3) }
            } else {
                validator.add("languages", .directoryLanguageInvalid, ["code": text])
            }
        }
        if spoken.count > Limits.languages { validator.add("languages", .helpContactTooManyLanguages, ["max": String(Limits.languages)]) }
        var checkedPhone: String?
        if let text = validator.optionalText(phone, field: "phone", maxLength: Limits.phone) {
            if let number = PhoneNumber(parsing: text) { checkedPhone = number.e164 } else { validator.add("phone", .validationPhone) }
        }
        let checkedEmail = validator.optionalText(email, field: "email", maxLength: Limits.email)
        if let checkedEmail, !UserValues.isPlausibleEmail(checkedEmail) { validator.add("email", .validationEmail) }
        var checkedWebsite: String?
        if let text = validator.optionalText(website, field: "website", maxLength: Limits.website) {
            if let address = Self.webAddress(text) { checkedWebsite = address } else { validator.add("website", .validationUrl) }
        }
        // A contact no one can reach helps no one; the three fields are checked first so a bad one is named as bad, not as missing.
        let reachFields = ["phone", "email", "website"]
        if [phone, email, website].allSatisfy({ ($0 ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }),
           validator.errors.allSatisfy({ !reachFields.contains($0.field) }) {
            validator.add("phone", .helpContactReachRequired)
        }
        let contact = HelpContact(
            name: checkedName, kind: parsedKind ?? .other, country: checkedCountry, represents: checkedRepresents, languages: spoken.sorted(),
            phone: checkedPhone, email: checkedEmail, website: checkedWebsite,
            address: validator.optionalText(address, field: "address", maxLength: Limits.address),
            hours: validator.optionalText(hours, field: "hours", maxLength: Limits.hours),
            note: validator.optionalText(note, field: "note", maxLength: Limits.note),
            active: active ?? true
        )
        try validator.throwIfInvalid()
        return contact
    }

    /// An ISO 3166 code, two or three letters (`CN`, `CHN`), as alpha-3; names and M49 numbers are
    /// refused so that what the administrator types is what the public filter matches.
    static func countryCode(_ text: String?, field: String, validator: inout Validator) -> String? {
        guard let code = text?.trimmingCharacters(in: .whitespaces), !code.isEmpty else { return nil }
        guard (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLetter }), let country = Country.find(code) else {
            validator.add(field, .validationCountry, ["code": code])
            return nil
        }
        return country.iso3
    }

    /// A web address for a public link: `http` or `https` only (never `javascript:` or `data:`),
    /// a host with a dot, no credentials, no spaces. `example.org` is read as `https://example.org`.
    static func webAddress(_ text: String) -> String? {
        guard !text.contains(where: { $0.isWhitespace || $0.isNewline }) else { return nil }
        let candidate = text.contains("://") ? text : "https://" + text
        guard let components = URLComponents(string: candidate),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, host.contains("."), !host.hasPrefix("."), !host.hasSuffix("."),
              host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }),
              components.user == nil, components.password == nil
        else { return nil }
        return candidate
    }
}
