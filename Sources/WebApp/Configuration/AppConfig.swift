import Foundation
import Logging
import CaseModel
import PublicReporting
import Storage
import Webhooks

/// Everything Libertas needs to know to run, in one typed value.
///
/// It is built once at start-up by ``ConfigLoader`` from, in order of
/// precedence, command-line flags, environment variables and defaults, and then
/// passed down explicitly. Nothing else reads the environment.
public struct AppConfig: Sendable {
    /// Where the SQLite database, keys and uploaded files live.
    public var dataDirectory: URL
    public var database: DatabaseLocation
    /// The 32-byte key for field-level encryption of personal data.
    public var encryptionKey: Data
    /// Signs CSRF tokens. At least 32 bytes.
    public var sessionSecret: Data
    public var logLevel: Logger.Level
    public var logFormat: LogFormat
    public var http: HTTP
    public var security: Security
    public var background: Background
    public var referrals: Referrals
    public var workflow: Workflow
    public var webhooks: Webhooks
    public var statistics: Statistics
    public var publicReporting: PublicReportingSettings
    public var knowledge = Knowledge()

    public init(
        dataDirectory: URL,
        database: DatabaseLocation,
        encryptionKey: Data,
        sessionSecret: Data,
        logLevel: Logger.Level = .info,
        logFormat: LogFormat = .text,
        http: HTTP = HTTP(),
        security: Security = Security(),
        background: Background = Background(),
        referrals: Referrals = Referrals(),
        workflow: Workflow = Workflow(),
        webhooks: Webhooks = Webhooks(),
        statistics: Statistics = Statistics(),
        publicReporting: PublicReportingSettings = PublicReportingSettings()
    ) {
        self.dataDirectory = dataDirectory
        self.database = database
        self.encryptionKey = encryptionKey
        self.sessionSecret = sessionSecret
        self.logLevel = logLevel
        self.logFormat = logFormat
        self.http = http
        self.security = security
        self.background = background
        self.referrals = referrals
        self.workflow = workflow
        self.webhooks = webhooks
        self.statistics = statistics
        self.publicReporting = publicReporting
    }

    public enum LogFormat: String, Sendable, CaseIterable {
        /// One readable line per event, metadata as `key=value`.
        case text
        /// One JSON object per line, for log collectors.
        case json
    }

    public struct HTTP: Sendable {
        public var hostname = "127.0.0.1"
        public var port = 8080
        /// Believe `X-Forwarded-For` and `X-Forwarded-Proto`. Only behind a reverse proxy
        /// that sets them; otherwise anyone could forge the IP address in the audit log.
        public var trustProxyHeaders = false
        /// Whether cookies carry the `Secure` flag. `nil` decides per request: secure
        /// unless the request came over plain HTTP to a loopback address.
        public var secureCookies: Bool?

        public init() {}

        /// The address to print for people to open.
        public var displayURL: String {
            let host = hostname == "0.0.0.0" || hostname == "::" ? "127.0.0.1" : hostname
            return "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
        }
    }

    public struct Security: Sendable {
        /// bcrypt cost. 12 takes about a quarter of a second; tests lower it.
        public var passwordHashCost = 12
        /// Consecutive failed sign-ins before an account is locked.
        public var lockoutThreshold = 5
        public var lockoutDuration: TimeInterval = 15 * 60
        /// Failed sign-ins from one address, across all usernames, before it must wait.
        public var addressFailureLimit = 20
        public var addressFailureWindow: TimeInterval = 15 * 60
        /// A session ends after this long without a request…
        public var sessionIdleTimeout: TimeInterval = 30 * 60
        /// …and in any case after this long.
        public var sessionLifetime: TimeInterval = 12 * 60 * 60
        /// Default lifetime of a new API token.
        public var tokenLifetimeDays = 90
        /// Public reports and panic alerts accepted per minute from one address
        /// (`LIBERTAS_PUBLIC_RATE_LIMIT`). Generous: a shelter's or a consulate's
        /// whole network may share one address.
        public var publicRequestsPerMinutePerAddress = 60
        /// Public reports and panic alerts accepted per minute from one device
        /// (the page's own random device id): a panicking person retries, a script floods.
        public var publicRequestsPerMinutePerDevice = 20

        public init() {}
    }

