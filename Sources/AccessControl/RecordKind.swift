/// The kinds of record that access decisions are made about.
public enum RecordKind: String, CaseIterable, Codable, Sendable {
    case organisation
    case user
    case accessToken
    case auditEntry

    /// Whether records of this kind hold personal data about someone.
    ///
    /// The policy never grants an analyst more than their own record of such a kind.
    public var holdsPersonalData: Bool {
        switch self {
        case .organisation: false
        case .user, .accessToken, .auditEntry: true
        }
    }
}
