import Foundation

/// A checked report from the public form.
public struct ReportSubmission: Sendable, Equatable {
    /// The language the person wrote in (a site language tag).
    public let language: String
    public let description: String
    /// Where it happened or where the person is, exactly as given.
    public let location: GeoFix?
    public let occurred: IncidentTime?
    /// Nil when the report is anonymous.
    public let contact: ReporterContact?

    public var isAnonymous: Bool { contact == nil }
}

/// When something happened: a day, or a moment when the person knows the time.
public struct IncidentTime: Sendable, Equatable {
    /// Midnight UTC of the day when `timeKnown` is false.
    public let date: Date
    public let timeKnown: Bool

    public init(date: Date, timeKnown: Bool) {
        self.date = date
        self.timeKnown = timeKnown
    }

    /// The time as a form policy lets it be kept: only the day when the policy says so.
    public func kept(under policy: ReportPrivacyPolicy) -> IncidentTime {
        guard policy.dateOnly, timeKnown else { return self }
        return IncidentTime(date: policy.blurred(date), timeKnown: false)
    }
}

/// How a reporter who chose to leave contact details can be reached.
public struct ReporterContact: Codable, Sendable, Equatable {
    public enum Way: String, Codable, Sendable, CaseIterable {
        case phone, sms, email
    }

    public let name: String?
    public let phone: String?
    public let email: String?
    public let preferred: Way

    public init(name: String?, phone: String?, email: String?, preferred: Way) {
        self.name = name
        self.phone = phone
        self.email = email
        self.preferred = preferred
    }
}
