import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage
import Vapor

/// Plausible demonstration data for trying Libertas out and for training:
/// the kinds of organisations a national referral mechanism joins up, one
/// user for every role, directory entries and example help contacts. Never for
/// a production database.
public enum DemoData {
    struct DemoOrganisation {
        var name: String
        var acronym: String
        var type: OrganisationType
        var phone: String
        var users: [(username: String, displayName: String, roles: Set<Role>)]
    }

    static let organisations: [DemoOrganisation] = [
        DemoOrganisation(name: "National Police – Anti-Trafficking Unit", acronym: "NP-ATU", type: .lawEnforcement, phone: "+15550100100", users: [
            ("inspector.amara", "Amara Okafor", [.caseWorker]),
            ("sergeant.li", "Li Wei", [.supervisor, .caseWorker]),
            ("police.admin", "Jonas Berg", [.orgAdmin]),
        ]),
        DemoOrganisation(name: "Safe Harbour Shelter", acronym: "SHS", type: .ngo, phone: "+15550100200", users: [
            ("caseworker.sofia", "Sofía Ramírez", [.caseWorker]),
            ("shelter.admin", "Grace Mensah", [.orgAdmin, .supervisor]),
        ]),
        DemoOrganisation(name: "Labour Inspectorate", acronym: "LI", type: .centralGovernmentOrganisation, phone: "+15550100300", users: [
            ("inspector.dmitri", "Dmitri Volkov", [.caseWorker]),
        ]),
        DemoOrganisation(name: "Legal Aid Clinic", acronym: "LAC", type: .legalService, phone: "+15550100400", users: [
            ("lawyer.nadia", "Nadia Haddad", [.caseWorker, .knowledgeEditor]),
        ]),
        DemoOrganisation(name: "National Trafficking Hotline", acronym: "NTH", type: .ngo, phone: "+15550100500", users: [
            ("operator.chen", "Chen Jing", [.hotlineOperator]),
        ]),
        DemoOrganisation(name: "National Statistics Office", acronym: "NSO", type: .centralGovernmentOrganisation, phone: "+15550100600", users: [
            ("analyst.maria", "Maria Santos", [.analyst]),
        ]),
        DemoOrganisation(name: "National Anti-Trafficking Committee – Secretariat", acronym: "NATC", type: .centralGovernmentOrganisation, phone: "+15550100900", users: [
            ("coordinator.ana", "Ana Petrović", [.coordinator]),
            // Runs the installation, and keeps the public help directory.
            ("sysadmin.tomas", "Tomás Lindqvist", [.systemAdmin]),
        ]),
        DemoOrganisation(name: "City General Hospital", acronym: "CGH", type: .healthServiceOrganisation, phone: "+15550100700", users: []),
        DemoOrganisation(name: "Immigration Service – Border Directorate", acronym: "ISBD", type: .immigrationService, phone: "+15550100800", users: []),
    ]

    /// What seeding did.
    public struct Result: Sendable {
        public var organisationsCreated: Int
        public var usersCreated: Int
        /// UN documents published in the knowledge portal (0 without `../shared/data/un_documents`).
        public var knowledgeRecordsCreated = 0
        /// The password of every demo user created in this run; `nil` when none was.
        public var password: String?
    }

    /// Creates the demo organisations and users that do not exist yet. Running it
    /// twice changes nothing the second time.
    public static func seed(_ app: Application) async throws -> Result {
        let actor = AuditEvent.Actor.system("seed")
        let password = SecretGenerator.oneTimePassword()
        var hash: String?
        var result = Result(organisationsCreated: 0, usersCreated: 0, password: nil)
        for demo in organisations {
            let existed = try await OrganisationModel.query(on: app.db).filter(\.$nameKey == demo.name.lowercased()).count() > 0
            let organisation = try await Bootstrap.findOrCreateOrganisation(app, name: demo.name, type: demo.type, acronym: demo.acronym, phone: demo.phone, actor: actor)
            if !existed { result.organisationsCreated += 1 }
            for user in demo.users where try await UserQueries.find(username: user.username, on: app.db) == nil {
                if hash == nil { hash = try await app.libertas.passwords.hash(password, on: app.threadPool) }
                _ = try await UserService.insert(
                    UserService.NewAccount(
                        username: user.username, displayName: user.displayName,
                        email: "\(user.username)@demo.libertas.example", organisationID: try organisation.requireID(),
                        roles: user.roles, passwordHash: hash!, mustChangePassword: false
                    ),
                    actor: actor, origin: .commandLine, database: app.db, context: app.libertas
                )
                result.usersCreated += 1
                result.password = password
            }
        }
        try await DemoProviders.seed(app, actor: actor)
        try await DemoHelpContacts.seed(app, actor: actor)
        result.knowledgeRecordsCreated = try await DemoKnowledge.seed(app)
        return result
    }

    /// The demo usernames, for printing.
    public static var usernames: [String] { organisations.flatMap { $0.users.map(\.username) } }
}
