import Foundation

/// The content of one audit-log entry: everything the entry's hash covers.
///
/// The hash of an entry covers its own fields and the hash of the entry before
/// it, so changing, removing or reordering any entry breaks the chain from that
/// point on. See ``AuditChain``.
public struct AuditEntryContent: Hashable, Sendable {
    /// Position in the log, starting at 1 with no gaps.
    public var sequence: Int64
    /// When it happened, in milliseconds since 1970 (UTC). Stored as an integer so
    /// that both databases give back exactly what was hashed.
    public var timestampMillis: Int64
    /// The user who acted, or `nil` for the system itself (start-up, CLI, the public).
    public var actorUserID: UUID?
    /// A readable name for the actor at the time: a username, or `system`.
    public var actorLabel: String
    /// The organisation the action belongs to, for organisation-scoped browsing.
    public var organisationID: UUID?
    /// What was done, as `recordType.verb`, for example `user.create`.
    public var action: String
    /// The kind of record acted on, for example `user`.
    public var recordType: String
    /// The record acted on, when there is one.
    public var recordID: String?
    /// The client's IP address, when the action came over HTTP.
    public var ipAddress: String?
    /// The request id of the HTTP request, to find the matching log lines.
    public var requestID: String?
    /// The fields changed, as canonical JSON (see ``AuditSummary``).
    public var summary: String
    /// The hash of the entry before this one, or ``AuditChain/genesisHash`` for the first.
    public var previousHash: String

    public init(
        sequence: Int64,
        timestampMillis: Int64,
        actorUserID: UUID?,
        actorLabel: String,
        organisationID: UUID?,
        action: String,
        recordType: String,
        recordID: String?,
        ipAddress: String?,
        requestID: String?,
        summary: String,
        previousHash: String
    ) {
        self.sequence = sequence
        self.timestampMillis = timestampMillis
        self.actorUserID = actorUserID
        self.actorLabel = actorLabel
        self.organisationID = organisationID
        self.action = action
        self.recordType = recordType
        self.recordID = recordID
        self.ipAddress = ipAddress
        self.requestID = requestID
        self.summary = summary
        self.previousHash = previousHash
    }
}
