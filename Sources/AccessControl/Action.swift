/// What a user wants to do with a record.
public enum Action: String, CaseIterable, Codable, Sendable {
    /// Open one record.
    case read
    /// See records in a list, a search result or a count.
    case list
    /// Add a record.
    case create
    /// Change a record's ordinary fields, for example a user's own display name.
    case update
    /// Change what a record may do: a user's roles, active flag or password reset,
    /// an organisation's active flag, revoking a token.
    case administer
    /// Take records out of the system in bulk.
    case export
}
