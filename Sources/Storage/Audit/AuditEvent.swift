import AuditTrail
import Foundation

/// Something to write to the audit log: who did what to which record.
public struct AuditEvent: Sendable {
    /// Who acted. `nil` user id means the system itself (start-up, the CLI).
    public struct Actor: Sendable, Hashable {
        public var userID: UUID?
        public var label: String
        public var organisationID: UUID?

        public init(userID: UUID?, label: String, organisationID: UUID?) {
            self.userID = userID
            self.label = label
            self.organisationID = organisationID
        }

        /// Libertas itself, acting from the command line or at start-up.
        public static func system(_ label: String = "system") -> Actor {
            Actor(userID: nil, label: label, organisationID: nil)
        }
    }

    /// Where the request came from, when it came over HTTP.
    public struct Origin: Sendable, Hashable {
        public var ipAddress: String?
        public var requestID: String?

        public init(ipAddress: String?, requestID: String?) {
            self.ipAddress = ipAddress
            self.requestID = requestID
        }

        public static let commandLine = Origin(ipAddress: nil, requestID: nil)
    }

    public var actor: Actor
    public var origin: Origin
    /// `recordType.verb`, for example `user.create` or `auth.login.failed`.
    public var action: String
    public var recordType: String
    public var recordID: String?
    /// The organisation the record belongs to; an organisation administrator sees
    /// the entries of their own organisation.
    public var organisationID: UUID?
    public var summary: AuditSummary

    public init(
        actor: Actor,
        origin: Origin,
        action: String,
        recordType: String,
        recordID: String? = nil,
        organisationID: UUID? = nil,
        summary: AuditSummary = AuditSummary()
    ) {
        self.actor = actor
        self.origin = origin
        self.action = action
        self.recordType = recordType
        self.recordID = recordID
        self.organisationID = organisationID
        self.summary = summary
    }
}
