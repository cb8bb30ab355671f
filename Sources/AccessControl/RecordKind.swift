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

    /// Whether records of this kind hold personal data about someone.
    ///
    /// The policy never grants an analyst more than their own record of such a kind.
    public var holdsPersonalData: Bool {
        switch self {
        case .organisation: false
        case .user, .accessToken, .auditEntry, .caseFile, .person: true
        }
    }
}
