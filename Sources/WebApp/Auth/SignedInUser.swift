import AccessControl
import Foundation
import Storage
import Vapor

/// The user a request acts for, once a session cookie or an API token has been checked.
struct SignedInUser: Authenticatable, Sendable {
    enum Credential: Sendable, Equatable {
        case session(id: UUID)
        case token(id: UUID)
    }

    let id: UUID
    let username: String
    let displayName: String
    let organisationID: UUID
    let roles: Set<Role>
    let mustChangePassword: Bool
    let credential: Credential

    var principal: Principal { Principal(userID: id, organisationID: organisationID, roles: roles) }
}

extension SignedInUser {
    /// Builds the signed-in user from a stored account, decrypting the display name.
    init(user: UserModel, credential: Credential, cipher: FieldCipher) throws {
        let id = try user.requireID()
        self.id = id
        self.username = user.username
        self.displayName = (try? cipher.open(user.displayNameCipher, field: UserModel.EncryptedField.displayName, rowID: id)) ?? user.username
        self.organisationID = user.$organisation.id
        self.roles = Set(user.roleNames.compactMap(Role.init(rawValue:)))
        self.mustChangePassword = user.mustChangePassword
        self.credential = credential
    }
}

/// Who is acting and from where: what every service call needs for access
/// decisions and for the audit log.
struct Caller: Sendable {
    let user: SignedInUser
    let origin: AuditEvent.Origin

    var principal: Principal { user.principal }
    var actor: AuditEvent.Actor {
        AuditEvent.Actor(userID: user.id, label: user.username, organisationID: user.organisationID)
    }
}

extension Request {
    /// The signed-in caller.
    /// - Throws: ``AppError/unauthenticated`` when no session or token was accepted.
    func caller() throws -> Caller {
        guard let user = auth.get(SignedInUser.self) else { throw AppError.unauthenticated }
        return Caller(user: user, origin: origin)
    }

    /// The client's address and this request's id, for the audit log.
    var origin: AuditEvent.Origin {
        AuditEvent.Origin(ipAddress: clientAddress, requestID: requestID)
    }

    /// The request id that every log line of this request carries.
    var requestID: String {
        if case .string(let id)? = logger[metadataKey: "request-id"] { return id }
        return "-"
    }

    /// The client's IP address. Forwarded headers count only when the operator
    /// said a trusted proxy sets them, otherwise anyone could write any address
    /// into the audit log.
    var clientAddress: String {
        if application.libertas.config.http.trustProxyHeaders,
           let forwarded = headers.first(name: .xForwardedFor)?.split(separator: ",").first {
            return forwarded.trimmingCharacters(in: .whitespaces)
        }
        return remoteAddress?.ipAddress ?? "unknown"
    }

    /// Whether the browser reached us over HTTPS, directly or through a trusted proxy.
    var isSecureTransport: Bool {
        if url.scheme == "https" { return true }
        return application.libertas.config.http.trustProxyHeaders
            && headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }
}
