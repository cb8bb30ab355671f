import AccessControl
import Foundation
import Storage
import Vapor

/// `/audit`: browse the audit log with filters; `/audit/verify`: check its hash chain.
enum AuditPagesController {
    static func register(on routes: any RoutesBuilder) {
        routes.get("audit", use: index)
        routes.get("audit", "verify", use: verify)
    }

    static func index(_ request: Request) async throws -> Response {
        let caller = try request.caller()
        let filters = try AuditPages.Filters(request: request)
        let page = try await request.auditService.list(caller, criteria: filters.criteria, cursor: request.queryValue("cursor"), limit: nil)
        let actions = try await request.auditService.actions()
        let mayVerify = request.libertas.policy.scope(for: caller.principal, action: .export, kind: .auditEntry) == .national
        return request.page { AuditPages.index($0, page: page, filters: filters, actions: actions, isFirstPage: request.queryValue("cursor") == nil, mayVerify: mayVerify) }
    }

    static func verify(_ request: Request) async throws -> Response {
        let report = try await request.auditService.verify(try request.caller())
        return request.page { AuditPages.verification($0, report) }
    }
}
