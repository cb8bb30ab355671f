import Fluent
import Foundation
import Storage
import Vapor

/// Browser sessions: created at sign-in, found by cookie, ended at sign-out,
/// after idling, or when the account's password is reset.
struct SessionStore {
    let database: any Database
    let context: LibertasContext

    /// Starts a session and returns the cookie value; only its hash is stored.
    func start(userID: UUID, ipAddress: String?) async throws -> String {
        let token = SecretGenerator.token()
        let now = context.now()
        let session = SessionModel(
            tokenHash: SecretGenerator.sha256(token),
            userID: userID,
            expiresAt: now.addingTimeInterval(context.config.security.sessionLifetime),
            lastSeenAt: now,
            ipAddress: ipAddress
        )
        try await session.create(on: database)
        return token
    }

    /// The live session for a cookie value, with its user and roles, or `nil`.
    /// An idle or expired session is deleted on sight.
    func find(token: String) async throws -> (SessionModel, UserModel)? {
        let found = try await SessionModel.query(on: database)
            .filter(\.$tokenHash == SecretGenerator.sha256(token))
            .with(\.$user) { $0.with(\.$roleRows) }
            .first()
        guard let session = found else { return nil }
        let now = context.now()
        let idle = now.timeIntervalSince(session.lastSeenAt) > context.config.security.sessionIdleTimeout
        guard session.expiresAt > now, !idle, session.user.active else {
            try await context.audit.bookkeeping { try await session.delete(on: database) }
            return nil
        }
        // Touch at most once a minute: enough for the idle timeout, and it keeps
        // ordinary page views from writing to the database.
        if now.timeIntervalSince(session.lastSeenAt) > 60 {
            session.lastSeenAt = now
            try await context.audit.bookkeeping { try await session.update(on: database) }
        }
        return (session, session.user)
    }

    func end(sessionID: UUID) async throws {
        try await SessionModel.query(on: database).filter(\.$id == sessionID).delete()
    }

    /// Ends every session of a user, except `keeping` (the one making the change).
    func endAll(userID: UUID, keeping: UUID? = nil) async throws {
        let query = SessionModel.query(on: database).filter(\.$user.$id == userID)
        if let keeping { query.filter(\.$id != keeping) }
        try await query.delete()
    }
}
