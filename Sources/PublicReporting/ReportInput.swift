import Foundation

/// A report from the public form as it arrives, before it is trusted (JSON names in `snake_case`).
///
/// Everything but the description is optional, and the report is anonymous
/// unless the person says otherwise: contact details are only taken when
/// `anonymous` is false. `website` is a spam trap that people never see and
/// must leave empty; `proof` is the proof of work (checked by the server, which holds the key).
public struct ReportInput: Codable, Sendable, Equatable {
    public var language: String?
    public var description: String?
    public var location: LocationInput?
    /// The day (`2025-03-01`) or moment (ISO 8601) of what is reported.
    public var occurredAt: String?
    public var anonymous: Bool?
    public var contact: ContactInput?
    /// The spam trap: must be missing or empty.
    public var website: String?
    public var proof: ProofInput?

    enum CodingKeys: String, CodingKey {
        case language, description, location, anonymous, contact, website, proof
        case occurredAt = "occurred_at"
    }

    public init(
        language: String? = nil, description: String?, location: LocationInput? = nil, occurredAt: String? = nil,
        anonymous: Bool? = nil, contact: ContactInput? = nil, website: String? = nil, proof: ProofInput? = nil
    ) {
        self.language = language
        self.description = description
        self.location = location
        self.occurredAt = occurredAt
        self.anonymous = anonymous
        self.contact = contact
        self.website = website
        self.proof = proof
    }

    public struct LocationInput: Codable, Sendable, Equatable {
        public var latitude: Double?
        public var longitude: Double?
        public var accuracyM: Double?

        enum CodingKeys: String, CodingKey {
            case latitude, longitude
            case accuracyM = "accuracy_m"
        }

        public init(latitude: Double?, longitude: Double?, accuracyM: Double? = nil) {
            self.latitude = latitude
            self.longitude = longitude
            self.accuracyM = accuracyM
        }
    }

    public struct ContactInput: Codable, Sendable, Equatable {
        public var name: String?
        public var phone: String?
        public var email: String?
        /// `phone`, `sms` or `email`: how the person wants to be reached.
        public var preferred: String?

        public init(name: String? = nil, phone: String? = nil, email: String? = nil, preferred: String? = nil) {
            self.name = name
            self.phone = phone
            self.email = email
            self.preferred = preferred
        }

        var isEmpty: Bool {
            [name, phone, email, preferred].allSatisfy { ($0 ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        }
    }

    public struct ProofInput: Codable, Sendable, Equatable {
        public var challenge: String?
        public var nonce: String?

        public init(challenge: String?, nonce: String?) {
            self.challenge = challenge
            self.nonce = nonce
        }
    }

    /// Limits on what a report may hold.
    public enum Limits {
        /// About four pages of text: room to tell what happened, not to upload a book.
        public static let descriptionCharacters = 10_000
        public static let nameCharacters = 200
        public static let phoneCharacters = 32
        public static let emailCharacters = 254
        /// What is added later to a report.
        public static let followUpCharacters = 5_000
        /// Reports about events long past are welcome, but not before this year.
        public static let earliestYear = 1950
    }

    /// The report checked against `now`, or every problem with it. `languages`
    /// are the tags the site offers; a missing language means English.
    public func validated(now: Date, languages: Set<String>) -> Result<ReportSubmission, InputProblems> {
        var problems: [InputProblem] = []
        let tag = language?.trimmingCharacters(in: .whitespaces) ?? ""
        if !tag.isEmpty, !languages.contains(tag) { problems.append(InputProblem("language", .invalid)) }
        let text = Self.text(description, field: "description", limit: Limits.descriptionCharacters, required: true, into: &problems)
        let place = validatedLocation(&problems)
        let time = validatedTime(now: now, &problems)
        let isAnonymous = anonymous ?? true
        var reporter: ReporterContact?
        if let contact, !contact.isEmpty {
            if isAnonymous {
                problems.append(InputProblem("contact", .notWhenAnonymous))
            } else {
                reporter = Self.validatedContact(contact, &problems)
            }
        } else if !isAnonymous {
            problems.append(InputProblem("contact", .required))
        }
        if let website, !website.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(InputProblem("website", .mustBeEmpty)) }
        guard problems.isEmpty, let text else { return .failure(InputProblems(problems)) }
        return .success(ReportSubmission(language: tag.isEmpty ? "en" : tag, description: text, location: place, occurred: time, contact: reporter))
    }

