import AccessControl
import AuditTrail
import Fluent
import Foundation
import Storage
import Vapor

/// Signing in and out, with account lockout and a per-address limit.
struct AuthService {
    let database: any Database
    let context: LibertasContext
    let threadPool: NIOThreadPool

    /// A successful sign-in: the session cookie's value and whether the user must
    /// first choose a new password.
    struct SignIn: Sendable {
        let sessionToken: String
        let mustChangePassword: Bool
    }

    /// Checks a username and password and starts a session.
    ///
    /// Every failure gives the same message, whether the username exists or not,
    /// and takes as long (a decoy hash is checked), so the sign-in form cannot be
    /// used to find out who has an account. After too many failures the account
    /// is locked for a while, and an address that fails too often must wait.
    func signIn(username rawUsername: String, password: String, origin: AuditEvent.Origin) async throws -> SignIn {
        let address = origin.ipAddress ?? "unknown"
        if let wait = context.addressThrottle.retryAfter(address) {
            throw AppError.tooManyAttempts(retryAfter: wait)
        }
        let username = rawUsername.trimmingCharacters(in: .whitespaces).lowercased()
        let user = username.isEmpty ? nil : try await UserQueries.find(username: username, on: database)
        let passwordMatches = try await context.passwords.verify(password, against: user?.passwordHash ?? context.passwords.decoyHash, on: threadPool)
        let now = context.now()

        guard let user, let userID = user.id else {
            context.addressThrottle.recordFailure(address)
            try await recordFailure(username: username, user: nil, reason: "unknown-user", origin: origin)
            throw AppError.invalid([FieldError("username", .loginFailed)])
        }
        if let lockedUntil = user.lockedUntil, lockedUntil > now {
            context.addressThrottle.recordFailure(address)
            try await recordFailure(username: username, user: user, reason: "locked", origin: origin)
            throw AppError.tooManyAttempts(retryAfter: Int(lockedUntil.timeIntervalSince(now).rounded(.up)))
        }
        guard passwordMatches, user.active else {
            context.addressThrottle.recordFailure(address)
            try await recordFailure(username: username, user: user, reason: user.active ? "wrong-password" : "inactive", origin: origin)
            throw AppError.invalid([FieldError("username", .loginFailed)])
        }

        context.addressThrottle.reset(address)
        let actor = AuditEvent.Actor(userID: userID, label: user.username, organisationID: user.$organisation.id)
        let token: String = try await context.audit.transaction(on: database) { tx, audit in
            user.failedLoginCount = 0
            user.lockedUntil = nil
            user.lastLoginAt = now
            try await user.update(on: tx)
            let token = try await SessionStore(database: tx, context: context).start(userID: userID, ipAddress: origin.ipAddress)
            try await audit.record(AuditEvent(actor: actor, origin: origin, action: "auth.login", recordType: "user", recordID: userID.uuidString))
            return token
        }
        return SignIn(sessionToken: token, mustChangePassword: user.mustChangePassword)
    }

    func signOut(_ caller: Caller) async throws {
        guard case .session(let sessionID) = caller.user.credential else { return }
        try await context.audit.transaction(on: database) { tx, audit in
            try await SessionStore(database: tx, context: context).end(sessionID: sessionID)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "auth.logout", recordType: "user", recordID: caller.user.id.uuidString))
        }
    }

    /// Counts a failed attempt against the account, locks it at the threshold,
    /// and writes the failure to the audit log.
    private func recordFailure(username: String, user: UserModel?, reason: String, origin: AuditEvent.Origin) async throws {
        let security = context.config.security
        let now = context.now()
        try await context.audit.transaction(on: database) { tx, audit in
            var summary = AuditSummary()
            summary.note("reason", reason)
            if let user, reason == "wrong-password" {
                user.failedLoginCount += 1
                if user.failedLoginCount >= security.lockoutThreshold {
                    user.lockedUntil = now.addingTimeInterval(security.lockoutDuration)
                    user.failedLoginCount = 0
                    summary.note("locked", "\(Int(security.lockoutDuration / 60)) minutes")
                }
                try await user.update(on: tx)
            }
            // The attempted username is recorded only when it exists: a mistyped
            // password in the username field must not end up in the log.
            let label = user == nil ? "anonymous" : username
            try await audit.record(AuditEvent(
                actor: AuditEvent.Actor(userID: nil, label: label, organisationID: user?.$organisation.id),
                origin: origin,
                action: "auth.login.failed",
                recordType: "user",
                recordID: user?.id?.uuidString,
                summary: summary
            ))
        }
    }
}
