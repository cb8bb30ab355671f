import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage
import Vapor

/// Getting a database ready: migrations, the encryption-key check, and the
/// first administrator of a new installation.
public enum Bootstrap {
    /// The organisation the first administrator belongs to; it can be renamed.
    public static let firstOrganisationName = "National Coordination Office"

    /// Brings the schema up to date and checks that the configured encryption
    /// key is the one the data was written with.
    public static func prepareDatabase(_ app: Application) async throws {
        // SQLite keeps one connection per event loop; settings like the page cache are per connection.
        for eventLoop in app.eventLoopGroup.makeIterator() {
            guard let database = app.databases.database(logger: app.logger, on: eventLoop) else { continue }
            try await Backend.sql(for: database).prepareStorage(on: Backend.sqlDatabase(database))
        }
        // One line for the whole upgrade instead of two per migration: on a new installation
        // those fifty lines pushed the first administrator's password off the screen.
        app.fluent.migrationLogLevel = .debug
        try await app.migrator.setupIfNeeded().get()
        let pending = try await app.migrator.previewPrepareBatch().get()
        try await app.autoMigrate()
        // A bulk load that was stopped leaves indexes to build (and foreign keys to add).
        try await KnowledgeIndex(app.db).createMissingIndexes()
        try await CaseRegistryBulkLoad.restoreDeferred(on: app.db)
        if let first = pending.first, let last = pending.last {
            app.logger.info("Database schema brought up to date: \(pending.count) migration(s) applied, \(Self.name(of: first.0)) to \(Self.name(of: last.0)).")
        }
        try await checkEncryptionKey(app)
    }

    /// `M001_CreateOrganisations`, not `Storage.M001_CreateOrganisations`.
    private static func name(of migration: any Migration) -> String {
        String(migration.name.split(separator: ".").last ?? Substring(migration.name))
    }

    /// Stores the key's fingerprint on first use; afterwards refuses to start
    /// with a different key, which could not read the existing personal data.
    static func checkEncryptionKey(_ app: Application) async throws {
        let fingerprint = app.libertas.cipher.fingerprint
        let key = SettingModel.Key.encryptionKeyFingerprint
        if let stored = try await SettingModel.find(key, on: app.db) {
            guard stored.value == fingerprint else {
                throw ConfigurationError(problems: [ConfigProblem(
                    "encryption key",
                    "this is not the key the database was written with (the key has fingerprint \(fingerprint), the data needs \(stored.value)). Restore the original key file or LIBERTAS_ENCRYPTION_KEY; a new key cannot read existing personal data"
                )])
            }
        } else {
            try await app.libertas.audit.bookkeeping {
                try await SettingModel(key: key, value: fingerprint).create(on: app.db)
            }
        }
    }

    /// What the first start or `create-admin` made.
    public struct AdminAccount: Sendable {
        public let username: String
        /// Set when Libertas chose the password; shown once, never stored in plain text.
        public let oneTimePassword: String?
        public let organisationName: String
    }

    /// On a database with no users, creates the first system administrator with
    /// a one-time password; otherwise does nothing and returns `nil`.
    public static func createFirstAdminIfNeeded(_ app: Application) async throws -> AdminAccount? {
        guard try await UserModel.query(on: app.db).count() == 0 else { return nil }
        return try await createAdmin(app, username: "admin", displayName: "Administrator", organisationName: firstOrganisationName, password: nil, actorLabel: "system")
    }

    /// Creates a system administrator in the named organisation, creating the
    /// organisation if it does not exist yet.
    ///
    /// - Parameter password: the password to set, or `nil` for a one-time
    ///   password the administrator must change at first sign-in.
    public static func createAdmin(
        _ app: Application,
        username rawUsername: String,
        displayName: String,
        organisationName: String,
        password: String?,
        actorLabel: String = "cli"
    ) async throws -> AdminAccount {
        let username = rawUsername.lowercased()
        var problems: [FieldError] = []
        if !UserValues.isValidUsername(username) { problems.append(FieldError("username", .validationUsername)) }
        if let password { problems += PasswordPolicy.check(password, username: username, field: "password") }
        if displayName.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(FieldError("displayName", .validationRequired)) }
        if !problems.isEmpty { throw AppError.invalid(problems) }

        let context = app.libertas
        let actor = AuditEvent.Actor.system(actorLabel)
        let organisation = try await findOrCreateOrganisation(app, name: organisationName, type: .centralGovernmentOrganisation, actor: actor)
        let oneTimePassword = password == nil ? SecretGenerator.oneTimePassword() : nil
        let hash = try await context.passwords.hash(password ?? oneTimePassword!, on: app.threadPool)
        _ = try await UserService.insert(
            UserService.NewAccount(
                username: username, displayName: displayName, email: nil, organisationID: try organisation.requireID(),
                roles: [.systemAdmin], passwordHash: hash, mustChangePassword: oneTimePassword != nil
            ),
            actor: actor, origin: .commandLine, database: app.db, context: context
        )
        return AdminAccount(username: username, oneTimePassword: oneTimePassword, organisationName: organisation.name)
    }

    static func findOrCreateOrganisation(
        _ app: Application, name: String, type: OrganisationType, acronym: String? = nil, phone: String? = nil, actor: AuditEvent.Actor
    ) async throws -> OrganisationModel {
        if let existing = try await OrganisationModel.query(on: app.db).filter(\.$nameKey == name.lowercased()).first() {
            return existing
        }
        let organisation = OrganisationModel(name: name, acronym: acronym, type: type.rawValue, phone: phone)
        return try await OrganisationService.insert(organisation, actor: actor, origin: .commandLine, database: app.db, context: app.libertas)
    }
}
