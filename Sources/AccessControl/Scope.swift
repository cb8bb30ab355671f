/// How far a grant reaches. Each scope includes the ones before it.
public enum Scope: Int, Comparable, CaseIterable, Codable, Sendable {
    /// Records the user owns (their own account, their own tokens, cases they opened).
    case own
    /// Records that belong to the user's organisation.
    case organisation
    /// The organisation's records, plus records referred to the organisation.
    case referred
    /// Every record in the country.
    case national

    public static func < (lhs: Scope, rhs: Scope) -> Bool { lhs.rawValue < rhs.rawValue }
}
