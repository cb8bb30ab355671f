import AccessControl
import CaseModel
import Fluent
import Foundation
import Storage
import Testing
import Vapor
import VaporTesting
@testable import WebApp

/// A running test application and the people in it.
struct TestWorld {
    let app: Application
    /// The first system administrator, with a password already chosen.
    let admin: Account

    struct Account: Sendable {
        let id: UUID
        let username: String
        let password: String
        let organisationID: UUID
    }

    static let password = "correct horse battery staple"

    init(app: Application) async throws {
        self.app = app
        let made = try await Bootstrap.createAdmin(app, username: "root", displayName: "Root Admin", organisationName: "Coordination Office", password: Self.password)
        let user = try #require(try await UserQueries.find(username: made.username, on: app.db))
        admin = Account(id: try user.requireID(), username: made.username, password: Self.password, organisationID: user.$organisation.id)
    }

    var context: LibertasContext { app.libertas }

    /// A caller acting as `account`, for calling services directly.
    func caller(_ account: Account) async throws -> Caller {
        let user = try #require(try await UserQueries.find(id: account.id, on: app.db))
        return Caller(user: try SignedInUser(user: user, credential: .session(id: UUID()), cipher: context.cipher), origin: .commandLine)
    }

    func makeOrganisation(_ name: String, type: OrganisationType = .ngo) async throws -> UUID {
        let organisation = try await OrganisationService(database: app.db, context: context)
            .create(try await caller(admin), OrganisationInput(name: name, type: type.rawValue))
        return try organisation.requireID()
    }

    /// Creates an account with the given roles and a chosen password (no one-time password to change).
    func makeUser(_ username: String, in organisationID: UUID, roles: Set<Role>, displayName: String? = nil, email: String? = nil) async throws -> Account {
        let hash = try await context.passwords.hash(Self.password, on: app.threadPool)
        let user = try await UserService.insert(
            UserService.NewAccount(
                username: username, displayName: displayName ?? username.capitalized, email: email ?? "\(username)@example.org",
                organisationID: organisationID, roles: roles, passwordHash: hash, mustChangePassword: false
            ),
            actor: .system("test"), origin: .commandLine, database: app.db, context: context
        )
        return Account(id: try user.requireID(), username: username, password: Self.password, organisationID: organisationID)
    }

    /// A personal access token for `account`, made through the service.
    func token(for account: Account) async throws -> String {
        try await AccessTokenService(database: app.db, context: context).create(try await caller(account), name: "test", lifetimeDays: 30).secret
    }

    /// A browser with a cookie jar, signed in as `account`.
    func browser(signedInAs account: Account) async throws -> Browser {
        let browser = Browser(app: app)
        let response = try await browser.submit("/login", ["username": account.username, "password": account.password])
        #expect(response.status == .seeOther, "sign-in as \(account.username) should redirect")
        return browser
    }

    /// Audit entries with this action, oldest first.
    func auditEntries(_ action: String) async throws -> [AuditEntryModel] {
        try await AuditEntryModel.query(on: app.db).filter(\.$action == action).sort(\.$id).all()
    }
}
