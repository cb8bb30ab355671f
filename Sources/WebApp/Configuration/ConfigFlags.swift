/// The settings given on the command line; `nil` means "not given".
public struct ConfigFlags: Sendable, Equatable {
    public var dataDirectory: String?
    public var databaseURL: String?
    public var encryptionKeyFile: String?
    public var sessionSecretFile: String?
    public var logLevel: String?
    public var logFormat: String?
    public var hostname: String?
    public var port: String?

    public init(
        dataDirectory: String? = nil,
        databaseURL: String? = nil,
        encryptionKeyFile: String? = nil,
        sessionSecretFile: String? = nil,
        logLevel: String? = nil,
        logFormat: String? = nil,
        hostname: String? = nil,
        port: String? = nil
    ) {
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
        self.encryptionKeyFile = encryptionKeyFile
        self.sessionSecretFile = sessionSecretFile
        self.logLevel = logLevel
        self.logFormat = logFormat
        self.hostname = hostname
        self.port = port
    }
}

/// The environment variables Libertas reads. They are listed in README.md.
public enum EnvironmentKey {
    public static let dataDirectory = "LIBERTAS_DATA_DIR"
    public static let databaseURL = "DATABASE_URL"
    public static let encryptionKey = "LIBERTAS_ENCRYPTION_KEY"
    public static let encryptionKeyFile = "LIBERTAS_ENCRYPTION_KEY_FILE"
    public static let sessionSecret = "LIBERTAS_SESSION_SECRET"
    public static let sessionSecretFile = "LIBERTAS_SESSION_SECRET_FILE"
    public static let logLevel = "LIBERTAS_LOG_LEVEL"
    public static let logFormat = "LIBERTAS_LOG_FORMAT"
    public static let hostname = "LIBERTAS_HOSTNAME"
    public static let port = "LIBERTAS_PORT"
    public static let trustProxyHeaders = "LIBERTAS_TRUST_PROXY_HEADERS"
    public static let secureCookies = "LIBERTAS_SECURE_COOKIES"
    public static let duplicateCheckInterval = "LIBERTAS_DUPLICATE_CHECK_INTERVAL"
    public static let childConsent = "LIBERTAS_CHILD_CONSENT"
    public static let approvalSteps = "LIBERTAS_APPROVAL_STEPS"
    public static let referralFollowUpDays = "LIBERTAS_REFERRAL_FOLLOW_UP_DAYS"
    public static let followUpInterval = "LIBERTAS_FOLLOW_UP_INTERVAL"
    public static let webhookInterval = "LIBERTAS_WEBHOOK_INTERVAL"
    public static let webhookTimeout = "LIBERTAS_WEBHOOK_TIMEOUT"
    public static let webhookMaxAttempts = "LIBERTAS_WEBHOOK_MAX_ATTEMPTS"
    public static let webhookRetryBase = "LIBERTAS_WEBHOOK_RETRY_BASE"
    public static let webhookRetryMax = "LIBERTAS_WEBHOOK_RETRY_MAX"
    public static let country = "LIBERTAS_COUNTRY"
    public static let suppressionThreshold = "LIBERTAS_SUPPRESSION_THRESHOLD"
    public static let rsvgConvert = "LIBERTAS_RSVG_CONVERT"
    public static let publicRateLimit = "LIBERTAS_PUBLIC_RATE_LIMIT"
    public static let reportCoordinateDecimals = "LIBERTAS_REPORT_COORDINATE_DECIMALS"
    public static let reportDateOnly = "LIBERTAS_REPORT_DATE_ONLY"
    public static let reportHideReporter = "LIBERTAS_REPORT_HIDE_REPORTER"
    public static let reportProofBits = "LIBERTAS_REPORT_PROOF_BITS"
    public static let knowledgeSearchCache = "LIBERTAS_KNOWLEDGE_SEARCH_CACHE"
    public static let knowledgeEngineInterval = "LIBERTAS_KNOWLEDGE_ENGINE_INTERVAL"
}
