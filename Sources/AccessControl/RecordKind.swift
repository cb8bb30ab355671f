/// The kinds of record that access decisions are made about.
public enum RecordKind: String, CaseIterable, Codable, Sendable {
    case organisation
    case user
    case accessToken
    case auditEntry
    /// A case file and everything in it: victims, perpetrators, route, consent,
    /// support, comments and attachments.
    case caseFile
    /// A person registered as a victim or perpetrator.
    case person
    /// A note that two organisations may have registered the same person,
    /// naming the organisations and their case references only.
    case duplicateFlag
    /// A victim referred from one organisation to another. The receiver reads
    /// the victim through it, within the consent.
    case referral
    /// A victim notified without identity (no consent to referral): sex, age
    /// group, citizenship, forms of exploitation, place and month only.
    case anonymousNotification
    /// A provider in the national service directory: what it offers and whom
    /// it takes. Describes a service, not a person.
    case serviceProvider

    /// Whether records of this kind hold personal data about someone.
    ///
    /// The policy never grants an analyst more than their own record of such a kind.
    public var holdsPersonalData: Bool {
        switch self {
        case .organisation, .duplicateFlag, .anonymousNotification, .serviceProvider: false
        case .user, .accessToken, .auditEntry, .caseFile, .person, .referral: true
        }
    }
}