    private func validatedLocation(_ problems: inout [InputProblem]) -> GeoFix? {
        guard let location, location.latitude != nil || location.longitude != nil || location.accuracyM != nil else { return nil }
        let checked = PanicAlertInput(id: UUID().uuidString, latitude: location.latitude, longitude: location.longitude,
                                      accuracyM: location.accuracyM, sentAt: nil)
        // The alert's rules for a position, under this form's field names.
        var found = false
        if case .failure(let alertProblems) = checked.validated(now: Date()) {
            for problem in alertProblems.problems where ["latitude", "longitude", "accuracy_m"].contains(problem.field) {
                problems.append(InputProblem("location." + problem.field, problem.kind))
                found = true
            }
        }
        guard !found, let latitude = location.latitude, let longitude = location.longitude else {
            if !found { problems.append(InputProblem(location.latitude == nil ? "location.latitude" : "location.longitude", .required)) }
            return nil
        }
        return GeoFix(latitude: latitude, longitude: longitude, accuracyMeters: location.accuracyM)
    }

    private func validatedTime(now: Date, _ problems: inout [InputProblem]) -> IncidentTime? {
        guard let text = occurredAt?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        let time: IncidentTime
        if let day = Self.day(text) {
            time = IncidentTime(date: day, timeKnown: false)
        } else if let moment = ISO8601.parse(text) {
            time = IncidentTime(date: moment, timeKnown: true)
        } else {
            problems.append(InputProblem("occurred_at", .invalid))
            return nil
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        // A day is "in the future" only once it has begun everywhere (UTC+14).
        if time.date > now.addingTimeInterval(14 * 3600) || calendar.component(.year, from: time.date) < Limits.earliestYear {
            problems.append(InputProblem("occurred_at", .outOfRange))
            return nil
        }
        return time
    }

    private static func validatedContact(_ contact: ContactInput, _ problems: inout [InputProblem]) -> ReporterContact? {
        let name = text(contact.name, field: "contact.name", limit: Limits.nameCharacters, required: false, into: &problems)
        let phone = text(contact.phone, field: "contact.phone", limit: Limits.phoneCharacters, required: false, into: &problems)
        let email = text(contact.email, field: "contact.email", limit: Limits.emailCharacters, required: false, into: &problems)
        if let phone, !isPhone(phone) { problems.append(InputProblem("contact.phone", .invalid)) }
        if let email, !isEmail(email) { problems.append(InputProblem("contact.email", .invalid)) }
        if phone == nil, email == nil { problems.append(InputProblem("contact", .required)) }
        var way: ReporterContact.Way?
        if let preferred = contact.preferred?.trimmingCharacters(in: .whitespaces), !preferred.isEmpty {
            way = ReporterContact.Way(rawValue: preferred)
            // Asking to be called with no number given is a problem the person can fix now, not later.
            if way == nil || (way == .email && email == nil) || (way != .email && phone == nil) {
                problems.append(InputProblem("contact.preferred", .invalid))
            }
        }
        return ReporterContact(name: name, phone: phone, email: email, preferred: way ?? (phone != nil ? .phone : .email))
    }

    /// Trimmed text, nil when empty; records a problem when required and empty or when too long.
    public static func text(_ value: String?, field: String, limit: Int, required: Bool, into problems: inout [InputProblem]) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty {
            if required { problems.append(InputProblem(field, .required)) }
            return nil
        }
        if trimmed.count > limit {
            problems.append(InputProblem(field, .tooLong, limit: limit))
            return nil
        }
        return trimmed
    }

    /// Digits with the usual separators, 5 to 20 digits: numbers are written
    /// many ways, and the operator dials what the person typed.
    static func isPhone(_ text: String) -> Bool {
        let allowed = Set("0123456789+-(). ")
        let digits = text.filter(\.isASCII).filter(\.isNumber).count
        return text.allSatisfy(allowed.contains) && (5...20).contains(digits)
    }

    /// One `@` with something before it and a dotted domain after it.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }

    /// `YYYY-MM-DD` as midnight UTC.
    static func day(_ text: String) -> Date? {
        guard text.count == 10 else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.isLenient = false
        return formatter.date(from: text)
    }
}
