import AccessControl
import AuditTrail
import Fluent
import Foundation
import Storage

/// Personal access tokens for the API. A user creates, lists and revokes only their own.
struct AccessTokenService {
    let database: any Database
    let context: LibertasContext

    /// A user may hold this many live tokens; old ones should be revoked.
    static let maximumLiveTokens = 20
    static let lifetimeRange = 1...365

    func list(_ caller: Caller) async throws -> [AccessTokenModel] {
        try await context.authorize(caller, .list, Self.facts(caller), on: database)
        return try await AccessTokenModel.query(on: database)
            .filter(\.$user.$id == caller.user.id)
            .sort(\.$createdAt, .descending)
            .all()
    }

    /// Creates a token and returns it with its secret, which is shown this once.
    func create(_ caller: Caller, name: String?, lifetimeDays: Int?) async throws -> (AccessTokenModel, secret: String) {
        try await context.authorize(caller, .create, Self.facts(caller), on: database)
        var validator = Validator()
        let name = validator.requireText(name, field: "name", maxLength: 100)
        let days = lifetimeDays ?? context.config.security.tokenLifetimeDays
        if !Self.lifetimeRange.contains(days) {
            validator.add("lifetimeDays", .validationRange, ["min": "1", "max": "365"])
        }
        try validator.throwIfInvalid()
        let now = context.now()
        let live = try await AccessTokenModel.query(on: database)
            .filter(\.$user.$id == caller.user.id)
            .filter(\.$revokedAt == nil)
            .all()
            .filter { $0.expiresAt.map { $0 > now } ?? true }
        if live.count >= Self.maximumLiveTokens {
            throw AppError.invalid([FieldError("name", .tokenLimitReached, ["max": String(Self.maximumLiveTokens)])])
        }
        let secret = AccessTokenFormat.generate()
        let token = AccessTokenModel(
            userID: caller.user.id,
            name: name,
            tokenHash: SecretGenerator.sha256(secret),
            displayPrefix: AccessTokenFormat.displayPrefix(of: secret),
            expiresAt: now.addingTimeInterval(Double(days) * 86_400)
        )
        try await context.audit.transaction(on: database) { tx, audit in
            try await token.create(on: tx)
            var summary = AuditSummary()
            summary.set("name", from: nil, to: name)
            summary.set("expiresInDays", from: nil, to: String(days))
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "token.create", recordType: "accessToken", recordID: token.id?.uuidString, summary: summary))
        }
        return (token, secret)
    }

    /// Revokes one of the caller's tokens. Revoking a revoked token changes nothing.
    func revoke(_ caller: Caller, id: UUID) async throws -> AccessTokenModel {
        guard let token = try await AccessTokenModel.find(id, on: database) else { throw AppError.notFound }
        try await context.authorize(caller, .administer, RecordFacts(kind: .accessToken, ownerUserID: token.$user.id), recordID: id.uuidString, on: database)
        guard token.revokedAt == nil else { return token }
        let now = context.now()
        try await context.audit.transaction(on: database) { tx, audit in
            token.revokedAt = now
            try await token.update(on: tx)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "token.revoke", recordType: "accessToken", recordID: id.uuidString))
        }
        context.acceptedTokens.forgetAll()
        return token
    }

    static func facts(_ caller: Caller) -> RecordFacts {
        RecordFacts(kind: .accessToken, ownerUserID: caller.user.id, organisationID: caller.user.organisationID)
    }
}