    /// Work the server does by itself while it runs.
    public struct Background: Sendable {
        /// Seconds between looks at the queue of persons to compare with the other
        /// organisations' registers (duplicate flags); 0 turns the check off, for
        /// example on a server that only imports, with `libertas duplicates check` run later.
        public var duplicateCheckInterval: TimeInterval = 60
        /// Seconds between runs of the referral follow-up job, which also tells
        /// assignees of tasks that became overdue; 0 turns it off.
        public var followUpInterval: TimeInterval = 900

        public init() {}
    }

    /// The national referral mechanism's rules.
    public struct Referrals: Sendable {
        /// How a child's referral is consented to (`LIBERTAS_CHILD_CONSENT`).
        public var childConsent: ChildConsentPolicy = .guardian

        public init() {}
    }

    /// Approvals and tasks (the national referral mechanism's case work).
    public struct Workflow: Sendable {
        /// The steps that need a supervisor's approval (`LIBERTAS_APPROVAL_STEPS`).
        public var approvalSteps: Set<ApprovalStep> = Set(ApprovalStep.allCases)
        /// Whole days a referral may stay pending before the sender gets a
        /// follow-up task (`LIBERTAS_REFERRAL_FOLLOW_UP_DAYS`).
        public var referralFollowUpDays = 3

        public init() {}
    }

    /// National statistics.
    public struct Statistics: Sendable {
        /// ISO 3166-1 alpha-3 of the country this installation reports for (`LIBERTAS_COUNTRY`):
        /// the `Iso3_code` of GLOTIP tables and the population of SDG 16.2.2 rates.
        public var country: Country?
        /// Counts from 1 to this minus one are withheld from anyone without access to personal
        /// data (`LIBERTAS_SUPPRESSION_THRESHOLD`, default 5 as UNODC; 0 or 1 turns it off).
        public var suppressionThreshold = 5
        /// librsvg's `rsvg-convert`, which draws the PNG copies of the charts
        /// (`LIBERTAS_RSVG_CONVERT`; default: found on `PATH`). Without it charts are SVG only.
        public var rsvgConvert: String?

        public init(country: Country? = nil, suppressionThreshold: Int = 5, rsvgConvert: String? = nil) {
            self.country = country
            self.suppressionThreshold = suppressionThreshold
            self.rsvgConvert = rsvgConvert
        }
    }

    /// Sending events to organisations' webhook endpoints.
    public struct Webhooks: Sendable {
        /// Seconds between looks at the delivery queue; 0 turns sending off (events still queue).
        public var dispatchInterval: TimeInterval = 5
        /// Seconds to wait for a receiver to connect and answer.
        public var timeout: TimeInterval = 10
        /// Attempts and back-off between them.
        public var retry = RetrySchedule()

        public init() {}
    }

    /// The knowledge portal.
    public struct Knowledge: Sendable {
        /// Search result pages kept in memory (`LIBERTAS_KNOWLEDGE_SEARCH_CACHE`;
        /// 0 turns the cache off). A page is a few kilobytes.
        public var searchCachePages = 1000
        /// Seconds between checks that the in-memory search index is current
        /// (`LIBERTAS_KNOWLEDGE_ENGINE_INTERVAL`; 0 turns the index off and
        /// leaves every search to the database).
        public var engineInterval = 2.0

        public init() {}
    }

    /// The public report form (issue 10).
    public struct PublicReportingSettings: Sendable {
        /// What the form keeps of place, time and reporter for people other than the
        /// assigned operator (`LIBERTAS_REPORT_COORDINATE_DECIMALS`, `LIBERTAS_REPORT_DATE_ONLY`,
        /// `LIBERTAS_REPORT_HIDE_REPORTER`). Each report keeps the policy it was sent under.
        public var privacy: ReportPrivacyPolicy = .standard
        /// Leading zero bits of the form's proof of work (`LIBERTAS_REPORT_PROOF_BITS`):
        /// 16 is a fraction of a second in a phone's browser; 0 turns the check off.
        public var proofOfWorkBits = 16

        public init(privacy: ReportPrivacyPolicy = .standard, proofOfWorkBits: Int = 16) {
            self.privacy = privacy
            self.proofOfWorkBits = proofOfWorkBits
        }
    }
}
