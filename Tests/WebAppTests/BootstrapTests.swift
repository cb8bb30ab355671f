import AccessControl
import Fluent
import Foundation
import Storage
import Testing
import VaporTesting
@testable import WebApp

@Suite("First start, create-admin and demo data")
struct BootstrapTests {
    @Test("The first administrator is created once, with a one-time password")
    func firstAdmin() async throws {
        try await TestApp.run { world in
            // The test world already has an administrator, so nothing happens…
            #expect(try await Bootstrap.createFirstAdminIfNeeded(world.app) == nil)
            // …and on an empty database the first start makes one.
            try await UserRoleModel.query(on: world.app.db).delete()
            try await SessionModel.query(on: world.app.db).delete()
            try await AccessTokenModel.query(on: world.app.db).delete()
            try await UserModel.query(on: world.app.db).delete()
            let made = try #require(try await Bootstrap.createFirstAdminIfNeeded(world.app))
            let password = try #require(made.oneTimePassword)
            #expect(made.username == "admin")
            let signIn = try await Browser(app: world.app).submit("/login", ["username": "admin", "password": password])
            #expect(signIn.location == "/account/password")
        }
    }

    @Test("create-admin refuses a weak password and a bad username, with reasons")
    func createAdminValidation() async throws {
        try await TestApp.run { world in
            await #expect(throws: AppError.self) {
                _ = try await Bootstrap.createAdmin(world.app, username: "Bad Name", displayName: "X", organisationName: "Office", password: "short")
            }
            let made = try await Bootstrap.createAdmin(world.app, username: "second", displayName: "Second", organisationName: "Coordination Office", password: nil)
            #expect(made.oneTimePassword != nil)
            #expect(try await OrganisationModel.query(on: world.app.db).count() == 1, "the existing organisation is reused")
        }
    }

    @Test("Demo data has a user for every role, and seeding twice adds nothing more")
    func demo() async throws {
        try await TestApp.run { world in
            let first = try await DemoData.seed(world.app)
            #expect(first.organisationsCreated == DemoData.organisations.count)
            #expect(first.usersCreated == DemoData.usernames.count)
            let password = try #require(first.password)
            let roles = try await UserRoleModel.query(on: world.app.db).all().map(\.role)
            #expect(Set(roles) == Set(AccessControl.Role.allCases.map(\.rawValue)))
            let second = try await DemoData.seed(world.app)
            #expect(second.organisationsCreated == 0 && second.usersCreated == 0 && second.password == nil)
            let signIn = try await Browser(app: world.app).submit("/login", ["username": "analyst.maria", "password": password])
            #expect(signIn.location == "/")
            #expect(try await AuditLogWriter.verify(on: world.app.db).isIntact)
        }
    }
}

