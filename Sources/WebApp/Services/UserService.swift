import AccessControl
import AuditTrail
import Fluent
import Foundation
import Storage
import Vapor

/// User accounts: list, read, create, update, reset a password, change one's own.
struct UserService {
    let database: any Database
    let context: LibertasContext
    let threadPool: NIOThreadPool

    func list(_ caller: Caller, organisationID: UUID?, search: String?, includeInactive: Bool, cursor: String?, limit: Int?) async throws -> ListPage<UserView> {
        let page = try await UserQueries.list(
            on: database,
            filter: context.listFilter(caller, .user),
            organisationID: organisationID,
            usernameContains: search,
            includeInactive: includeInactive,
            after: Cursor.parse(cursor),
            limit: PageSize.clamp(limit)
        )
        let views = try page.map { try UserView($0, cipher: context.cipher) }
        // Names and emails of other people are personal data: their reading is audited.
        if views.items.contains(where: { $0.id != caller.user.id }) {
            var summary = AuditSummary()
            summary.note("count", String(views.items.count))
            if let organisationID { summary.note("organisation", organisationID.uuidString) }
            try await context.audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "user.list", recordType: "user", summary: summary), on: database)
        }
        return views
    }

    func get(_ caller: Caller, id: UUID) async throws -> UserView {
        let user = try await load(caller, id: id, for: .read)
        if id != caller.user.id {
            try await context.audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "user.read", recordType: "user", recordID: id.uuidString, organisationID: user.$organisation.id), on: database)
        }
        return try UserView(user, cipher: context.cipher)
    }

    /// Creates an account with a one-time password, returned here for the
    /// administrator to hand over and never stored in plain text. The new user
    /// must choose their own password when they first sign in.
    func create(_ caller: Caller, _ input: UserInput) async throws -> (UserView, oneTimePassword: String) {
        let values = try UserValues.validate(input, partial: false)
        guard let organisationID = input.organisationID,
              let organisation = try await OrganisationModel.find(organisationID, on: database), organisation.active
        else { throw AppError.invalid([FieldError("organisationId", .validationOrganisation)]) }
        try await context.authorize(caller, .create, Self.facts(userID: nil, organisationID: organisationID), on: database)
        let roles = values.roles ?? []
        try requireAssignable(roles, by: caller)
        let oneTimePassword = SecretGenerator.oneTimePassword()
        let hash = try await context.passwords.hash(oneTimePassword, on: threadPool)
        let created = try await Self.insert(
            NewAccount(username: values.username!, displayName: values.displayName!, email: values.email ?? nil, organisationID: organisationID, roles: roles, passwordHash: hash, mustChangePassword: true),
            actor: caller.actor, origin: caller.origin, database: database, context: context
        )
        return (try UserView(created, cipher: context.cipher), oneTimePassword)
    }

    func update(_ caller: Caller, id: UUID, _ input: UserInput) async throws -> UserView {
        let user = try await load(caller, id: id, for: .update)
        let values = try UserValues.validate(input, partial: true)
        let currentRoles = Set(user.roleNames.compactMap(Role.init(rawValue:)))
        let newRoles = values.roles.flatMap { $0 == currentRoles ? nil : $0 }
        let newActive = input.active.flatMap { $0 == user.active ? nil : $0 }
        if newRoles != nil || newActive != nil {
            try await context.authorize(caller, .administer, Self.facts(userID: id, organisationID: user.$organisation.id), recordID: id.uuidString, on: database)
            // Nobody changes their own access: it keeps an administrator from
            // locking themselves out, and so there is always an active system
            // administrator left, since only one can remove another.
            if id == caller.user.id {
                throw AppError.invalid([FieldError(newRoles != nil ? "roles" : "active", .userCannotChangeOwnAccess)])
            }
        }
        if let newRoles { try requireAssignable(newRoles.symmetricDifference(currentRoles), by: caller) }
        let cipher = context.cipher
        let updated: UserModel = try await context.audit.transaction(on: database) { tx, audit in
            var summary = AuditSummary()
            if let displayName = values.displayName,
               displayName != (try? cipher.open(user.displayNameCipher, field: UserModel.EncryptedField.displayName, rowID: id)) {
                user.displayNameCipher = try cipher.seal(displayName, field: UserModel.EncryptedField.displayName, rowID: id)
                summary.setRedacted("displayName")
            }
            if let email = values.email,
               email != (try? cipher.openOptional(user.emailCipher, field: UserModel.EncryptedField.email, rowID: id)) {
                user.emailCipher = try cipher.sealOptional(email, field: UserModel.EncryptedField.email, rowID: id)
                summary.setRedacted("email")
            }
            if let newActive {
                summary.set("active", from: String(user.active), to: String(newActive))
                user.active = newActive
                if newActive {
                    user.failedLoginCount = 0
                    user.lockedUntil = nil
                } else {
                    try await SessionStore(database: tx, context: context).endAll(userID: id)
                }
            }
            if let newRoles {
                summary.set("roles", from: Self.describe(currentRoles), to: Self.describe(newRoles))
                try await UserRoleModel.query(on: tx).filter(\.$user.$id == id).delete()
                for role in newRoles { try await UserRoleModel(userID: id, role: role.rawValue).create(on: tx) }
            }
            guard !summary.isEmpty else { return user }
            try await user.update(on: tx)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "user.update", recordType: "user", recordID: id.uuidString, organisationID: user.$organisation.id, summary: summary))
            return try await UserQueries.find(id: id, on: tx)!
        }
        context.acceptedTokens.forgetAll()
        return try UserView(updated, cipher: cipher)
    }

    /// Gives a user a new one-time password, unlocks the account, and ends its
    /// sessions and API tokens, since a reset usually means the old password leaked.
    func resetPassword(_ caller: Caller, id: UUID) async throws -> String {
        let user = try await load(caller, id: id, for: .administer)
        if id == caller.user.id { throw AppError.invalid([FieldError("password", .userResetOwnPassword)]) }
        let oneTimePassword = SecretGenerator.oneTimePassword()
        let hash = try await context.passwords.hash(oneTimePassword, on: threadPool)
        let now = context.now()
        try await context.audit.transaction(on: database) { tx, audit in
            user.passwordHash = hash
            user.mustChangePassword = true
            user.failedLoginCount = 0
            user.lockedUntil = nil
            try await user.update(on: tx)
            try await SessionStore(database: tx, context: context).endAll(userID: id)
            try await AccessTokenModel.query(on: tx)
                .filter(\.$user.$id == id).filter(\.$revokedAt == nil)
                .set(\.$revokedAt, to: now).update()
            var summary = AuditSummary()
            summary.setRedacted("password")
            summary.note("sessions", "ended")
            summary.note("tokens", "revoked")
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "user.password.reset", recordType: "user", recordID: id.uuidString, organisationID: user.$organisation.id, summary: summary))
        }
        context.acceptedTokens.forgetAll()
        return oneTimePassword
    }

    /// Changes the caller's own password after checking the current one. Other
    /// sessions of the account end; the one making the change stays signed in.
    func changeOwnPassword(_ caller: Caller, current: String, new: String, confirmation: String) async throws {
        guard let user = try await UserQueries.find(id: caller.user.id, on: database) else { throw AppError.unauthenticated }
        var errors: [FieldError] = []
        if !(try await context.passwords.verify(current, against: user.passwordHash, on: threadPool)) {
            errors.append(FieldError("currentPassword", .passwordWrong))
        }
        errors += PasswordPolicy.check(new, username: user.username, field: "newPassword")
        if new == current, errors.isEmpty { errors.append(FieldError("newPassword", .passwordSameAsOld)) }
        if new != confirmation { errors.append(FieldError("confirmPassword", .passwordMismatch)) }
        guard errors.isEmpty else { throw AppError.invalid(errors) }
        let hash = try await context.passwords.hash(new, on: threadPool)
        let keep: UUID? = if case .session(let id) = caller.user.credential { id } else { nil }
        try await context.audit.transaction(on: database) { tx, audit in
            user.passwordHash = hash
            user.mustChangePassword = false
            try await user.update(on: tx)
            try await SessionStore(database: tx, context: context).endAll(userID: caller.user.id, keeping: keep)
            var summary = AuditSummary()
            summary.setRedacted("password")
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "user.password.change", recordType: "user", recordID: caller.user.id.uuidString, summary: summary))
        }
    }

    /// An account about to be created, with its password already hashed.
    struct NewAccount: Sendable {
        var username: String
        var displayName: String
        var email: String?
        var organisationID: UUID
        var roles: Set<Role>
        var passwordHash: String
        var mustChangePassword: Bool
    }

    /// Stores a new account with its roles and audits it: the one way accounts
    /// are made, whether by an administrator, the first start or the CLI.
    static func insert(_ account: NewAccount, actor: AuditEvent.Actor, origin: AuditEvent.Origin, database: any Database, context: LibertasContext) async throws -> UserModel {
        let id = UUID()
        let cipher = context.cipher
        let user = UserModel(
            id: id,
            username: account.username,
            organisationID: account.organisationID,
            displayNameCipher: try cipher.seal(account.displayName, field: UserModel.EncryptedField.displayName, rowID: id),
            emailCipher: try cipher.sealOptional(account.email, field: UserModel.EncryptedField.email, rowID: id),
            passwordHash: account.passwordHash,
            mustChangePassword: account.mustChangePassword
        )
        return try await context.audit.transaction(on: database) { tx, audit in
            if try await UserModel.query(on: tx).filter(\.$username == user.username).count() > 0 {
                throw AppError.conflict(FieldError("username", .validationUsernameTaken))
            }
            try await user.create(on: tx)
            for role in account.roles { try await UserRoleModel(userID: id, role: role.rawValue).create(on: tx) }
            var summary = AuditSummary()
            summary.set("username", from: nil, to: user.username)
            summary.set("organisation", from: nil, to: account.organisationID.uuidString)
            summary.set("roles", from: nil, to: describe(account.roles))
            summary.setRedacted("displayName")
            if user.emailCipher != nil { summary.setRedacted("email") }
            try await audit.record(AuditEvent(actor: actor, origin: origin, action: "user.create", recordType: "user", recordID: id.uuidString, organisationID: account.organisationID, summary: summary))
            return try await UserQueries.find(id: id, on: tx)!
        }
    }

    /// Finds a user and checks that the caller may do `action` on it; 404 when
    /// it does not exist or the caller may not know it does.
    private func load(_ caller: Caller, id: UUID, for action: Action) async throws -> UserModel {
        guard let user = try await UserQueries.find(id: id, on: database) else { throw AppError.notFound }
        try await context.authorize(caller, action, Self.facts(userID: id, organisationID: user.$organisation.id), recordID: id.uuidString, on: database)
        return user
    }

    private func requireAssignable(_ roles: Set<Role>, by caller: Caller) throws {
        if roles.contains(where: { !context.policy.mayAssign($0, by: caller.principal) }) {
            throw AppError.invalid([FieldError("roles", .validationRoleNotAllowed)])
        }
    }

    static func facts(userID: UUID?, organisationID: UUID) -> RecordFacts {
        RecordFacts(kind: .user, ownerUserID: userID, organisationID: organisationID)
    }

    static func describe(_ roles: Set<Role>) -> String {
        Role.allCases.filter(roles.contains).map(\.rawValue).joined(separator: ",")
    }
}
