import AccessControl
import Crypto
import Foundation
import PublicReporting
import Storage
import Vapor

/// The long-lived services of one running Libertas, built once from an
/// ``AppConfig`` and shared by every request.
public final class LibertasContext: Sendable {
    public let config: AppConfig
    public let cipher: FieldCipher
    public let audit: AuditLogWriter
    public let policy: AccessPolicy
    /// Encryption and blind indexing of case content.
    public let caseCodecs: CaseCodecs
    let passwords: PasswordHasher
    let addressThrottle: AddressThrottle
    let csrf: CSRFTokens
    let acceptedTokens: AcceptedTokens
    /// The knowledge portal's facet values in memory, for fast, exact facet counts.
    let knowledgeFacets = KnowledgeFacetCache()
    /// The knowledge portal's in-memory search index, kept current by `KnowledgeEngineRefresh`.
    let knowledgeEngine = KnowledgeSearchEngine()
    /// Recent portal search pages, exact by index generation (`LIBERTAS_KNOWLEDGE_SEARCH_CACHE`).
    let knowledgeSearches: KnowledgeSearchCache
    /// Public reports and alerts per address and per device, in memory only.
    let publicLimits: PublicRequestLimits
    /// The public report form's spam check. Its key is derived from the session secret.
    let proofOfWork: ProofOfWork
    let now: @Sendable () -> Date

    public init(config: AppConfig, policy: AccessPolicy = .standard, now: @escaping @Sendable () -> Date = Date.init) throws {
        self.config = config
        self.cipher = try FieldCipher(keyData: config.encryptionKey)
        self.audit = AuditLogWriter(now: now)
        self.policy = policy
        self.caseCodecs = CaseCodecs(cipher: cipher, index: BlindIndex(encryptionKey: config.encryptionKey))
        self.passwords = PasswordHasher(cost: config.security.passwordHashCost)
        self.addressThrottle = AddressThrottle(limit: config.security.addressFailureLimit, window: config.security.addressFailureWindow, now: now)
        self.csrf = CSRFTokens(secret: config.sessionSecret)
        self.acceptedTokens = AcceptedTokens(now: now)
        self.publicLimits = PublicRequestLimits(config.security)
        let powKey = HMAC<SHA256>.authenticationCode(for: Data("libertas-proof-of-work-v1".utf8), using: SymmetricKey(data: config.sessionSecret))
        self.proofOfWork = ProofOfWork(key: SymmetricKey(data: Data(powKey)), bits: config.publicReporting.proofOfWorkBits)
        self.knowledgeSearches = KnowledgeSearchCache(capacity: config.knowledge.searchCachePages)
        self.now = now
    }
}

extension Application {
    private struct LibertasKey: StorageKey {
        typealias Value = LibertasContext
    }

    /// The services of this Libertas. Set by ``configure(_:config:)``.
    public var libertas: LibertasContext {
        get {
            guard let context = storage[LibertasKey.self] else {
                fatalError("configure(_:config:) has not been called on this Application")
            }
            return context
        }
        set { storage[LibertasKey.self] = newValue }
    }
}

extension Request {
    var libertas: LibertasContext { application.libertas }
}
