import Vapor

extension Request {
    var organisationService: OrganisationService { OrganisationService(database: db, context: libertas) }
    var userService: UserService { UserService(database: db, context: libertas, threadPool: application.threadPool) }
    var tokenService: AccessTokenService { AccessTokenService(database: db, context: libertas) }
    var auditService: AuditService { AuditService(database: db, context: libertas) }
    var authService: AuthService { AuthService(database: db, context: libertas, threadPool: application.threadPool) }
}
